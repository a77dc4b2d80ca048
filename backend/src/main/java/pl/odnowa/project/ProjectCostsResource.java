package pl.odnowa.project;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/v1/programmes/{id}/project-costs")
@Tag(name = "Projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectCostsResource {

    private final ProjectCostsService service;

    ProjectCostsResource(ProjectCostsService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getProgrammeProjectCosts", summary = "Total project cost of a programme, per status",
            description = "Counts the programme's projects and sums their totalCost, overall and per project status "
                    + "(every status is listed, in lifecycle order, with zeros where there are no projects). Sums are exact "
                    + "decimal strings per currency; projects whose totalCost is not known are counted in projects but not "
                    + "in projectsWithCost or the sums; projects whose status is not recorded are in the totals but under no "
                    + "status. Always computed from the current rows. 404 when the programme does not exist.")
    public ProjectCostsResponse costs(@Parameter(description = "Programme id", example = "2") @PathParam("id") long id) {
        return service.costs(id);
    }
}
