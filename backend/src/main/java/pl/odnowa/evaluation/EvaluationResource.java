package pl.odnowa.evaluation;

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
import pl.odnowa.common.ListParams;
import pl.odnowa.common.Etags;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageResponse;

@Path("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "Evaluations of a programme (ex ante, periodic art. 22 assessments, final): author, date, "
        + "committee opinion and findings; recommendations may belong to one")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private final EvaluationService service;
    private final AuditService audit;

    EvaluationResource(EvaluationService service, AuditService audit) {
        this.service = service;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "List evaluations", description = "Filters combine with AND. Sort keys: date, type, author, createdAt, "
            + "updatedAt (prefix - for descending); default date, then id.")
    public PageResponse<EvaluationResponse> list(
            @Parameter(description = "TERYT code of the programme's municipality", example = "2461011") @QueryParam("municipality") String municipality,
            @Parameter(description = "Programme id", example = "2") @QueryParam("programme") String programme,
            @Parameter(description = "EX_ANTE, PERIODIC or FINAL", example = "FINAL") @QueryParam("type") String type,
            @BeanParam SyncListParams params) {
        return service.list(new EvaluationService.Filter(municipality, programme, type), params);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an evaluation", description = "Answers If-None-Match with 304 when the ETag is current.")
    public RestResponse<EvaluationResponse> get(
            @Parameter(description = "Evaluation id", example = "1") @PathParam("id") long id,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        Evaluation e = service.get(id);
        return Etags.conditional(ifNoneMatch, e.version, EvaluationResponse.from(e));
    }

    @POST
    @Operation(summary = "Create an evaluation", description = "Findings' sdgTarget must be an SDG 11 target code.")
    public RestResponse<EvaluationResponse> create(@Valid @NotNull EvaluationRequest request, UriInfo uri) {
        Evaluation e = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(e.id.toString()).build(), e.version, EvaluationResponse.from(e));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an evaluation", description = "Requires If-Match with the current ETag; the programme cannot change.")
    public RestResponse<EvaluationResponse> replace(
            @Parameter(description = "Evaluation id", example = "1") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull EvaluationRequest request) {
        Evaluation e = service.replace(id, ifMatch, request);
        return Etags.updated(e.version, EvaluationResponse.from(e));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Update some fields of an evaluation", description = "JSON Merge Patch (RFC 7396); requires If-Match. "
            + "findings is replaced as a whole.")
    public RestResponse<EvaluationResponse> patch(
            @Parameter(description = "Evaluation id", example = "1") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        Evaluation e = service.patch(id, ifMatch, patch);
        return Etags.updated(e.version, EvaluationResponse.from(e));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an evaluation", description = "Requires If-Match; 409 while recommendations belong to it.")
    public void delete(
            @Parameter(description = "Evaluation id", example = "1") @PathParam("id") long id,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "evaluationHistory", summary = "History of a evaluation", description = AuditService.HISTORY)
    public PageResponse<AuditEntry> history(
            @Parameter(description = "Evaluation id", example = "1") @PathParam("id") long id,
            @BeanParam ListParams params) {
        return audit.history("evaluation", id, service.get(id).municipalityTeryt(), params.pageRequest());
    }
}
