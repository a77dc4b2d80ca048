package pl.odnowa.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.odnowa.indicator.IndicatorFixtures.with;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Callers;
import pl.odnowa.common.Fixtures;
import pl.odnowa.indicator.IndicatorFixtures;

/**
 * An indicator of a draft project is as hidden as the project: to anonymous readers and other cities it does not
 * exist in any view (404, not listed, not exported, not counted); the city's own users and the superadmin see it.
 */
@QuarkusTest
class DraftProjectIndicatorsTest extends ApiTest {

    /**
     * A published GPR with a draft project: {@code hidden} (H1) is the project's indicator, a RESULT with a target,
     * {@code open} (P1) one of the whole programme; both map to SDG target 11.4 and have a value for 2023.
     */
    record World(String teryt, long programme, long project, long hidden, long observation, long open) {
    }

    private static World world() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt, Map.of("published", true));
        long project = Fixtures.post("/api/v1/projects", Map.of("programmeId", programme, "kind", "BASIC",
                "title", unique("Projekt roboczy"), "status", "IMPLEMENTATION")).longValue();
        long hidden = IndicatorFixtures.indicator(programme, with("scope", "PROJECT", "projectId", project, "code", "H1",
                "direction", "HIGHER", "sdgTarget", "11.4", "target", Map.of("value", 10, "year", 2030)));
        long observation = IndicatorFixtures.observation(hidden, 2023, "4", null);
        long open = IndicatorFixtures.indicator(programme, with("code", "P1", "sdgTarget", "11.4"));
        IndicatorFixtures.observation(open, 2023, "7", null);
        return new World(teryt, programme, project, hidden, observation, open);
    }

    /** The readers who may not see the world's drafts: anonymous, and an editor of another city. */
    private static List<Supplier<RequestSpecification>> strangers() {
        String otherCity = Callers.token(Fixtures.municipality(), "EDITOR");
        return List.of(ApiTest::anonymous, () -> as(otherCity));
    }

    @Test
    void theIndicatorAndItsObservationsAre404AndUnlisted() {
        World w = world();
        String hidden = "/api/v1/indicators/" + w.hidden();
        for (Supplier<RequestSpecification> reader : strangers()) {
            reader.get().get(hidden).then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("indicator " + w.hidden() + " does not exist"));
            reader.get().get(hidden + "/observations").then().statusCode(404).contentType("application/problem+json");
            reader.get().get(hidden + "/observations/" + w.observation()).then().statusCode(404);
            reader.get().queryParam("programme", w.programme()).get("/api/v1/indicators").then().statusCode(200)
                    .body("items.code", contains("P1"), "totalItems", equalTo(1));
            reader.get().queryParam("project", w.project()).get("/api/v1/indicators").then().statusCode(200)
                    .body("totalItems", equalTo(0));
        }
        String viewer = Callers.token(w.teryt(), "VIEWER");
        as(viewer).get(hidden).then().statusCode(200).body("projectId", equalTo((int) w.project()));
        as(viewer).get(hidden + "/observations").then().statusCode(200).body("totalItems", equalTo(1));
        as(viewer).queryParam("programme", w.programme()).get("/api/v1/indicators").then()
                .body("items.code", contains("H1", "P1"));

        // published, the project shows its indicator to everyone
        String project = "/api/v1/projects/" + w.project();
        mergePatch(Fixtures.etag(project)).body(Map.of("published", true)).patch(project).then().statusCode(200);
        anonymous().get(hidden).then().statusCode(200);
        anonymous().get(hidden + "/observations/" + w.observation()).then().statusCode(200).body("value", equalTo("4"));
    }

    @Test
    void theExportsLeaveItOut() {
        World w = world();
        for (String path : List.of("/api/v1/exports/indicators/open-sdg.csv", "/api/v1/exports/indicators/sdmx.csv")) {
            String all = given().queryParam("programme", w.programme()).get(path).then().statusCode(200).extract().asString();
            assertTrue(all.contains("H1") && all.contains("P1"), all);
            for (Supplier<RequestSpecification> reader : strangers()) {
                String csv = reader.get().queryParam("programme", w.programme()).get(path).then().statusCode(200)
                        .extract().asString();
                assertTrue(csv.contains("P1"), csv);
                assertFalse(csv.contains("H1"), csv);
                reader.get().queryParam("indicator", w.hidden()).get(path).then().statusCode(404)
                        .contentType("application/problem+json");
            }
        }
    }

    @Test
    void theEvaluationReportLeavesItOut() {
        World w = world();
        for (String path : List.of("/api/v1/programmes/" + w.programme() + "/report", "/api/v1/municipalities/" + w.teryt() + "/report")) {
            JsonPath all = given().accept("application/json").queryParam("lang", "en").get(path).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(List.of("H1", "P1"), all.getList("indicators.items.code"));
            assertEquals("2", all.getString("summary.facts.find { it.label == 'Indicators' }.value"));
            for (Supplier<RequestSpecification> reader : strangers()) {
                JsonPath report = reader.get().accept("application/json").queryParam("lang", "en").get(path).then()
                        .statusCode(200).extract().jsonPath();
                assertEquals(List.of("P1"), report.getList("indicators.items.code"), path);
                assertEquals("1", report.getString("summary.facts.find { it.label == 'Indicators' }.value"), path);
            }
        }
    }

    @Test
    void theSdg11RollUpDoesNotCountIt() {
        World w = world();
        for (String path : List.of("/api/v1/programmes/" + w.programme() + "/sdg11", "/api/v1/municipalities/" + w.teryt() + "/sdg11")) {
            given().get(path).then().statusCode(200).body("targets.find { it.code == '11.4' }.indicators.count", equalTo(2));
            for (Supplier<RequestSpecification> reader : strangers()) {
                reader.get().get(path).then().statusCode(200)
                        .body("targets.find { it.code == '11.4' }.indicators.count", equalTo(1),
                                "targets.find { it.code == '11.4' }.indicators.items.id", contains((int) w.open()),
                                "provenance.statuses", equalTo(1));
            }
        }
    }

    @Test
    void theMonitoringReportOfAYearLeavesItOut() {
        World w = world();
        String path = "/api/v1/programmes/" + w.programme() + "/monitoring/2023";
        given().get(path).then().statusCode(200)
                .body("indicators.indicatorId", contains((int) w.hidden(), (int) w.open()), "illustrative", equalTo(2));
        for (Supplier<RequestSpecification> reader : strangers()) {
            reader.get().get(path).then().statusCode(200)
                    .body("indicators.indicatorId", contains((int) w.open()), "illustrative", equalTo(1));
        }
    }

    @Test
    void theComplianceChecksDoNotCountIt() {
        // pkt 10 (monitoring) is seen in the data through a RESULT indicator with a target: here only the hidden one
        World w = world();
        String path = "/api/v1/programmes/" + w.programme() + "/compliance";
        String missing = "checks.find { it.id == 'ART_15_GPR_CONTENTS' }.missing";
        List<String> all = given().get(path).then().statusCode(200).extract().jsonPath().getList(missing);
        assertFalse(all.contains("contents.monitoring"), all.toString());
        for (Supplier<RequestSpecification> reader : strangers()) {
            List<String> seen = reader.get().get(path).then().statusCode(200).extract().jsonPath().getList(missing);
            assertTrue(seen.contains("contents.monitoring"), seen.toString());
        }
    }
}
