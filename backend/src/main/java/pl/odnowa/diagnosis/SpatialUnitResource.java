package pl.odnowa.diagnosis;

import java.io.InputStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
import pl.odnowa.importing.ImportResponse;
import pl.odnowa.importing.ImportService;

@Path("/api/v1/spatial-units")
@Tag(name = "Diagnosis", description = "Spatial units, diagnostic indicators and the delimitation of the degraded and revitalisation "
        + "areas (art. 9–11 of the Revitalisation Act)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpatialUnitResource {

    static final String CSV = "text/csv";

    private static final String GEOJSON_EXAMPLE = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[19.03, 49.82], [19.04, 49.82], [19.04, 49.83], [19.03, 49.83], [19.03, 49.82]]]},
               "properties": {"code": "OS-01", "name": "Osiedle A", "residents": 4200, "residentsDate": "2023-12-31", "source": "illustrative"}}]}""";
    private static final String CSV_EXAMPLE = """
            code,name,areaHa,residents,residentsDate,source\r
            OS-01,Osiedle A,80.00,4200,2023-12-31,illustrative\r
            OS-02,Osiedle B,,3100,2023-12-31,illustrative\r
            """;

    private final SpatialUnitService service;
    private final ImportService imports;
    private final AuditService audit;

    SpatialUnitResource(SpatialUnitService service, ImportService imports, AuditService audit) {
        this.service = service;
        this.imports = imports;
        this.audit = audit;
    }

    private static final String PATCH_EXAMPLE = """
            {"name": "Osiedle Śródmieście-Zachód", "residents": 4350, "residentsDate": "2024-12-31"}""";

    @GET
    @Operation(summary = "List the spatial units of a municipality", description = "Public, one page at a time (page from 0, size "
            + "1 to 200, default 20; totalItems and totalPages say how many there are). Sort keys: code (default), name, residents, "
            + "areaHa, createdAt, updatedAt; prefix - for descending. updatedSince gives only the units changed since; deletions "
            + "are in GET /api/v1/changes.")
    public PageResponse<SpatialUnitResponse> list(
            @Parameter(description = "TERYT code of the municipality", required = true, example = "2461011") @QueryParam("municipality") String municipality,
            @jakarta.ws.rs.BeanParam SyncListParams params) {
        return service.page(municipality, params);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a spatial unit", description = "Answers If-None-Match with 304 when the ETag is current.")
    public RestResponse<SpatialUnitResponse> get(
            @Parameter(description = "Spatial unit id", example = "41") @PathParam("id") long id,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        SpatialUnit u = service.get(id);
        return Etags.conditional(ifNoneMatch, u.version, SpatialUnitResponse.from(u));
    }

    @POST
    @Operation(summary = "Create a spatial unit", description = "Editors of the municipality. The geometry may be given in EPSG:2180 "
            + "(crs); it is stored in WGS 84. A broken geometry (open ring, self-intersection) is a 400 naming geometry.")
    public RestResponse<SpatialUnitResponse> create(@Valid @NotNull SpatialUnitRequest request, @Context UriInfo uri) {
        SpatialUnit u = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(u.id.toString()).build(), u.version, SpatialUnitResponse.from(u));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a spatial unit", description = "Requires If-Match with the current ETag; the municipality cannot change.")
    public RestResponse<SpatialUnitResponse> replace(
            @Parameter(description = "Spatial unit id", example = "41") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SpatialUnitRequest request) {
        SpatialUnit u = service.replace(id, ifMatch, request);
        return Etags.updated(u.version, SpatialUnitResponse.from(u));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Update some fields of a spatial unit", description = "JSON Merge Patch (RFC 7396) over the PUT form; "
            + "requires If-Match with the current ETag (a stale one is a 412). Fields left out keep their values; null clears an "
            + "optional one. A geometry replaces the stored one whole (it is not merged member by member); "
            + "it may come with crs EPSG:2180 in the same patch; a crs without a geometry is a 400 naming crs. "
            + "A new geometry without areaHa gets its area measured again. The municipality cannot change.")
    @RequestBody(required = true, content = {
        @Content(mediaType = MergePatch.MEDIA_TYPE, examples = @ExampleObject(name = "residents", summary = "New name and residents",
                value = PATCH_EXAMPLE)),
        @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "residents", summary = "New name and residents",
                value = PATCH_EXAMPLE))})
    public RestResponse<SpatialUnitResponse> patch(
            @Parameter(description = "Spatial unit id", example = "41") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        SpatialUnit u = service.patch(id, ifMatch, patch);
        return Etags.updated(u.version, SpatialUnitResponse.from(u));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a spatial unit", description = "Requires If-Match; a unit that still has indicator values is a 409.")
    public void delete(
            @Parameter(description = "Spatial unit id", example = "41") @PathParam("id") long id,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @POST
    @Path("import")
    @Consumes({"application/geo+json", MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "importSpatialUnits", summary = "Import spatial units", description = "Creates or updates the units of a "
            + "municipality, found by code, from a GeoJSON FeatureCollection (properties code, name, areaHa, residents, residentsDate, "
            + "source; crs=EPSG:2180, or a legacy crs member naming EPSG:2180, for PUWG 1992 coordinates) or CSV (UTF-8, RFC 4180, "
            + "columns code, name, areaHa, residents, residentsDate, source, geometry as GeoJSON text). Every row is checked first: "
            + "any bad row (features[2].geometry, rows[3].residents) makes a 400 problem listing every one, and nothing is written.")
    @RequestBody(required = true, content = {
        @Content(mediaType = "application/geo+json", schema = @Schema(type = SchemaType.OBJECT),
                examples = @ExampleObject(name = "units", value = GEOJSON_EXAMPLE)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "units", value = CSV_EXAMPLE))})
    public ImportResponse.Counts importUnits(
            @Parameter(description = "TERYT code of the municipality", required = true, example = "2461011") @QueryParam("municipality") String municipality,
            @Parameter(description = "EPSG:4326 (default) or EPSG:2180", example = "EPSG:2180") @QueryParam("crs") String crs,
            @Context HttpHeaders headers, InputStream body) {
        byte[] bytes = imports.read(body);
        MediaType type = headers.getMediaType();
        return service.importUnits(municipality, crs, type != null && type.isCompatible(MediaType.valueOf(CSV)), bytes);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "spatialUnitHistory", summary = "History of a spatial unit", description = AuditService.HISTORY)
    public PageResponse<AuditEntry> history(
            @Parameter(description = "Spatial unit id", example = "41") @PathParam("id") long id,
            @jakarta.ws.rs.BeanParam ListParams params) {
        return audit.history("spatial_unit", id, service.get(id).municipality, params.pageRequest());
    }
}
