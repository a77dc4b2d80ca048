package pl.odnowa.monitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import pl.odnowa.audit.AuditEntry;
import pl.odnowa.audit.AuditService;
import pl.odnowa.common.Etags;
import pl.odnowa.common.ListParams;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.SyncListParams;

@Path("/api/v1/monitoring-records")
@Tag(name = "Monitoring", description = "Yearly monitoring of a programme (Revitalisation Act art. 15 ust. 1 pkt 10): per project "
        + "and year the physical progress and the planned and actual spending per funding source; indicators are monitored by "
        + "their observations. The monitoring report of a year and the art. 22 assessment dossier are built from them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MonitoringRecordResource {

    private static final String RULES = " One record per project and year (another one for the same year: 409); the year is within "
            + "the programme's period; progress is 0 to 100; amounts are at least 0 with at most 2 decimals; each funding source "
            + "once; the project and the year cannot change. What is not known stays null (not recorded), never 0; a source "
            + "naming \"illustrative\" marks the figures as not official.";

    private final MonitoringRecordService service;
    private final AuditService audit;

    MonitoringRecordResource(MonitoringRecordService service, AuditService audit) {
        this.service = service;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "List monitoring records", description = "Filters combine with AND. Sort keys: year, createdAt, "
            + "updatedAt; default year.")
    public PageResponse<MonitoringRecordResponse> list(
            @Parameter(description = "TERYT code of the programme's municipality", example = "2461011") @QueryParam("municipality") String municipality,
            @Parameter(description = "Programme id", example = "3") @QueryParam("programme") String programme,
            @Parameter(description = "Project id", example = "17") @QueryParam("project") String project,
            @Parameter(description = "Year monitored", example = "2024") @QueryParam("year") String year,
            @BeanParam SyncListParams params) {
        return service.list(new MonitoringRecordService.Filter(municipality, programme, project, year), params);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a monitoring record", description = "Answers If-None-Match with 304 when the ETag is current.")
    public RestResponse<MonitoringRecordResponse> get(
            @Parameter(description = "Monitoring record id", example = "9") @PathParam("id") long id,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        MonitoringRecord r = service.get(id);
        return Etags.conditional(ifNoneMatch, r.version, MonitoringRecordResponse.from(r));
    }

    @POST
    @Operation(summary = "Record the monitoring of a project's year", description = "For the municipality's editors." + RULES)
    public RestResponse<MonitoringRecordResponse> create(@Valid @NotNull MonitoringRecordRequest request, UriInfo uri) {
        MonitoringRecord r = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build(), r.version, MonitoringRecordResponse.from(r));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a monitoring record", description = "Requires If-Match with the current ETag." + RULES)
    public RestResponse<MonitoringRecordResponse> replace(
            @Parameter(description = "Monitoring record id", example = "9") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MonitoringRecordRequest request) {
        MonitoringRecord r = service.replace(id, ifMatch, request);
        return Etags.updated(r.version, MonitoringRecordResponse.from(r));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Update some fields of a monitoring record", description = "JSON Merge Patch (RFC 7396); requires If-Match." + RULES)
    public RestResponse<MonitoringRecordResponse> patch(
            @Parameter(description = "Monitoring record id", example = "9") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        MonitoringRecord r = service.patch(id, ifMatch, patch);
        return Etags.updated(r.version, MonitoringRecordResponse.from(r));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a monitoring record", description = "Requires If-Match.")
    public void delete(
            @Parameter(description = "Monitoring record id", example = "9") @PathParam("id") long id,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "monitoringRecordHistory", summary = "History of a monitoring record", description = AuditService.HISTORY)
    public PageResponse<AuditEntry> history(
            @Parameter(description = "Monitoring record id", example = "9") @PathParam("id") long id,
            @BeanParam ListParams params) {
        return audit.history("monitoring_record", id, service.get(id).municipalityTeryt(), params.pageRequest());
    }
}
