package pl.odnowa.sdg;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/v1/programmes/{id}/sdg11")
@Tag(name = "SDG 11 roll-up", description = "What the programmes contribute to each SDG 11 target: projects and their "
        + "money, indicators and their progress, open recommendations. Computed on every request (no ETag).")
@Produces(MediaType.APPLICATION_JSON)
public class Sdg11Resource {

    static final String CONTENTS = "For each of the 10 SDG 11 targets, in position order (11.1 … 11.7, 11.a, 11.b, 11.c): "
            + "`projects` — the projects serving the target (a project serving several targets counts in each): their "
            + "number, the sums of `estimatedValue` and `totalCost` (projects without the value add nothing) and the sums "
            + "of their funding sources by instrument (`grant`, `loan`, `own`, `other`), all exact decimal strings with "
            + "2 decimals (\"0.00\" when none); `indicators` — the indicators mapped to the target (`sdgTarget`), each with "
            + "its progress status (computed as in GET /api/v1/indicators/{id}), and their number by status (all statuses "
            + "listed); `recommendations` — the open recommendations (status other than IMPLEMENTED and REJECTED) linked to "
            + "the target, with their number. ";

    private final Sdg11Service service;

    Sdg11Resource(Sdg11Service service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "SDG 11 roll-up of a programme", description = CONTENTS + "404 when the programme does not exist.")
    public Sdg11Rollup programmeSdg11(
            @Parameter(description = "Programme id", example = "2") @PathParam("id") long id) {
        return service.programme(id);
    }
}
