package pl.odnowa.area;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** RFC 7946 GeoJSON views of subareas: one Feature per subarea, collected in a FeatureCollection. */
public final class GeoJson {

    public static final String MEDIA_TYPE = "application/geo+json";

    /** Reads geometries stored by this package (valid JSON text from the jsonb column). */
    private static final ObjectMapper STORED = new ObjectMapper();

    private GeoJson() {
    }

    public static JsonNode parse(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return STORED.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored subarea geometry is not JSON", e);
        }
    }

    /** Documentation only: the shape of a subarea geometry. */
    @Schema(name = "GeoJsonGeometry", description = "RFC 7946 geometry: Polygon or MultiPolygon, WGS 84 [longitude, latitude] "
            + "(optionally altitude); each linear ring closed (last position = first) with at least 4 positions; no crs member",
            example = "{\"type\": \"Polygon\", \"coordinates\": [[[19.038, 49.82], [19.048, 49.82], [19.048, 49.826], "
                    + "[19.038, 49.826], [19.038, 49.82]]]}")
    public record Geometry(
            @Schema(enumeration = {"Polygon", "MultiPolygon"}, example = "Polygon", required = true) String type,
            @Schema(type = SchemaType.ARRAY, required = true, description = "Polygon: an array of linear rings (the first exterior, "
                    + "the others holes), each an array of [longitude, latitude] positions; MultiPolygon: an array of those")
            List<Object> coordinates,
            @Schema(description = "Optional bounding box [west, south, east, north]") List<Double> bbox) {
    }

    @Schema(name = "FeatureCollection", description = "RFC 7946 FeatureCollection (WGS 84 longitude, latitude; no crs)")
    public record FeatureCollection(
            @Schema(enumeration = "FeatureCollection", example = "FeatureCollection") String type,
            List<Feature> features) {

        static FeatureCollection of(List<Feature> features) {
            return new FeatureCollection("FeatureCollection", features);
        }
    }

    @Schema(name = "Feature", description = "RFC 7946 Feature: one subarea; id is the subarea id; geometry is null when the boundary is not known")
    public record Feature(
            @Schema(enumeration = "Feature", example = "Feature") String type,
            @Schema(example = "12", description = "Subarea id") long id,
            @JsonRawValue @Schema(implementation = Geometry.class)
            String geometry,
            FeatureProperties properties) {

        static Feature of(Area area, Subarea s) {
            return new Feature("Feature", s.id, s.geometry, new FeatureProperties(s.code, s.name, area.kind, s.areaHa,
                    s.residents, s.residentsDate, s.social, s.economic, s.environmental, s.spatialFunctional, s.technical,
                    s.landType, s.source, area.id, area.programme.id));
        }
    }

    @Schema(name = "FeatureProperties", description = "A subarea's data as GeoJSON Feature properties")
    public record FeatureProperties(
            @Schema(example = "S1") String code,
            @Schema(example = "Śródmieście Bielsko") String name,
            @Schema(example = "REVITALISATION") AreaKind kind,
            @Schema(example = "42.5") BigDecimal areaHa,
            @Schema(example = "5120", description = "Residents") Integer population,
            @Schema(example = "2021-12-31") LocalDate populationDate,
            @Schema(description = "Crisis phenomena (art. 9 ust. 1): true found, false not found, null not recorded") Boolean social,
            Boolean economic,
            Boolean environmental,
            Boolean spatialFunctional,
            Boolean technical,
            @Schema(example = "INHABITED", description = "null: not recorded") LandType landType,
            @Schema(example = "Uchwała Nr XLVII/1091/2022, załącznik 1", description = "Where the figures come from") String source,
            @Schema(example = "5") long areaId,
            @Schema(example = "3") long programmeId) {
    }

    static final String FEATURE_EXAMPLE = """
            {"type": "Feature", "id": 12,
             "geometry": {"type": "Polygon", "coordinates": [[[19.038, 49.82], [19.048, 49.82], [19.048, 49.826], [19.038, 49.826], [19.038, 49.82]]]},
             "properties": {"code": "S1", "name": "Śródmieście Bielsko", "kind": "REVITALISATION", "areaHa": 42.5,
              "population": 5120, "populationDate": "2021-12-31", "social": true, "economic": true, "environmental": false,
              "spatialFunctional": true, "technical": true, "landType": "INHABITED", "source": "illustrative", "areaId": 5, "programmeId": 3}}""";

    static final String COLLECTION_EXAMPLE = """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "id": 12,
              "geometry": {"type": "Polygon", "coordinates": [[[19.038, 49.82], [19.048, 49.82], [19.048, 49.826], [19.038, 49.826], [19.038, 49.82]]]},
              "properties": {"code": "S1", "name": "Śródmieście Bielsko", "kind": "REVITALISATION", "areaHa": 42.5,
               "population": 5120, "populationDate": "2021-12-31", "social": true, "economic": true, "environmental": false,
               "spatialFunctional": true, "technical": true, "landType": "INHABITED", "source": "illustrative", "areaId": 5, "programmeId": 3}},
             {"type": "Feature", "id": 13,
              "geometry": {"type": "MultiPolygon", "coordinates": [[[[19.05, 49.81], [19.06, 49.81], [19.06, 49.815], [19.05, 49.815], [19.05, 49.81]]]]},
              "properties": {"code": "S2", "name": "Biała Śródmieście", "kind": "REVITALISATION", "areaHa": 31.2,
               "population": 4300, "populationDate": "2021-12-31", "social": true, "economic": false, "environmental": true,
               "spatialFunctional": false, "technical": true, "landType": "INHABITED", "source": "illustrative", "areaId": 5, "programmeId": 3}}]}""";
}
