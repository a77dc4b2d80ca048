package pl.odnowa.recommendation;

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
import pl.odnowa.common.ContentEtags;
import pl.odnowa.common.ListParams;
import pl.odnowa.common.Etags;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageResponse;

@Path("/api/v1/recommendations")
@Tag(name = "Recommendations", description = "Recommendations from evaluations: owner, due date, status workflow and links to the "
        + "areas, projects, indicators and SDG 11 targets they concern")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    private static final String WORKFLOW = " Status moves: PROPOSED → ACCEPTED → IN_PROGRESS → IMPLEMENTED, or PROPOSED/ACCEPTED/IN_PROGRESS "
            + "→ REJECTED (needs a statusReason); staying in the same status is allowed; any other move is a 409. "
            + "Area, project, indicator and evaluation ids must belong to the recommendation's programme; the programme cannot change.";

    private final RecommendationService service;
    private final AuditService audit;
    private final ContentEtags etags;

    RecommendationResource(RecommendationService service, AuditService audit, ContentEtags etags) {
        this.service = service;
        this.audit = audit;
        this.etags = etags;
    }

    @GET
    @Operation(summary = "List recommendations", description = "Filters combine with AND. Sort keys: dueDate, priority (HIGH first), "
            + "status (workflow order), title, createdAt, updatedAt; default priority,dueDate.")
    public PageResponse<RecommendationResponse> list(
            @Parameter(description = "TERYT code of the programme's municipality", example = "2461011") @QueryParam("municipality") String municipality,
            @Parameter(description = "Programme id", example = "2") @QueryParam("programme") String programme,
            @Parameter(description = "PROPOSED, ACCEPTED, IN_PROGRESS, IMPLEMENTED or REJECTED", example = "ACCEPTED") @QueryParam("status") String status,
            @Parameter(description = "HIGH, MEDIUM or LOW", example = "HIGH") @QueryParam("priority") String priority,
            @Parameter(description = "Only recommendations linked to this SDG 11 target (unknown code: 400)", example = "11.4") @QueryParam("sdgTarget") String sdgTarget,
            @Parameter(description = "Only recommendations linked to this area id", example = "5") @QueryParam("area") String area,
            @Parameter(description = "Only recommendations linked to this project id (none for a draft project the caller "
                    + "may not see)", example = "12") @QueryParam("project") String project,
            @Parameter(description = "Only recommendations linked to this indicator id (none for an indicator of a draft "
                    + "project the caller may not see)", example = "31") @QueryParam("indicator") String indicator,
            @Parameter(description = "Case-insensitive fragment of the owner", example = "strategii") @QueryParam("owner") String owner,
            @Parameter(description = "Only recommendations due strictly before this date", example = "2027-01-01") @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "Only recommendations that belong to this evaluation id", example = "1") @QueryParam("evaluation") String evaluation,
            @BeanParam SyncListParams params) {
        return service.list(new RecommendationService.Filter(municipality, programme, status, priority, sdgTarget, area, project,
                indicator, owner, dueBefore, evaluation), params);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a recommendation", description = "Answers If-None-Match with 304 when the ETag is current. "
            + "A reader who may not see drafts gets no link to a draft project or its indicators (and the ETag of that body).")
    public RestResponse<RecommendationResponse> get(
            @Parameter(description = "Recommendation id", example = "7") @PathParam("id") long id,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        Recommendation r = service.get(id);
        return etags.conditional(ifNoneMatch, r.version, service.response(r), RecommendationResponse.from(r));
    }

    @POST
    @Operation(summary = "Create a recommendation", description = "Status defaults to PROPOSED; any status is accepted on create "
            + "(recommendations from past evaluations), but REJECTED needs a statusReason." + WORKFLOW)
    public RestResponse<RecommendationResponse> create(@Valid @NotNull RecommendationRequest request, UriInfo uri) {
        Recommendation r = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build(), r.version, RecommendationResponse.from(r));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a recommendation", description = "Requires If-Match with the current ETag; a missing status keeps the current one."
            + WORKFLOW)
    public RestResponse<RecommendationResponse> replace(
            @Parameter(description = "Recommendation id", example = "7") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull RecommendationRequest request) {
        Recommendation r = service.replace(id, ifMatch, request);
        return Etags.updated(r.version, RecommendationResponse.from(r));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Update some fields of a recommendation", description = "JSON Merge Patch (RFC 7396); requires If-Match. "
            + "Arrays (areaIds, ...) are replaced as a whole." + WORKFLOW)
    public RestResponse<RecommendationResponse> patch(
            @Parameter(description = "Recommendation id", example = "7") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        Recommendation r = service.patch(id, ifMatch, patch);
        return Etags.updated(r.version, RecommendationResponse.from(r));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a recommendation", description = "Requires If-Match; its links are removed with it.")
    public void delete(
            @Parameter(description = "Recommendation id", example = "7") @PathParam("id") long id,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "recommendationHistory", summary = "History of a recommendation", description = AuditService.HISTORY)
    public PageResponse<AuditEntry> history(
            @Parameter(description = "Recommendation id", example = "4") @PathParam("id") long id,
            @BeanParam ListParams params) {
        return audit.history("recommendation", id, service.get(id).municipalityTeryt(), params.pageRequest());
    }
}
