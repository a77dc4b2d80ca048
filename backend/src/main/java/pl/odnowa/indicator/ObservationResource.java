package pl.odnowa.indicator;

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
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.ListParams;
import pl.odnowa.common.PageResponse;

@Path("/api/v1/indicators/{id}/observations")
@Tag(name = "Observations", description = "The yearly values of an indicator, for its whole scope or per subarea. "
        + "Each observation is an item with its own ETag; a write that changes the indicator's `latest` also moves the indicator's ETag.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObservationResource {

    private final ObservationService service;

    private final AuditService audit;

    ObservationResource(ObservationService service, AuditService audit) {
        this.service = service;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "List an indicator's observations", description = "Sort keys: period, value (default period, "
            + "ascending). 404 when the indicator does not exist or is one of a draft programme or project the caller may not see.")
    public PageResponse<ObservationResponse> listObservations(
            @Parameter(description = "Indicator id", example = "12") @PathParam("id") long id,
            @Parameter(description = "First year included", example = "2014") @QueryParam("from") String from,
            @Parameter(description = "Last year included", example = "2023") @QueryParam("to") String to,
            @Parameter(description = "Subarea id, or none for whole-scope observations only", example = "none") @QueryParam("subarea") String subarea,
            @BeanParam SyncListParams params) {
        return service.list(id, new ObservationService.Filter(from, to, subarea), params);
    }

    @GET
    @Path("{observationId}")
    @Operation(summary = "Get an observation", description = "Answers If-None-Match with 304 when the ETag is current; "
            + "404 when the indicator does not exist or has no such observation.")
    public RestResponse<ObservationResponse> getObservation(
            @Parameter(description = "Indicator id", example = "12") @PathParam("id") long id,
            @Parameter(description = "Observation id", example = "31") @PathParam("observationId") long observationId,
            @Parameter(description = "ETag held by the client", example = "\"1\"") @HeaderParam("If-None-Match") String ifNoneMatch) {
        ObservationResponse o = service.get(id, observationId);
        return Etags.conditional(ifNoneMatch, o.version(), o);
    }

    @POST
    @Operation(summary = "Add an observation", description = "409 when the indicator already has an observation for "
            + "this year and subarea (or whole scope); 400 naming subareaId for a subarea outside the indicator's programme.")
    public RestResponse<ObservationResponse> createObservation(
            @Parameter(description = "Indicator id", example = "12") @PathParam("id") long id,
            @Valid @NotNull ObservationRequest request, UriInfo uri) {
        ObservationResponse o = service.create(id, request);
        return Etags.created(uri.getAbsolutePathBuilder().path(Long.toString(o.id())).build(), o.version(), o);
    }

    @PUT
    @Path("{observationId}")
    @Operation(summary = "Replace an observation", description = "Requires If-Match with the observation's current ETag.")
    public RestResponse<ObservationResponse> replaceObservation(
            @Parameter(description = "Indicator id", example = "12") @PathParam("id") long id,
            @Parameter(description = "Observation id", example = "31") @PathParam("observationId") long observationId,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ObservationRequest request) {
        ObservationResponse o = service.replace(id, observationId, ifMatch, request);
        return Etags.updated(o.version(), o);
    }

    @PATCH
    @Path("{observationId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Update some fields of an observation", description = "JSON Merge Patch (RFC 7396); requires If-Match.")
    public RestResponse<ObservationResponse> patchObservation(
            @Parameter(description = "Indicator id", example = "12") @PathParam("id") long id,
            @Parameter(description = "Observation id", example = "31") @PathParam("observationId") long observationId,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        ObservationResponse o = service.patch(id, observationId, ifMatch, patch);
        return Etags.updated(o.version(), o);
    }

    @DELETE
    @Path("{observationId}")
    @Operation(summary = "Delete an observation", description = "Requires If-Match with the observation's current ETag.")
    public void deleteObservation(
            @Parameter(description = "Indicator id", example = "12") @PathParam("id") long id,
            @Parameter(description = "Observation id", example = "31") @PathParam("observationId") long observationId,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, observationId, ifMatch);
    }

    @GET
    @Path("{observationId}/history")
    @Operation(operationId = "observationHistory", summary = "History of an observation", description = AuditService.HISTORY)
    public PageResponse<AuditEntry> observationHistory(
            @Parameter(description = "Indicator id", example = "12") @PathParam("id") long id,
            @Parameter(description = "Observation id", example = "31") @PathParam("observationId") long observationId,
            @BeanParam ListParams params) {
        return audit.history("observation", observationId, service.municipalityOf(id, observationId), params.pageRequest());
    }
}
