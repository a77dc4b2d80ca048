package pl.odnowa.monitoring;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Callers;
import pl.odnowa.common.Fixtures;
import pl.odnowa.indicator.IndicatorFixtures;

/**
 * Monitoring through the HTTP API, with worked examples. The figures are the tests' own and illustrative: no public
 * source gives monitoring figures of a real programme.
 */
@QuarkusTest
class MonitoringResourceTest extends ApiTest {

    static final String PATH = "/api/v1/monitoring-records";

    static long project(long programme, String title) {
        return Fixtures.post("/api/v1/projects", Map.of("programmeId", programme, "kind", "BASIC", "title", title,
                "status", "IMPLEMENTATION")).longValue();
    }

    static Map<String, Object> body(long project, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("projectId", project, "year", 2024, "progress", "40",
                "note", "Roboty budowlane w toku.",
                "funding", List.of(Map.of("source", "Unia Europejska – EFRR", "instrument", "GRANT",
                        "planned", "100000.00", "actual", "80000.00")),
                "source", "test, dane ilustracyjne"));
        body.putAll(overrides);
        return body;
    }

    @Test
    void aYearOfAProjectIsRecordedWithItsExecutionListedAndAudited() {
        // Worked example: EFRR planned 100,000.00 and spent 80,000.00 in 2024 → execution 80,000 ÷ 100,000 = 0.8000.
        long programme = Fixtures.programme(Fixtures.municipality());
        long project = project(programme, unique("Plac"));
        long id = Fixtures.post(PATH, body(project, Map.of())).longValue();

        json().get(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("projectId", equalTo((int) project)).body("programmeId", equalTo((int) programme))
                .body("year", equalTo(2024)).body("progress", equalTo("40.00"))
                .body("funding[0].source", equalTo("Unia Europejska – EFRR")).body("funding[0].planned", equalTo("100000.00"))
                .body("funding[0].actual", equalTo("80000.00")).body("funding[0].executionRatio", equalTo("0.8000"))
                .body("plannedTotal", equalTo("100000.00")).body("actualTotal", equalTo("80000.00"))
                .body("executionRatio", equalTo("0.8000")).body("illustrative", equalTo(true));
        json().header("If-None-Match", "\"0\"").get(PATH + "/" + id).then().statusCode(304);

        // A second source whose actual spending is not recorded: the totals are not given (never a partial sum, never 0).
        mergePatch("\"0\"").body(Map.of("funding", List.of(
                Map.of("source", "Unia Europejska – EFRR", "instrument", "GRANT", "planned", "100000.00", "actual", "80000.00"),
                Map.of("source", "Budżet gminy", "instrument", "OWN", "planned", "20000.00"))))
                .patch(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("funding[1].actual", nullValue()).body("funding[1].executionRatio", nullValue())
                .body("plannedTotal", equalTo("120000.00")).body("actualTotal", nullValue()).body("executionRatio", nullValue());

        long y2023 = Fixtures.post(PATH, body(project, Map.of("year", 2023, "progress", "5", "funding", List.of()))).longValue();
        json().get("/api/v1/projects/" + project + "/monitoring").then().statusCode(200)
                .body("year", contains(2023, 2024)).body("[0].plannedTotal", nullValue()).body("[0].id", equalTo((int) y2023));
        json().queryParam("programme", programme).queryParam("year", 2024).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo((int) id));
        json().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("items.entity", hasItem("monitoring_record")).body("items.action", contains("UPDATE", "CREATE"));
    }

    @Test
    void oneRecordPerProjectAndYearAndTheProjectAndYearCannotChange() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long project = project(programme, unique("Kamienica"));
        long other = project(programme, unique("Park"));
        long id = Fixtures.post(PATH, body(project, Map.of())).longValue();
        json().body(body(project, Map.of("progress", "50"))).post(PATH).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already has a monitoring record for 2024"));
        json().header("If-Match", "\"0\"").body(body(project, Map.of("year", 2025))).put(PATH + "/" + id).then().statusCode(400)
                .body("errors.field", hasItem("year"));
        json().header("If-Match", "\"0\"").body(body(other, Map.of())).put(PATH + "/" + id).then().statusCode(400)
                .body("errors.field", hasItem("projectId"));
        json().header("If-Match", "\"0\"").body(body(project, Map.of("progress", "100"))).put(PATH + "/" + id).then()
                .statusCode(200).body("progress", equalTo("100.00")).body("version", equalTo(1));
    }

    @Test
    void writesNeedTheCurrentEtagAndAnEditorOfTheCity() {
        String city = Fixtures.municipality();
        long programme = Fixtures.programme(city);
        long project = project(programme, unique("Dworzec"));
        long id = Fixtures.post(PATH, body(project, Map.of())).longValue();
        mergePatch("\"5\"").body(Map.of("progress", "60")).patch(PATH + "/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        json().header("If-Match", "\"7\"").body(body(project, Map.of())).put(PATH + "/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        json().body(body(project, Map.of())).put(PATH + "/" + id).then().statusCode(428);
        as(Callers.token(city, "VIEWER")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(project, Map.of())).put(PATH + "/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        anonymous().contentType(ContentType.JSON).body(body(project, Map.of("year", 2025))).post(PATH).then().statusCode(401);
        // the project is a draft: residents see neither it nor its monitoring
        anonymous().get(PATH + "/" + id).then().statusCode(404);
        anonymous().get("/api/v1/projects/" + project + "/monitoring").then().statusCode(404);
        json().get(PATH + "/" + id).then().statusCode(200).body("progress", equalTo("40.00"));
        json().header("If-Match", "\"0\"").delete(PATH + "/" + id).then().statusCode(204);
        json().get(PATH + "/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        long programme = Fixtures.programme(Fixtures.municipality()); // period 2022–2030
        long project = project(programme, unique("Skwer"));
        Map<String, Object> noYear = body(project, Map.of());
        noYear.remove("year");
        expectField(noYear, "year");
        expectField(body(project, Map.of("year", 2021)), "year");
        expectField(body(project, Map.of("year", 2031)), "year");
        expectField(body(project, Map.of("progress", "100.5")), "progress");
        expectField(body(project, Map.of("progress", "-1")), "progress");
        expectField(body(project, Map.of("progress", "dużo")), "progress");
        expectField(body(project, Map.of("funding", List.of(Map.of("source", "EFRR", "planned", "-0.01")))), "funding[0].planned");
        expectField(body(project, Map.of("funding", List.of(Map.of("source", "EFRR", "actual", "1.001")))), "funding[0].actual");
        expectField(body(project, Map.of("funding", List.of(Map.of("planned", "1.00")))), "funding[0].source");
        expectField(body(project, Map.of("funding", List.of(Map.of("source", "EFRR", "instrument", "GIFT")))), "funding");
        expectField(body(project, Map.of("funding", List.of(Map.of("source", "EFRR"), Map.of("source", "efrr")))),
                "funding[1].source");
        expectField(body(project, Map.of("note", "x".repeat(2001))), "note");
        json().body(body(999_999_999L, Map.of())).post(PATH).then().statusCode(400).body("errors.field", hasItem("projectId"));
        json().queryParam("project", project).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        json().queryParam("year", "abc").get(PATH).then().statusCode(400).body("errors.field", hasItem("year"));
        json().get("/api/v1/programmes/" + programme + "/monitoring/2031").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("year"));
        json().get("/api/v1/programmes/" + programme + "/monitoring/abc").then().statusCode(400)
                .body("errors.field", hasItem("year"));
        json().get("/api/v1/programmes/999999999/monitoring/2024").then().statusCode(404);
    }

    @Test
    void theMonitoringReportOfAYearShowsEveryProjectAndIndicatorAndWhatIsNotRecorded() {
        long programme = Fixtures.programme(Fixtures.municipality()); // period 2022–2030
        long square = project(programme, "Plac A " + unique(""));
        long park = project(programme, "Park B " + unique(""));
        long station = project(programme, "Dworzec C " + unique(""));
        // square: EFRR 100,000.00 planned / 80,000.00 actual → 0.8000
        Fixtures.post(PATH, body(square, Map.of()));
        // park: EFRR 50,000.00 / 30,000.00 and own budget 10,000.00 / 10,000.00 → totals 60,000.00 / 40,000.00 → 0.6667
        Fixtures.post(PATH, body(park, Map.of("progress", "10", "source", "Sprawozdanie roczne", "funding", List.of(
                Map.of("source", "Unia Europejska – EFRR", "instrument", "GRANT", "planned", "50000.00", "actual", "30000.00"),
                Map.of("source", "Budżet gminy", "instrument", "OWN", "planned", "10000.00", "actual", "10000.00")))));
        // a 2023 record of the station does not count in 2024: the station is NOT_RECORDED in 2024
        Fixtures.post(PATH, body(station, Map.of("year", 2023)));
        // OUTPUT indicator: baseline 2022: 1 ha, target 2030: 5 ha, observed 2023: 2, 2024: 3, 2025: 5 →
        // achieved up to 2024 is 3 (2024), degree of achievement 3 ÷ 5 = 0.6000; the 2025 value is not read.
        long output = IndicatorFixtures.indicator(programme, Map.of("code", "M1", "level", "OUTPUT", "direction", "HIGHER",
                "unit", "ha", "namePl", "Powierzchnia zrewitalizowanych przestrzeni", "nameEn", "Area of revitalised spaces",
                "baseline", Map.of("year", 2022, "value", "1"), "target", Map.of("year", 2030, "value", "5"), "source", "test"));
        IndicatorFixtures.observation(output, 2023, "2", null);
        IndicatorFixtures.observation(output, 2024, "3", null);
        IndicatorFixtures.observation(output, 2025, "5", null);
        // RESULT indicator without observations: nothing achieved is recorded
        IndicatorFixtures.indicator(programme, Map.of("code", "M2", "level", "RESULT", "source", "illustrative"));

        JsonPath r = json().get("/api/v1/programmes/" + programme + "/monitoring/2024").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
        Assertions.assertEquals(2024, r.getInt("year"));
        Assertions.assertEquals(List.of("RECORDED", "RECORDED", "NOT_RECORDED"), r.getList("projects.monitoring"));
        Assertions.assertEquals("0.8000", r.getString("projects[0].executionRatio"));
        Assertions.assertEquals("60000.00", r.getString("projects[1].plannedTotal"));
        Assertions.assertEquals("40000.00", r.getString("projects[1].actualTotal"));
        Assertions.assertEquals("0.6667", r.getString("projects[1].executionRatio"));
        Assertions.assertNull(r.get("projects[2].progress"));
        Assertions.assertNull(r.get("projects[2].plannedTotal"));
        Assertions.assertEquals(List.of(true, false, false), r.getList("projects.illustrative"));
        // totals: 100,000 + 60,000 = 160,000.00 planned, 80,000 + 40,000 = 120,000.00 actual → 0.7500
        Assertions.assertEquals(3, r.getInt("totals.projects"));
        Assertions.assertEquals(2, r.getInt("totals.recorded"));
        Assertions.assertEquals(2, r.getInt("totals.inTotals"));
        Assertions.assertEquals("160000.00", r.getString("totals.planned"));
        Assertions.assertEquals("120000.00", r.getString("totals.actual"));
        Assertions.assertEquals("0.7500", r.getString("totals.executionRatio"));
        // per source: Budżet gminy 10,000/10,000 → 1.0000; EFRR 150,000/110,000 → 0.7333
        Assertions.assertEquals(List.of("Budżet gminy", "Unia Europejska – EFRR"), r.getList("bySource.source"));
        Assertions.assertEquals("1.0000", r.getString("bySource[0].executionRatio"));
        Assertions.assertEquals("150000.00", r.getString("bySource[1].planned"));
        Assertions.assertEquals("110000.00", r.getString("bySource[1].actual"));
        Assertions.assertEquals("0.7333", r.getString("bySource[1].executionRatio"));

        Assertions.assertEquals(List.of("M1", "M2"), r.getList("indicators.code"));
        Assertions.assertEquals("3", r.getString("indicators[0].achieved.value"));
        Assertions.assertEquals(2024, r.getInt("indicators[0].achieved.year"));
        Assertions.assertEquals("3", r.getString("indicators[0].valueInYear"));
        Assertions.assertEquals("0.6000", r.getString("indicators[0].degreeOfAchievement"));
        Assertions.assertEquals("1", r.getString("indicators[0].baseline.value"));
        Assertions.assertEquals("5", r.getString("indicators[0].target.value"));
        Assertions.assertEquals(false, r.getBoolean("indicators[0].illustrative"));
        Assertions.assertNull(r.get("indicators[1].achieved"));
        Assertions.assertNull(r.get("indicators[1].valueInYear"));
        Assertions.assertNull(r.get("indicators[1].degreeOfAchievement"));
        Assertions.assertEquals("INSUFFICIENT_DATA", r.getString("indicators[1].status"));
        Assertions.assertEquals(true, r.getBoolean("indicators[1].illustrative"));
        Assertions.assertEquals(2, r.getInt("illustrative"));

        // 2023: only the station recorded; the indicator reads 2023: 2 → 2 ÷ 5 = 0.4000
        json().get("/api/v1/programmes/" + programme + "/monitoring/2023").then().statusCode(200)
                .body("projects.monitoring", contains("NOT_RECORDED", "NOT_RECORDED", "RECORDED"))
                .body("indicators[0].degreeOfAchievement", equalTo("0.4000"))
                .body("indicators[0].valueInYear", equalTo("2"));
    }

    @Test
    void theChangeFeedCarriesMonitoringRecordsWithTheirAddresses() {
        String cursor = drain(json().queryParam("limit", 1000).get("/api/v1/changes").then().statusCode(200).extract().path("next"));
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = Fixtures.post(PATH, body(project(programme, unique("Most")), Map.of())).longValue();
        json().header("If-Match", "\"0\"").delete(PATH + "/" + id).then().statusCode(204);
        List<Map<String, Object>> changes = new ArrayList<>();
        JsonPath page;
        do {
            page = json().queryParam("since", cursor).queryParam("limit", 1000).get("/api/v1/changes").then().statusCode(200)
                    .extract().jsonPath();
            changes.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (page.getBoolean("more"));
        List<Map<String, Object>> ours = changes.stream()
                .filter(c -> c.get("entity").equals("monitoring_record") && c.get("id").equals(Long.toString(id))).toList();
        Assertions.assertEquals(List.of("CREATE", "DELETE"), ours.stream().map(c -> c.get("action")).toList());
        Assertions.assertEquals(PATH + "/" + id, ours.get(0).get("href"));
    }

    @Test
    void aProjectWithMonitoringCannotBeDeleted() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long project = project(programme, unique("Wiadukt"));
        Fixtures.post(PATH, body(project, Map.of()));
        json().header("If-Match", Fixtures.etag("/api/v1/projects/" + project)).delete("/api/v1/projects/" + project)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("monitoring records still belong to this project"));
    }

    private static String drain(String cursor) {
        JsonPath page;
        do {
            page = json().queryParam("since", cursor).queryParam("limit", 1000).get("/api/v1/changes").then().statusCode(200)
                    .extract().jsonPath();
            cursor = page.getString("next");
        } while (page.getBoolean("more"));
        return cursor;
    }

    private static void expectField(Map<String, Object> body, String field) {
        json().body(body).post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors.field", hasItem(startsWith(field)));
    }
}
