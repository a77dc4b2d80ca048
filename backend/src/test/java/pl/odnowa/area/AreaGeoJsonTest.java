package pl.odnowa.area;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.odnowa.area.AreaFixtures.area;
import static pl.odnowa.area.AreaFixtures.polygon;
import static pl.odnowa.area.AreaFixtures.revitalisationArea;
import static pl.odnowa.area.AreaFixtures.ring;
import static pl.odnowa.area.AreaFixtures.subarea;
import static pl.odnowa.area.AreaFixtures.with;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/** GeoJSON (RFC 7946) in and out: content negotiation, the FeatureCollection and Feature shapes, geometry validation. */
@QuarkusTest
class AreaGeoJsonTest extends ApiTest {

    private static final String AREAS = "/api/v1/areas";
    private static final String GEO = "application/geo+json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void servesAnAreaAsAFeatureCollectionThatParsesBack() throws Exception {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        long id = AreaFixtures.create(revitalisationArea(programme));
        JsonPath area = json().get(AREAS + "/" + id).then().extract().jsonPath();

        var response = given().accept(GEO).get(AREAS + "/" + id).then().statusCode(200).contentType(GEO)
                .header("ETag", equalTo("\"0-geo\"")).header("Vary", containsString("Accept")).extract();
        JsonNode collection = MAPPER.readTree(response.asString());
        assertEquals("FeatureCollection", collection.get("type").asText());
        assertFalse(collection.has("crs"));
        JsonNode features = collection.get("features");
        assertEquals(2, features.size());
        for (int i = 0; i < 2; i++) {
            JsonNode feature = features.get(i);
            assertEquals("Feature", feature.get("type").asText());
            assertEquals(area.getLong("subareas[" + i + "].id"), feature.get("id").asLong());
            assertNull(GeometryValidator.problem(feature.get("geometry")), "geometry " + i + " is valid RFC 7946");
            assertFalse(feature.get("geometry").has("crs"));
            JsonNode p = feature.get("properties");
            assertEquals(area.getString("subareas[" + i + "].code"), p.get("code").asText());
            assertEquals("REVITALISATION", p.get("kind").asText());
            assertEquals(id, p.get("areaId").asLong());
            assertEquals(programme, p.get("programmeId").asLong());
            assertEquals("2021-12-31", p.get("populationDate").asText());
            assertEquals(i == 0 ? "null" : "INHABITED", p.get("landType").asText(), "not recorded is null");
            assertTrue(p.get("social").asBoolean());
            for (String key : List.of("name", "areaHa", "population", "economic", "environmental", "spatialFunctional", "technical")) {
                assertTrue(p.has(key), "property " + key);
            }
        }
        JsonNode s1 = features.get(0);
        assertEquals("Polygon", s1.at("/geometry/type").asText());
        assertEquals(19.03, s1.at("/geometry/coordinates/0/0/0").asDouble(), 1e-9);
        assertEquals(49.82, s1.at("/geometry/coordinates/0/0/1").asDouble(), 1e-9);
        assertEquals(12.5, s1.at("/properties/areaHa").asDouble(), 1e-9);
        assertEquals(1000, s1.at("/properties/population").asInt());
        JsonNode s2 = features.get(1);
        assertEquals("MultiPolygon", s2.at("/geometry/type").asText());
        assertEquals(2, s2.at("/geometry/coordinates").size());
        assertEquals(2500, s2.at("/properties/population").asInt());
        assertTrue(s2.at("/properties/environmental").asBoolean());
        assertFalse(s2.at("/properties/economic").asBoolean());

        // The geometry sent is the geometry served, number for number.
        assertEquals(MAPPER.valueToTree(polygon(19.03, 49.82)).get("coordinates"), s1.at("/geometry/coordinates"));

        given().accept(GEO).header("If-None-Match", "\"0-geo\"").get(AREAS + "/" + id).then().statusCode(304)
                .header("ETag", equalTo("\"0-geo\""));
        given().accept(GEO).header("If-None-Match", "\"0\"").get(AREAS + "/" + id).then().statusCode(200).contentType(GEO);
    }

    @Test
    void negotiatesTheRepresentationFromAccept() {
        long id = AreaFixtures.create(revitalisationArea(Fixtures.programme(Fixtures.municipality())));
        given().get(AREAS + "/" + id).then().statusCode(200).contentType("application/json").body("subareas", hasSize(2));
        given().accept("*/*").get(AREAS + "/" + id).then().contentType("application/json");
        given().accept("application/json, application/geo+json;q=0.5").get(AREAS + "/" + id).then().contentType("application/json");
        given().accept("application/geo+json, application/json;q=0.5").get(AREAS + "/" + id).then().contentType(GEO)
                .body("type", equalTo("FeatureCollection"));
        given().accept("application/xml").get(AREAS + "/" + id).then().statusCode(406).contentType("application/problem+json");
        given().accept(GEO).get(AREAS + "/999999999").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("999999999"));
    }

    @Test
    void servesOneSubareaAsAFeature() throws Exception {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = AreaFixtures.create(revitalisationArea(programme));
        long s2 = json().get(AREAS + "/" + id).then().extract().jsonPath().getLong("subareas[1].id");
        String body = given().accept(GEO).get(AREAS + "/" + id + "/subareas/S2").then().statusCode(200).contentType(GEO)
                .header("ETag", equalTo("\"0-geo\"")).extract().asString();
        JsonNode feature = MAPPER.readTree(body);
        assertEquals("Feature", feature.get("type").asText());
        assertEquals(s2, feature.get("id").asLong());
        assertNull(GeometryValidator.problem(feature.get("geometry")));
        assertEquals("S2", feature.at("/properties/code").asText());
        assertEquals(31.25, feature.at("/properties/areaHa").asDouble(), 1e-9);
        given().accept(GEO).header("If-None-Match", "\"0-geo\"").get(AREAS + "/" + id + "/subareas/S2").then().statusCode(304);
        given().accept(GEO).get(AREAS + "/" + id + "/subareas/S9").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void servesASubareaWithoutGeometryAsAFeatureWithNullGeometry() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = AreaFixtures.create(area(programme, "DEGRADED", List.of(subarea("X", null))));
        given().accept(GEO).get(AREAS + "/" + id).then().statusCode(200)
                .body("features", hasSize(1), "features[0]", hasKey("geometry"), "features[0].geometry", nullValue(),
                        "features[0].properties.kind", equalTo("DEGRADED"));
    }

    @Test
    void listsTheSubareasOfThePageAsOneFeatureCollection() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        long revitalisation = AreaFixtures.create(revitalisationArea(programme));
        long degraded = AreaFixtures.create(area(programme, "DEGRADED", List.of(subarea("D1", polygon(19.0, 49.8)),
                subarea("D2", polygon(19.1, 49.8)), subarea("D3", null))));
        given().accept(GEO).queryParam("programme", programme).get(AREAS).then().statusCode(200).contentType(GEO)
                .body("type", equalTo("FeatureCollection"), "features", hasSize(5),
                        "features.properties.code", contains("D1", "D2", "D3", "S1", "S2"),
                        "features.properties.areaId", contains((int) degraded, (int) degraded, (int) degraded,
                                (int) revitalisation, (int) revitalisation),
                        "$", not(hasKey("crs")));
        given().accept(GEO).queryParams(Map.of("programme", programme, "kind", "REVITALISATION")).get(AREAS).then()
                .body("features.properties.code", contains("S1", "S2"));
        given().accept(GEO).queryParams(Map.of("municipality", teryt, "size", 1, "page", 1)).get(AREAS).then()
                .body("features.properties.code", contains("S1", "S2"));
        given().accept(GEO).queryParam("sort", "nope").get(AREAS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void rejectsInvalidGeometriesNamingTheSubareaAndWritesNothing() {
        long programme = Fixtures.programme(Fixtures.municipality());
        List<List<Double>> open = new ArrayList<>(ring(19.0, 49.8, 0.01));
        open.set(4, List.of(19.001, 49.8));
        Map<String, Object> crs = new HashMap<>(polygon(19.0, 49.8));
        crs.put("crs", Map.of("type", "name", "properties", Map.of("name", "EPSG:2180")));
        Object[][] cases = {
                {Map.of("type", "Point", "coordinates", List.of(19.0, 49.8)), "Point"},
                {Map.of("coordinates", List.of(ring(19.0, 49.8, 0.01))), "type is required"},
                {Map.of("type", "Polygon"), "coordinates is required"},
                {crs, "crs"},
                {Map.of("type", "Polygon", "coordinates", List.of(open)), "coordinates[0] (ring 0 (exterior)) is not closed"},
                {Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(19.0, 49.8), List.of(19.1, 49.8), List.of(19.0, 49.8)))),
                        "has 3 positions"},
                {Map.of("type", "Polygon", "coordinates", List.of(ring(500000.0, 250000.0, 100.0))),
                        "coordinates[0][0] (ring 0 (exterior), position 0): longitude 500000 is outside [-180, 180]"},
                {Map.of("type", "Polygon", "coordinates", List.of(ring(19.0, 89.995, 0.01))), "coordinates[0][2] (ring 0 (exterior), position 2): latitude"},
                {Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of("19.0", 49.8), List.of(19.1, 49.8), List.of(19.1, 49.9),
                        List.of("19.0", 49.8)))), "must contain only numbers"},
                {Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(19.0), List.of(19.1), List.of(19.1), List.of(19.0)))),
                        "must be [longitude, latitude]"},
                {Map.of("type", "MultiPolygon", "coordinates", List.of(ring(19.0, 49.8, 0.01))), "coordinates are nested 3 arrays deep where 4 are needed"},
                {Map.of("type", "Polygon", "coordinates", ring(19.0, 49.8, 0.01)), "coordinates are nested 2 arrays deep where 3 are needed"},
                {Map.of("type", "Polygon", "coordinates", List.of(ring(19.0, 49.8, 0.01),
                        List.of(List.of(19.001, 49.801), "x", List.of(19.002, 49.802), List.of(19.001, 49.801)))),
                        "coordinates[1][1] (ring 1 (hole), position 1) must be [longitude, latitude]"},
                {Map.of("type", "MultiPolygon", "coordinates", List.of(List.of(ring(19.0, 49.8, 0.01)), List.of(ring(19.0, 95.0, 0.01)))),
                        "coordinates[1][0][0] (polygon 1, ring 0 (exterior), position 0): latitude 95 is outside"},
                {Map.of("type", "Polygon", "coordinates", List.of()), "at least its exterior ring"},
                {Map.of("type", "Polygon", "coordinates", List.of(ring(19.0, 49.8, 0.01)), "properties", Map.of()), "unexpected member 'properties'"},
                {"POLYGON((19 49.8, 19.1 49.8, 19.1 49.9, 19 49.8))", "must be a GeoJSON geometry object"},
        };
        for (Object[] c : cases) {
            Map<String, Object> body = area(programme, "REVITALISATION", List.of(subarea("OK", polygon(19.2, 49.8)), subarea("BAD", c[0])));
            json().body(body).post(AREAS).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("subareas[1].geometry"), "errors[0].message", containsString((String) c[1]));
        }
        json().queryParam("programme", programme).get(AREAS).then().body("totalItems", equalTo(0));

        long id = AreaFixtures.create(revitalisationArea(programme));
        json().header("If-Match", "\"0\"").body(area(programme, "REVITALISATION", List.of(subarea("S1", Map.of("type", "Polygon",
                "coordinates", List.of(open)))))).put(AREAS + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("subareas[0].geometry"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("subareas", List.of(subarea("S1", polygon(19.0, 49.8)), subarea("S2", Map.of("type", "Polygon",
                        "coordinates", List.of(ring(190.0, 49.8, 0.01))))))).patch(AREAS + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("subareas[1].geometry"), "errors[0].message", containsString("longitude 190 is outside"));
        json().get(AREAS + "/" + id).then().header("ETag", equalTo("\"0\"")).body("subareas[1].geometry.type", equalTo("MultiPolygon"));
    }

    @Test
    void acceptsPolygonsWithHolesAltitudesAndBbox() {
        long programme = Fixtures.programme(Fixtures.municipality());
        Map<String, Object> withHole = Map.of("type", "Polygon", "bbox", List.of(19.0, 49.8, 19.1, 49.9),
                "coordinates", List.of(ring(19.0, 49.8, 0.1), List.of(List.of(19.02, 49.82, 300.0), List.of(19.02, 49.84, 300.0),
                        List.of(19.04, 49.84, 300.0), List.of(19.04, 49.82, 300.0), List.of(19.02, 49.82, 300.0))));
        long id = AreaFixtures.create(area(programme, "DEGRADED", List.of(subarea("H", withHole))));
        json().get(AREAS + "/" + id).then().body("subareas[0].geometry.coordinates", hasSize(2),
                "subareas[0].geometry.bbox", hasSize(4), "subareas[0].geometry.coordinates[1][0]", hasSize(3));
    }

    @Test
    void documentsBothMediaTypesInOpenApi() throws Exception {
        JsonPath api = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        for (String path : List.of("'/api/v1/areas'", "'/api/v1/areas/{id}'", "'/api/v1/areas/{id}/subareas/{code}'")) {
            Map<String, Object> content = api.getMap("paths." + path + ".get.responses.'200'.content");
            assertTrue(content.containsKey("application/json"), path + " documents JSON");
            assertTrue(content.containsKey(GEO), path + " documents GeoJSON");
            assertTrue(api.getMap("paths." + path + ".get.responses.'200'.content.'application/geo+json'.examples").size() > 0,
                    path + " has a GeoJSON example");
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "area-openapi.json"), api.prettify());
        assertEquals("#/components/schemas/GeoJsonGeometry", api.getString("components.schemas.SubareaRequest.properties.geometry.$ref"));
        assertEquals("#/components/schemas/GeoJsonGeometry", api.getString("components.schemas.Feature.properties.geometry.$ref"));
        given().accept("application/json").get("/q/openapi?format=json").then()
                .body("paths.'/api/v1/areas'.get.parameters.name", hasItem("kind"));
    }
}
