package pl.odnowa.compliance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.odnowa.compliance.ComplianceFixtures.collection;
import static pl.odnowa.compliance.ComplianceFixtures.feature;
import static pl.odnowa.compliance.ComplianceFixtures.square;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

@QuarkusTest
class DraftAreaComplianceTest extends ApiTest {

    private static final String PATH = "/api/v1/compliance/areas";

    private static Map<String, Object> props(Object... keyValues) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put((String) keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    private static List<Map<String, Object>> validFeatures() {
        List<Map<String, Object>> features = new ArrayList<>();
        features.add(feature(square(19.03, 49.82, 0.02), props("code", "D1", "name", "Śródmieście", "kind", "DEGRADED",
                "areaHa", "320.00", "residents", 6000, "residentsDate", "2023-01-01", "social", true, "economic", true)));
        features.add(feature(square(19.035, 49.825, 0.01), props("code", "R1", "residents", 2000,
                "residentsDate", "2023-01-01", "social", true, "technical", true, "landType", "INHABITED")));
        features.add(feature(square(19.04, 49.83, 0.004), props("code", "R2", "residents", 0, "landType", "POST_INDUSTRIAL",
                "areaHa", "13.00", "social", true, "environmental", true)));
        return features;
    }

    private ValidatableResponse post(String teryt, Object body) {
        return json().queryParam("municipality", teryt).body(body).when().post(PATH).then();
    }

    private long writes() {
        Statistics s = statistics();
        return s.getEntityInsertCount() + s.getEntityUpdateCount() + s.getEntityDeleteCount() + s.getCollectionUpdateCount()
                + s.getCollectionRecreateCount() + s.getCollectionRemoveCount();
    }

    @Test
    void answersTheChecksForAValidDraftAndWritesNothing() {
        String teryt = Fixtures.municipality();
        statistics().clear();
        JsonPath r = post(teryt, collection(validFeatures())).statusCode(200)
                .body("programmeId", nullValue(), "municipality", equalTo(teryt)).extract().jsonPath();
        assertEquals(0, writes());
        assertEquals("PASS", r.getString("checks.find { it.id == 'ART_10_1_WITHIN_DEGRADED' }.result"));
        assertEquals("PASS", r.getString("checks.find { it.id == 'ART_10_2_RESIDENTS' }.result"));
        assertEquals("PASS", r.getString("checks.find { it.id == 'ART_10_2_AREA' }.result"));
        assertEquals(List.of("D1"), r.getList("checks.findAll { it.id == 'ART_9_CRISIS' }.subject"));
        assertEquals("FAIL", r.getString("checks.find { it.id == 'ART_10_3_UNINHABITED_LAND' && it.subject == 'R2' }.result"));
        assertEquals("PASS", r.getString("checks.find { it.id == 'ART_10_3_UNINHABITED_LAND' && it.subject == 'R1' }.result"));
        // R1's hectares are computed from its geometry, so only the declared ones are compared
        assertEquals(List.of("D1", "R2"), r.getList("checks.findAll { it.id == 'AREA_HA_MATCH' }.subject"));
        assertEquals(r.getList("checks").size(), r.getInt("summary.pass") + r.getInt("summary.fail") + r.getInt("summary.unknown"));
        json().queryParam("municipality", teryt).get("/api/v1/areas").then().statusCode(200).body("totalItems", equalTo(0));
        json().queryParam("municipality", teryt).get("/api/v1/programmes").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void reportsARevitalisationAreaOutsideTheDegradedOne() {
        String teryt = Fixtures.municipality();
        List<Map<String, Object>> features = validFeatures();
        features.set(1, feature(square(19.045, 49.835, 0.01), props("code", "R1", "residents", 2000, "social", true)));
        post(teryt, collection(features)).statusCode(200)
                .body("checks.find { it.id == 'ART_10_1_WITHIN_DEGRADED' }.result", equalTo("FAIL"));
    }

    @Test
    void anInvalidGeometryIsA400NamingThePlace() {
        String teryt = Fixtures.municipality();
        List<Map<String, Object>> features = validFeatures();
        features.set(2, feature(Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(19, 49), List.of(20, 49), List.of(20, 50), List.of(19, "50"), List.of(19, 49)))),
                props("code", "R2")));
        statistics().clear();
        post(teryt, collection(features)).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("features[2].geometry.coordinates[0][3]"));
        // a self-intersecting ring (bow tie)
        features.set(2, feature(Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(19, 49), List.of(20, 50), List.of(20, 49), List.of(19, 50), List.of(19, 49)))),
                props("code", "R2")));
        post(teryt, collection(features)).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("features[2].geometry"), "errors.message", hasItem(containsString("Self-intersection")));
        features.set(2, feature(Map.of("type", "Point", "coordinates", List.of(19, 49)), props("code", "R2")));
        post(teryt, collection(features)).statusCode(400).body("errors.field", hasItem("features[2].geometry.type"));
        assertEquals(0, writes());
        json().queryParam("municipality", teryt).get("/api/v1/areas").then().body("totalItems", equalTo(0));
    }

    @Test
    void rejectsBadPropertiesAndBodies() {
        String teryt = Fixtures.municipality();
        List<Map<String, Object>> features = validFeatures();
        features.set(0, feature(square(19.03, 49.82, 0.02), props("code", "D1", "kind", "SOMEWHERE", "residents", "many",
                "social", "yes", "areaHa", -3, "colour", "red", "residentsDate", "1.1.2023")));
        post(teryt, collection(features)).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("features[0].properties.kind"),
                        "errors.field", hasItem("features[0].properties.residents"),
                        "errors.field", hasItem("features[0].properties.social"),
                        "errors.field", hasItem("features[0].properties.areaHa"),
                        "errors.field", hasItem("features[0].properties.colour"),
                        "errors.field", hasItem("features[0].properties.residentsDate"));
        List<Map<String, Object>> duplicate = validFeatures();
        duplicate.set(2, feature(square(19.04, 49.83, 0.004), props("code", "R1")));
        post(teryt, collection(duplicate)).statusCode(400).body("errors.field", hasItem("features[2].properties.code"));
        post(teryt, Map.of("type", "Feature")).statusCode(400).body("errors.field", hasItem("type"));
        post(teryt, Map.of("type", "FeatureCollection")).statusCode(400).body("errors.field", hasItem("features"));
        post(teryt, Map.of("type", "FeatureCollection", "features", List.of())).statusCode(400).body("errors.field", hasItem("features"));
        post(teryt, Map.of("type", "FeatureCollection", "features", List.of(Map.of("type", "Point"))))
                .statusCode(400).body("errors.field", hasItem("features[0]"));
    }

    @Test
    void needsAKnownMunicipality() {
        post("9999999", collection(validFeatures())).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("municipality"));
        json().body(collection(validFeatures())).when().post(PATH).then().statusCode(400).body("errors.field", hasItem("municipality"));
        post("12ab", collection(validFeatures())).statusCode(400).body("errors.field", hasItem("municipality"));
    }

    @Test
    void unknownWhenTheMunicipalityLacksFigures() {
        String teryt = uniqueTeryt();
        Fixtures.post("/api/v1/municipalities", Map.of("teryt", teryt, "name", unique("Gmina")));
        post(teryt, collection(validFeatures())).statusCode(200)
                .body("checks.find { it.id == 'ART_10_2_AREA' }.result", equalTo("UNKNOWN"),
                        "checks.find { it.id == 'ART_10_2_AREA' }.missing", hasItem("municipality.areaKm2"));
    }
}
