package pl.odnowa.compliance;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import pl.odnowa.security.AnonymousWrite;

@Path("/api/v1/compliance")
@Tag(name = "Compliance", description = "Checks of the Revitalisation Act (art. 9, 10, 15, 22, 25) against a programme or a draft area")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplianceResource {

    static final String CHECKS = " Area checks, each on the area it governs (a missing area is never replaced by the other: "
            + "UNKNOWN): ART_10_2_AREA and ART_10_2_RESIDENTS on the revitalisation subareas (at most 20% of the municipality's area "
            + "and 30% of its residents; exactly the limit passes; with every boundary recorded the union of the boundaries is "
            + "measured, so an overlap counts once; otherwise a sum is an upper bound: within the limit PASS, over it UNKNOWN), "
            + "ART_9_CRISIS per degraded subarea (social phenomena plus at least one other sphere; spheres not recorded give "
            + "UNKNOWN), ART_10_3_UNINHABITED_LAND per revitalisation subarea (uninhabited post-industrial, post-military or "
            + "post-railway land needs a justification; land type or residents not recorded: UNKNOWN), ART_10_1_WITHIN_DEGRADED "
            + "(the revitalisation subareas lie in the degraded ones) and AREA_HA_MATCH per subarea with a boundary (declared vs "
            + "computed hectares, 2% tolerance). Limits are configurable under odnowa.compliance.*.";

    private final ComplianceService service;

    ComplianceResource(ComplianceService service) {
        this.service = service;
    }

    @POST
    @Path("areas")
    @AnonymousWrite
    @Extension(name = "x-anonymous", value = "true")
    @Operation(summary = "Validate a draft area", description = "Validates a draft degraded and/or revitalisation area before "
            + "anything is saved (nothing is written). The body is a GeoJSON FeatureCollection; each Feature is a subarea with a "
            + "Polygon or MultiPolygon geometry and properties code, name, kind (DEGRADED or REVITALISATION, default "
            + "REVITALISATION), areaHa (computed from the geometry when missing; AREA_HA_MATCH then is skipped), residents, "
            + "residentsDate, social, economic, environmental, spatialFunctional, technical (true, false or missing = not recorded), "
            + "landType (missing = not recorded) and landJustification. An invalid GeoJSON or geometry, or a property of the wrong type, is a 400 problem naming the "
            + "place (features[2].geometry.coordinates[0][3]); an unknown municipality is a 400 naming municipality."
            + CHECKS)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "draft", value = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[19.03, 49.82], [19.05, 49.82], [19.05, 49.84], [19.03, 49.84], [19.03, 49.82]]]},
               "properties": {"code": "D1", "name": "Śródmieście Bielsko", "kind": "DEGRADED", "residents": 6000, "residentsDate": "2021-12-31",
                              "social": true, "economic": true, "technical": true}},
              {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[19.035, 49.825], [19.045, 49.825], [19.045, 49.835], [19.035, 49.835], [19.035, 49.825]]]},
               "properties": {"code": "R1", "name": "Stare Miasto", "kind": "REVITALISATION", "residents": 2000, "residentsDate": "2021-12-31",
                              "social": true, "spatialFunctional": true, "landType": "INHABITED"}}]}""")))
    public ComplianceReport draft(
            @Parameter(description = "TERYT code of the municipality the area is drawn in", required = true, example = "2461011")
            @QueryParam("municipality") String municipality,
            @NotNull JsonNode body) {
        return service.draft(municipality, DraftArea.parse(body));
    }
}
