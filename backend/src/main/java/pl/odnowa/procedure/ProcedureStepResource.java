package pl.odnowa.procedure;

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

@Path("/api/v1/procedure-steps")
@Tag(name = "Procedure", description = "The legal procedure of a programme under the Revitalisation Act: start resolution (art. 14), "
        + "designation of the areas (art. 8, 11), opinions (art. 17 ust. 2), adoption (art. 19), amendments, the committee's "
        + "rules (art. 7) and assessments (art. 22), with their documents; the compliance checks read them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProcedureStepResource {

    private static final String RULES = " committeeOpinionDate and bipPublishedOn belong to an ASSESSMENT only and are not before its "
            + "date; bipUrl is an http(s) address; the programme cannot change. What is not known stays null (not recorded).";

    private final ProcedureStepService service;
    private final AuditService audit;

    ProcedureStepResource(ProcedureStepService service, AuditService audit) {
        this.service = service;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "List procedure steps", description = "Filters combine with AND. Sort keys: date (undated last), kind, "
            + "createdAt, updatedAt; default date.")
    public PageResponse<ProcedureStepResponse> list(
            @Parameter(description = "TERYT code of the programme's municipality", example = "2461011") @QueryParam("municipality") String municipality,
            @Parameter(description = "Programme id", example = "3") @QueryParam("programme") String programme,
            @Parameter(description = "START_RESOLUTION, AREA_DESIGNATION, OPINIONS, ADOPTION, AMENDMENT, COMMITTEE_RULES or ASSESSMENT",
                    example = "ASSESSMENT") @QueryParam("kind") String kind,
            @BeanParam SyncListParams params) {
        return service.list(new ProcedureStepService.Filter(municipality, programme, kind), params);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a procedure step", description = "Answers If-None-Match with 304 when the ETag is current.")
    public RestResponse<ProcedureStepResponse> get(
            @Parameter(description = "Procedure step id", example = "4") @PathParam("id") long id,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        ProcedureStep s = service.get(id);
        return Etags.conditional(ifNoneMatch, s.version, ProcedureStepResponse.from(s));
    }

    @POST
    @Operation(summary = "Record a procedure step", description = "For the municipality's editors." + RULES)
    public RestResponse<ProcedureStepResponse> create(@Valid @NotNull ProcedureStepRequest request, UriInfo uri) {
        ProcedureStep s = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build(), s.version, ProcedureStepResponse.from(s));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a procedure step", description = "Requires If-Match with the current ETag." + RULES)
    public RestResponse<ProcedureStepResponse> replace(
            @Parameter(description = "Procedure step id", example = "4") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProcedureStepRequest request) {
        ProcedureStep s = service.replace(id, ifMatch, request);
        return Etags.updated(s.version, ProcedureStepResponse.from(s));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Update some fields of a procedure step", description = "JSON Merge Patch (RFC 7396); requires If-Match." + RULES)
    public RestResponse<ProcedureStepResponse> patch(
            @Parameter(description = "Procedure step id", example = "4") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        ProcedureStep s = service.patch(id, ifMatch, patch);
        return Etags.updated(s.version, ProcedureStepResponse.from(s));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a procedure step", description = "Requires If-Match.")
    public void delete(
            @Parameter(description = "Procedure step id", example = "4") @PathParam("id") long id,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "procedureStepHistory", summary = "History of a procedure step", description = AuditService.HISTORY)
    public PageResponse<AuditEntry> history(
            @Parameter(description = "Procedure step id", example = "4") @PathParam("id") long id,
            @BeanParam ListParams params) {
        return audit.history("procedure_step", id, service.get(id).municipalityTeryt(), params.pageRequest());
    }
}
