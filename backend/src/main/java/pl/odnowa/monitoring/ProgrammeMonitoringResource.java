package pl.odnowa.monitoring;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.odnowa.common.QueryParams;

/** The monitoring report of a programme and year (a class of its own: see ProgrammeReportResource). */
@Path("/api/v1/programmes/{id}/monitoring")
@Tag(name = "Monitoring")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeMonitoringResource {

    private final MonitoringReportService service;

    ProgrammeMonitoringResource(MonitoringReportService service) {
        this.service = service;
    }

    @GET
    @Path("{year}")
    @Operation(operationId = "programmeMonitoringReport", summary = "Monitoring report of a programme for a year",
            description = "Art. 15 ust. 1 pkt 10: every project of the programme (drafts for the city's own users) with its "
                    + "record of the year (monitoring NOT_RECORDED and null figures when there is none, never 0): physical "
                    + "progress, planned and actual spending per funding source, totals and execution ratio (actual ÷ planned, "
                    + "4 decimals); the sums over the projects and per funding source count only figures with both amounts "
                    + "recorded and say how many that is. Every indicator with baseline, target, the latest whole-scope "
                    + "observation up to the year (achieved), the observation of the year, the degree of achievement (OUTPUT) "
                    + "and the Open SDG status computed from the observations up to the year. Figures whose source says "
                    + "illustrative are marked. 400 when the year is outside the programme's period.")
    public MonitoringReport report(
            @Parameter(description = "Programme id", example = "3") @PathParam("id") long id,
            @Parameter(description = "Year reported, within the programme's period", example = "2024") @PathParam("year") String year) {
        Integer y = QueryParams.yearParam("year", year);
        if (y == null) {
            throw pl.odnowa.common.ApiException.badRequest("year", "must be a year like 2024");
        }
        return service.report(id, y);
    }
}
