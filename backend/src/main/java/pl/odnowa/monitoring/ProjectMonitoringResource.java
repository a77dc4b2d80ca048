package pl.odnowa.monitoring;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The monitoring records of one project, every year (a class of its own: see ProgrammeReportResource). */
@Path("/api/v1/projects/{id}/monitoring")
@Tag(name = "Monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectMonitoringResource {

    private final MonitoringRecordService service;

    ProjectMonitoringResource(MonitoringRecordService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "projectMonitoring", summary = "Monitoring of a project, year by year", description = "The project's "
            + "monitoring records, oldest year first; a year without a record is not monitored (not recorded). Write them at "
            + "/api/v1/monitoring-records. 404 when the project does not exist or is a draft the caller may not see.")
    public List<MonitoringRecordResponse> list(
            @Parameter(description = "Project id", example = "17") @PathParam("id") long id) {
        return service.ofProject(id);
    }
}
