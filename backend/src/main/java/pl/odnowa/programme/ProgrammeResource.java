package pl.odnowa.programme;

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

@Path("/api/v1/programmes")
@Tag(name = "Programmes", description = "Revitalisation programmes (PROM, GPR) with their lineage, period, resolution and goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    private final ProgrammeService service;
    private final AuditService audit;
    private final ContentEtags etags;

    ProgrammeResource(ProgrammeService service, AuditService audit, ContentEtags etags) {
        this.service = service;
        this.audit = audit;
        this.etags = etags;
    }

    @GET
    @Operation(summary = "List programmes", description = "Sort keys: name, periodFrom, periodTo, status, createdAt, updatedAt (default periodFrom).")
    public PageResponse<ProgrammeResponse> list(
            @Parameter(description = "TERYT code of the municipality", example = "2461011") @QueryParam("municipality") String municipality,
            @Parameter(description = "GPR, PR or IDS", example = "PR") @QueryParam("legalBasis") String legalBasis,
            @Parameter(description = "DRAFT, IN_FORCE, COMPLETED or REPEALED", example = "COMPLETED") @QueryParam("status") String status,
            @Parameter(description = "Only programmes whose period includes this year", example = "2018") @QueryParam("activeIn") String activeIn,
            @Parameter(description = "Case-insensitive fragment of the name or short name", example = "PROM") @QueryParam("q") String q,
            @BeanParam SyncListParams params) {
        return service.list(new ProgrammeService.Filter(municipality, legalBasis, status, activeIn, q), params);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a programme", description = "Answers If-None-Match with 304 when the ETag is current. "
            + "A reader who may not see drafts gets predecessorId null for a draft predecessor (and the ETag of that body).")
    public RestResponse<ProgrammeResponse> get(
            @Parameter(description = "Programme id", example = "2") @PathParam("id") long id,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        Programme p = service.get(id);
        return etags.conditional(ifNoneMatch, p.version, service.response(p), ProgrammeResponse.from(p));
    }

    @POST
    @Operation(summary = "Create a programme")
    public RestResponse<ProgrammeResponse> create(@Valid @NotNull ProgrammeRequest request, UriInfo uri) {
        Programme p = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(p.id.toString()).build(), p.version, ProgrammeResponse.from(p));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a programme", description = "Requires If-Match with the current ETag.")
    public RestResponse<ProgrammeResponse> replace(
            @Parameter(description = "Programme id", example = "2") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProgrammeRequest request) {
        Programme p = service.replace(id, ifMatch, request);
        return Etags.updated(p.version, ProgrammeResponse.from(p));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Update some fields of a programme", description = "JSON Merge Patch (RFC 7396); requires If-Match.")
    public RestResponse<ProgrammeResponse> patch(
            @Parameter(description = "Programme id", example = "2") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        Programme p = service.patch(id, ifMatch, patch);
        return Etags.updated(p.version, ProgrammeResponse.from(p));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a programme", description = "Refused with 409 while areas, projects, indicators, recommendations or a successor refer to it.")
    public void delete(
            @Parameter(description = "Programme id", example = "2") @PathParam("id") long id,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "programmeHistory", summary = "History of a programme", description = AuditService.HISTORY)
    public PageResponse<AuditEntry> history(
            @Parameter(description = "Programme id", example = "2") @PathParam("id") long id,
            @BeanParam ListParams params) {
        return audit.history("programme", id, service.get(id).municipalityTeryt(), params.pageRequest());
    }
}
