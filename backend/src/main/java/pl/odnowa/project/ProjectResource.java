package pl.odnowa.project;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

@Path("/api/v1/projects")
@Tag(name = "Projects", description = "Basic and complementary revitalisation projects: schedule (IATI status and dates), "
        + "place, money and its funding mix, subareas and the SDG 11 targets served")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {

    private final ProjectService service;
    private final ProjectReader reader;
    private final AuditService audit;

    ProjectResource(ProjectService service, ProjectReader reader, AuditService audit) {
        this.service = service;
        this.reader = reader;
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "listProjects", summary = "List projects", description = "Filters combine with AND. Sort keys: title, status, kind, "
            + "plannedStart, plannedEnd, estimatedValue, totalCost, createdAt, updatedAt (default title; ties by id). "
            + "q is a full-text search over title and description that ignores case and Polish diacritics "
            + "(starowka finds Starówka) and matches word prefixes (stare finds Starego); every word must match.")
    public RestResponse<PageResponse<ProjectResponse>> list(
            @Parameter(description = "TERYT code of the programme's municipality", example = "2461011") @QueryParam("municipality") String municipality,
            @Parameter(description = "Programme id", example = "2") @QueryParam("programme") String programme,
            @Parameter(description = "Area id: projects located in one of its subareas", example = "3") @QueryParam("area") String area,
            @Parameter(description = "Subarea id: projects located in it", example = "12") @QueryParam("subarea") String subarea,
            @Parameter(description = "PIPELINE, IMPLEMENTATION, COMPLETION, POST_COMPLETION, CANCELLED or SUSPENDED", example = "COMPLETION")
            @QueryParam("status") String status,
            @Parameter(description = "BASIC or COMPLEMENTARY", example = "BASIC") @QueryParam("kind") String kind,
            @Parameter(description = "SDG 11 target code the project serves", example = "11.4") @QueryParam("sdgTarget") String sdgTarget,
            @Parameter(description = "Words searched in title and description (prefixes, any case, with or without diacritics)",
                    example = "starowka") @QueryParam("q") String q,
            @BeanParam SyncListParams params) {
        return service.list(new ProjectService.Filter(municipality, programme, area, subarea, status, kind, sdgTarget, q),
                params).response();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProject", summary = "Get a project", description = "Answers If-None-Match with 304 when the ETag is current.")
    public RestResponse<ProjectResponse> get(
            @Parameter(description = "Project id", example = "7") @PathParam("id") long id,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        Project p = reader.read(id);
        return Etags.conditional(ifNoneMatch, p.version, ProjectResponse.from(p));
    }

    @POST
    @Operation(operationId = "createProject", summary = "Create a project", description = "The programme, subareas (of an area of the same programme) "
            + "and SDG targets must exist; end dates must not precede start dates; eligibleCost and the funding "
            + "sources together must not exceed totalCost.")
    public RestResponse<ProjectResponse> create(@Valid @NotNull ProjectRequest request, UriInfo uri) {
        Project p = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(p.id.toString()).build(), p.version, ProjectResponse.from(p));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "replaceProject", summary = "Replace a project", description = "Requires If-Match with the current ETag; programmeId cannot change.")
    public RestResponse<ProjectResponse> replace(
            @Parameter(description = "Project id", example = "7") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProjectRequest request) {
        Project p = service.replace(id, ifMatch, request);
        return Etags.updated(p.version, ProjectResponse.from(p));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchProject", summary = "Update some fields of a project", description = "JSON Merge Patch (RFC 7396); requires If-Match. "
            + "Lists (fundingSources, subareaIds, sdgTargets, implementingEntities) are replaced whole.")
    public RestResponse<ProjectResponse> patch(
            @Parameter(description = "Project id", example = "7") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "The fields to change; null removes an optional field",
                    content = @Content(schema = @Schema(implementation = ProjectRequest.class),
                            example = "{\"status\": \"COMPLETION\", \"actualEnd\": \"2007-06-30\"}"))
            @NotNull JsonNode patch) {
        Project p = service.patch(id, ifMatch, patch);
        return Etags.updated(p.version, ProjectResponse.from(p));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteProject", summary = "Delete a project", description = "Refused with 409 while indicators or recommendations refer to it. "
            + "Its funding sources and its links to subareas and SDG targets go with it.")
    public void delete(
            @Parameter(description = "Project id", example = "7") @PathParam("id") long id,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "projectHistory", summary = "History of a project", description = AuditService.HISTORY)
    public PageResponse<AuditEntry> history(
            @Parameter(description = "Project id", example = "7") @PathParam("id") long id,
            @BeanParam ListParams params) {
        return audit.history("project", id, service.get(id).municipalityTeryt(), params.pageRequest());
    }
}
