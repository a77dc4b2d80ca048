package pl.odnowa.area;

import java.util.List;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
import pl.odnowa.common.Problem;

@Path("/api/v1/areas")
@Tag(name = "Areas", description = "Degraded and revitalisation areas of programmes (art. 9 and 10 of the Revitalisation Act), "
        + "made of subareas with GeoJSON geometry; also served as GeoJSON (application/geo+json)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AreaResource {

    private static final String NEGOTIATION = " Send Accept: application/geo+json for RFC 7946 GeoJSON "
            + "(one Feature per subarea, WGS 84, no crs); the GeoJSON ETag is the JSON one with a -geo suffix.";

    private final AreaService service;
    private final AuditService audit;

    AreaResource(AreaService service, AuditService audit) {
        this.service = service;
        this.audit = audit;
    }

    /** Documentation only: the JSON page of areas. */
    @Schema(name = "AreaPage")
    record AreaPage(List<AreaResponse> items, @Schema(example = "0") int page, @Schema(example = "20") int size,
            @Schema(example = "2") long totalItems, @Schema(example = "1") int totalPages) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(summary = "List areas", description = "Filters: programme (id), municipality (TERYT), kind. "
            + "Sort keys: name, kind, createdAt, updatedAt, programmeId (default programmeId,kind; id breaks ties)."
            + " With Accept: application/geo+json the answer is one FeatureCollection of all subareas of the areas on the page.")
    @APIResponse(responseCode = "200", description = "A page of areas, or the GeoJSON of their subareas", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaPage.class)),
            @Content(mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(implementation = GeoJson.FeatureCollection.class),
                    examples = @ExampleObject(name = "subareas", summary = "Two subareas of a revitalisation area",
                            value = GeoJson.COLLECTION_EXAMPLE)) })
    @APIResponse(responseCode = "400", description = "A bad filter, page or sort parameter, or a programme or municipality "
            + "that does not exist (or a draft programme the caller may not see)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Object> list(
            @Parameter(description = "Id of the programme", example = "3") @QueryParam("programme") String programme,
            @Parameter(description = "TERYT code of the programme's municipality", example = "2461011") @QueryParam("municipality") String municipality,
            @Parameter(description = "DEGRADED or REVITALISATION", example = "REVITALISATION") @QueryParam("kind") String kind,
            @BeanParam SyncListParams params,
            @Context HttpHeaders headers) {
        AreaService.Page page = service.list(new AreaService.Filter(programme, municipality, kind), params);
        if (wantsGeoJson(headers)) {
            return RestResponse.ResponseBuilder.<Object>ok(features(page.rows())).type(GeoJson.MEDIA_TYPE)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        return RestResponse.ResponseBuilder.<Object>ok(PageResponse.of(page.rows(), page.request(), page.total(), AreaResponse::from))
                .type(MediaType.APPLICATION_JSON).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(summary = "Get an area", description = "Answers If-None-Match with 304 when the ETag is current." + NEGOTIATION)
    @APIResponse(responseCode = "200", description = "The area, or its subareas as a GeoJSON FeatureCollection", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaResponse.class)),
            @Content(mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(implementation = GeoJson.FeatureCollection.class),
                    examples = @ExampleObject(name = "subareas", summary = "Two subareas of a revitalisation area",
                            value = GeoJson.COLLECTION_EXAMPLE)) })
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match) is current")
    @APIResponse(responseCode = "404", description = "No such area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Object> get(
            @Parameter(description = "Area id", example = "5") @PathParam("id") long id,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        Area a = service.get(id);
        if (wantsGeoJson(headers)) {
            return geoConditional(ifNoneMatch, a.version, features(List.of(a)));
        }
        return jsonConditional(ifNoneMatch, a.version, AreaResponse.from(a));
    }

    @GET
    @Path("{id}/subareas/{code}")
    @Produces({MediaType.APPLICATION_JSON, GeoJson.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(summary = "Get one subarea of an area", description = "The ETag is the area's (subareas are edited through it)."
            + " Send Accept: application/geo+json for one RFC 7946 Feature.")
    @APIResponse(responseCode = "200", description = "The subarea, or its GeoJSON Feature", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubareaResponse.class)),
            @Content(mediaType = GeoJson.MEDIA_TYPE, schema = @Schema(implementation = GeoJson.Feature.class),
                    examples = @ExampleObject(name = "subarea", summary = "A subarea as a Feature", value = GeoJson.FEATURE_EXAMPLE)) })
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match) is current")
    @APIResponse(responseCode = "404", description = "No such area, or no subarea with this code in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Object> subarea(
            @Parameter(description = "Area id", example = "5") @PathParam("id") long id,
            @Parameter(description = "Subarea code", example = "S1") @PathParam("code") String code,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        Subarea s = service.subarea(id, code);
        if (wantsGeoJson(headers)) {
            return geoConditional(ifNoneMatch, s.area.version, GeoJson.Feature.of(s.area, s));
        }
        return jsonConditional(ifNoneMatch, s.area.version, SubareaResponse.from(s));
    }

    @POST
    @Operation(summary = "Create an area", description = "409 when the programme already has an area of this kind. "
            + "Subarea codes must be unique within the area; geometry is validated as RFC 7946.")
    public RestResponse<AreaResponse> create(@Valid @NotNull AreaRequest request, UriInfo uri) {
        Area a = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(a.id.toString()).build(), a.version, AreaResponse.from(a));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an area", description = "Requires If-Match with the current ETag. programmeId cannot change. "
            + "Subareas are matched by code: existing codes keep their id, new codes are added, missing codes are removed; "
            + "removing a subarea that projects or observations refer to is a 409 and changes nothing.")
    public RestResponse<AreaResponse> replace(
            @Parameter(description = "Area id", example = "5") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull AreaRequest request) {
        Area a = service.replace(id, ifMatch, request);
        return Etags.updated(a.version, AreaResponse.from(a));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Update some fields of an area", description = "JSON Merge Patch (RFC 7396); requires If-Match. "
            + "A subareas member replaces the whole list, matched by code as in PUT.")
    public RestResponse<AreaResponse> patch(
            @Parameter(description = "Area id", example = "5") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        Area a = service.patch(id, ifMatch, patch);
        return Etags.updated(a.version, AreaResponse.from(a));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an area", description = "Deletes its subareas too. Refused with 409 while indicators, "
            + "recommendations, projects or observations refer to the area or its subareas.")
    public void delete(
            @Parameter(description = "Area id", example = "5") @PathParam("id") long id,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    private static GeoJson.FeatureCollection features(List<Area> areas) {
        return GeoJson.FeatureCollection.of(areas.stream()
                .flatMap(a -> a.subareas.stream().map(s -> GeoJson.Feature.of(a, s)))
                .toList());
    }

    /**
     * True when the client prefers GeoJSON: the first acceptable type (by quality) that either
     * representation satisfies is application/geo+json itself; wildcards get plain JSON.
     */
    static boolean wantsGeoJson(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (quality(type) <= 0) {
                continue;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if ("application".equalsIgnoreCase(type.getType()) && "geo+json".equalsIgnoreCase(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }

    private static double quality(MediaType type) {
        try {
            return Double.parseDouble(type.getParameters().getOrDefault("q", "1"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static RestResponse<Object> jsonConditional(String ifNoneMatch, long version, Object body) {
        return RestResponse.ResponseBuilder.fromResponse(Etags.conditional(ifNoneMatch, version, body))
                .type(MediaType.APPLICATION_JSON).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    /** The GeoJSON representation has its own ETag (a representation-specific validator, RFC 9110 8.8.3). */
    private static RestResponse<Object> geoConditional(String ifNoneMatch, long version, Object body) {
        EntityTag tag = new EntityTag(version + "-geo");
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            return RestResponse.ResponseBuilder.notModified().tag(tag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        return RestResponse.ResponseBuilder.ok(body).type(GeoJson.MEDIA_TYPE).tag(tag)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    private static boolean matches(String header, EntityTag tag) {
        for (String part : header.split(",")) {
            String t = part.trim();
            t = t.startsWith("W/") ? t.substring(2) : t;
            if (t.equals("*") || t.equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "areaHistory", summary = "History of a area", description = AuditService.HISTORY)
    public PageResponse<AuditEntry> history(
            @Parameter(description = "Area id", example = "3") @PathParam("id") long id,
            @BeanParam ListParams params) {
        return audit.history("area", id, service.get(id).municipalityTeryt(), params.pageRequest());
    }
}
