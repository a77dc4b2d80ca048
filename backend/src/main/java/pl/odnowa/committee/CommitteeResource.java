package pl.odnowa.committee;

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

@Path("/api/v1/committees")
@Tag(name = "Committees", description = "The Revitalisation Committee of a programme (Revitalisation Act art. 7): "
        + "its members and whom they represent, its meetings with agendas and minutes, and its opinions, optionally on a "
        + "procedure step; an opinion on an ASSESSMENT step counts as the committee's opinion of art. 22 ust. 2 in the "
        + "compliance checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeResource {

    private static final String RULES = " One committee per programme (a second is 409). Members, meetings and opinions replace the "
            + "recorded ones in order; a member's endDate is not before its startDate; an opinion's procedureStepId is a step of the "
            + "same programme and its date is not before the step's; minutesUrl and documentUrl are http(s) addresses; the "
            + "programme cannot change. What is not known stays null.";

    private final CommitteeService service;
    private final AuditService audit;

    CommitteeResource(CommitteeService service, AuditService audit) {
        this.service = service;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "List committees", description = "Filters combine with AND. Sort keys: id, createdAt, updatedAt; default id.")
    public PageResponse<CommitteeResponse> list(
            @Parameter(description = "TERYT code of the programme's municipality", example = "2461011") @QueryParam("municipality") String municipality,
            @Parameter(description = "Programme id", example = "3") @QueryParam("programme") String programme,
            @BeanParam SyncListParams params) {
        return service.list(new CommitteeService.Filter(municipality, programme), params);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a committee", description = "Answers If-None-Match with 304 when the ETag is current.")
    public RestResponse<CommitteeResponse> get(
            @Parameter(description = "Committee id", example = "2") @PathParam("id") long id,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        Committee s = service.get(id);
        return Etags.conditional(ifNoneMatch, s.version, CommitteeResponse.from(s));
    }

    @POST
    @Operation(summary = "Record a committee", description = "For the municipality's editors." + RULES)
    public RestResponse<CommitteeResponse> create(@Valid @NotNull CommitteeRequest request, UriInfo uri) {
        Committee s = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build(), s.version, CommitteeResponse.from(s));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a committee", description = "Requires If-Match with the current ETag." + RULES)
    public RestResponse<CommitteeResponse> replace(
            @Parameter(description = "Committee id", example = "2") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CommitteeRequest request) {
        Committee s = service.replace(id, ifMatch, request);
        return Etags.updated(s.version, CommitteeResponse.from(s));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Update some fields of a committee", description = "JSON Merge Patch (RFC 7396); requires If-Match." + RULES)
    public RestResponse<CommitteeResponse> patch(
            @Parameter(description = "Committee id", example = "2") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        Committee s = service.patch(id, ifMatch, patch);
        return Etags.updated(s.version, CommitteeResponse.from(s));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a committee", description = "Requires If-Match.")
    public void delete(
            @Parameter(description = "Committee id", example = "2") @PathParam("id") long id,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "committeeHistory", summary = "History of a committee", description = AuditService.HISTORY)
    public PageResponse<AuditEntry> history(
            @Parameter(description = "Committee id", example = "2") @PathParam("id") long id,
            @BeanParam ListParams params) {
        return audit.history("committee", id, service.get(id).municipalityTeryt(), params.pageRequest());
    }
}

