package pl.odnowa.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;
import pl.odnowa.indicator.IndicatorFixtures;

/** What other systems need to keep a copy: updatedSince, 304 on collections, and the change feed. */
@QuarkusTest
class SyncTest extends ApiTest {

    @Test
    void updatedSinceReturnsOnlyObjectsChangedAfterTheInstant() throws InterruptedException {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt, Map.of("published", true));
        long old = project(programme, "Stary");
        String since = given().get("/api/v1/projects/" + old).then().extract().path("updatedAt");
        Thread.sleep(5);
        long fresh = project(programme, "Nowy");
        given().queryParam("programme", programme).queryParam("updatedSince", since).queryParam("sort", "updatedAt")
                .get("/api/v1/projects").then().statusCode(200).body("items.id", contains((int) fresh));
        given().queryParam("updatedSince", "last tuesday").get("/api/v1/projects")
                .then().statusCode(400).body("errors[0].field", equalTo("updatedSince"));
    }

    @Test
    void collectionsAnswerIfNoneMatchWith304UntilSomethingOnThePageChanges() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt, Map.of("published", true));
        long id = project(programme, "Rynek");
        String etag = given().queryParam("programme", programme).get("/api/v1/projects").then().statusCode(200)
                .header("ETag", notNullValue()).extract().header("ETag");
        given().queryParam("programme", programme).header("If-None-Match", etag).get("/api/v1/projects")
                .then().statusCode(304);
        String path = "/api/v1/projects/" + id;
        mergePatch(Fixtures.etag(path)).body(Map.of("title", "Rynek po zmianie")).patch(path).then().statusCode(200);
        String changed = given().queryParam("programme", programme).header("If-None-Match", etag).get("/api/v1/projects")
                .then().statusCode(200).body("items[0].title", equalTo("Rynek po zmianie")).extract().header("ETag");
        assertNotEquals(etag, changed);
        // a caller who may not see a draft gets another page, so the superadmin's tag does not match it
        Fixtures.post("/api/v1/projects", Map.of("programmeId", programme, "kind", "BASIC", "title", "Szkic", "status", "PIPELINE"));
        String withDraft = given().queryParam("programme", programme).get("/api/v1/projects").then().extract().header("ETag");
        anonymous().queryParam("programme", programme).header("If-None-Match", withDraft).get("/api/v1/projects")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void theChangeFeedGivesEveryChangeOnceInOrderWithTombstones() {
        String start = given().queryParam("limit", 1000).get("/api/v1/changes").then().statusCode(200).extract().path("next");
        String cursor = drain(start);
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt, Map.of("published", true));
        long id = project(programme, "Dworzec");
        String path = "/api/v1/projects/" + id;
        mergePatch(Fixtures.etag(path)).body(Map.of("status", "COMPLETION")).patch(path).then().statusCode(200);
        given().header("If-Match", Fixtures.etag(path)).delete(path).then().statusCode(204);

        List<Map<String, Object>> changes = follow(cursor, 2);
        List<String> ofProject = changes.stream().filter(c -> c.get("entity").equals("project") && c.get("id").equals(Long.toString(id)))
                .map(c -> (String) c.get("action")).toList();
        assertEquals(List.of("CREATE", "UPDATE", "DELETE"), ofProject);
        // (changes of earlier tests may still arrive: a change is served once every older transaction has ended)
        Map<String, Object> created = changes.stream()
                .filter(c -> c.get("entity").equals("project") && c.get("id").equals(Long.toString(id))).findFirst().orElseThrow();
        assertEquals(path, created.get("href"));
        assertTrue(changes.stream().anyMatch(c -> c.get("entity").equals("municipality") && c.get("id").equals(teryt)));
        Set<String> cursors = new HashSet<>();
        changes.forEach(c -> assertTrue(cursors.add((String) c.get("cursor")), "each change once"));
        assertFalse(changes.stream().anyMatch(c -> c.get("entity").equals("user") || c.get("entity").equals("api_key")));
    }

    @Test
    void aDraftLooksDeletedToReadersWhoMayNotSeeIt() {
        String cursor = drain(given().queryParam("limit", 1000).get("/api/v1/changes").then().extract().path("next"));
        String teryt = Fixtures.municipality();
        long draft = Fixtures.programme(teryt);
        anonymous().queryParam("since", cursor).queryParam("limit", 1000).get("/api/v1/changes").then().statusCode(200)
                .body("items.findAll { it.entity == 'programme' && it.id == '" + draft + "' }.action", contains("DELETE"));
        given().queryParam("since", cursor).queryParam("limit", 1000).get("/api/v1/changes").then()
                .body("items.findAll { it.entity == 'programme' && it.id == '" + draft + "' }.action", contains("CREATE"));
        given().queryParam("since", "not-a-cursor").get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
    }

    @Test
    void theRecordsOfADraftProgrammeLookDeletedUntilItIsPublished() {
        String cursor = drain(given().queryParam("limit", 1000).get("/api/v1/changes").then().extract().path("next"));
        String teryt = Fixtures.municipality();
        long draft = Fixtures.programme(teryt);
        long area = Fixtures.post("/api/v1/areas", Map.of("programmeId", draft, "kind", "REVITALISATION",
                "name", "Obszar szkicu")).longValue();
        long project = project(draft, "Projekt szkicu");
        long indicator = IndicatorFixtures.indicator(draft, Map.of());
        long observation = IndicatorFixtures.observation(indicator, 2022, "12.5", null);
        long monitoring = Fixtures.post("/api/v1/monitoring-records", Map.of("projectId", project, "year", 2024,
                "progress", "40")).longValue();
        Map<String, Object> ring = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(19.03, 49.82),
                List.of(19.04, 49.82), List.of(19.04, 49.83), List.of(19.03, 49.83), List.of(19.03, 49.82))));
        long unit = Fixtures.post("/api/v1/spatial-units", Map.of("municipality", teryt, "code", "U1",
                "name", "Jednostka U1", "geometry", ring, "residents", 1000)).longValue();
        // an indicator deleted while a draft takes its observations' history with it
        long deleted = IndicatorFixtures.indicator(draft, Map.of());
        long deletedObservation = IndicatorFixtures.observation(deleted, 2021, "3.0", null);
        given().header("If-Match", Fixtures.etag("/api/v1/indicators/" + deleted)).delete("/api/v1/indicators/" + deleted)
                .then().statusCode(204);
        List<String> records = List.of("area " + area, "project " + project, "indicator " + indicator,
                "observation " + observation, "monitoring_record " + monitoring);

        // while the programme is a draft, its records, even a published project, are tombstones without a version
        Map<String, Map<String, Object>> anonymous = byRecord(follow(ApiTest::anonymous, cursor, 1000));
        for (String record : records) {
            assertEquals("DELETE", anonymous.get(record).get("action"), record);
            assertEquals(null, anonymous.get(record).get("href"), record);
            assertEquals(null, anonymous.get(record).get("version"), record);
        }
        assertEquals(List.of("DELETE", "DELETE"), follow(ApiTest::anonymous, cursor, 1000).stream()
                .filter(c -> c.get("entity").equals("observation") && c.get("id").equals(Long.toString(deletedObservation)))
                .map(c -> c.get("action")).toList());
        Map<String, Map<String, Object>> superadmin = byRecord(follow(RestAssured::given, cursor, 1000));
        for (String record : records) {
            assertNotEquals("DELETE", superadmin.get(record).get("action"), record);
            assertNotNull(superadmin.get(record).get("href"), record);
        }
        assertEquals("/api/v1/indicators/" + indicator + "/observations/" + observation,
                superadmin.get("observation " + observation).get("href"));
        // a record of no programme is as it was, with its own path
        assertEquals("/api/v1/spatial-units/" + unit, anonymous.get("spatial_unit " + unit).get("href"));

        // published, the programme's later changes show; the earlier answers stay as they were given
        String after = drain(cursor);
        String path = "/api/v1/programmes/" + draft;
        mergePatch(Fixtures.etag(path)).body(Map.of("published", true)).patch(path).then().statusCode(200);
        String areaPath = "/api/v1/areas/" + area;
        mergePatch(Fixtures.etag(areaPath)).body(Map.of("name", "Obszar opublikowany")).patch(areaPath).then().statusCode(200);
        Map<String, Object> update = byRecord(follow(ApiTest::anonymous, after, 1000)).get("area " + area);
        assertEquals("UPDATE", update.get("action"));
        assertEquals(areaPath, update.get("href"));
        assertEquals("DELETE", byRecord(follow(ApiTest::anonymous, cursor, 1000)).get("project " + project).get("action"));
    }

    @Test
    void theIndicatorsOfADraftProjectLookDeletedUntilItIsPublished() {
        String cursor = drain(given().queryParam("limit", 1000).get("/api/v1/changes").then().extract().path("next"));
        long programme = Fixtures.programme(Fixtures.municipality(), Map.of("published", true));
        long draft = Fixtures.post("/api/v1/projects", Map.of("programmeId", programme, "kind", "BASIC", "title", "Szkic",
                "status", "PIPELINE")).longValue();
        long indicator = IndicatorFixtures.indicator(programme, Map.of("scope", "PROJECT", "projectId", draft));
        long observation = IndicatorFixtures.observation(indicator, 2022, "12.5", null);
        long open = IndicatorFixtures.indicator(programme, Map.of());

        Map<String, Map<String, Object>> anonymous = byRecord(follow(ApiTest::anonymous, cursor, 1000));
        for (String record : List.of("indicator " + indicator, "observation " + observation)) {
            assertEquals("DELETE", anonymous.get(record).get("action"), record);
            assertEquals(null, anonymous.get(record).get("href"), record);
        }
        assertEquals("CREATE", anonymous.get("indicator " + open).get("action"));
        Map<String, Map<String, Object>> superadmin = byRecord(follow(RestAssured::given, cursor, 1000));
        for (String record : List.of("indicator " + indicator, "observation " + observation)) {
            assertNotEquals("DELETE", superadmin.get(record).get("action"), record);
            assertNotNull(superadmin.get(record).get("href"), record);
        }

        // published, the project's later changes show; the earlier answers stay as they were given
        String after = drain(cursor);
        String path = "/api/v1/projects/" + draft;
        mergePatch(Fixtures.etag(path)).body(Map.of("published", true)).patch(path).then().statusCode(200);
        long later = IndicatorFixtures.observation(indicator, 2023, "13", null);
        Map<String, Object> created = byRecord(follow(ApiTest::anonymous, after, 1000)).get("observation " + later);
        assertEquals("CREATE", created.get("action"));
        assertEquals("/api/v1/indicators/" + indicator + "/observations/" + later, created.get("href"));
        assertEquals("DELETE", byRecord(follow(ApiTest::anonymous, cursor, 1000)).get("observation " + observation).get("action"));
    }

    /** The last change of each record, keyed by entity and id. */
    private static Map<String, Map<String, Object>> byRecord(List<Map<String, Object>> changes) {
        Map<String, Map<String, Object>> last = new HashMap<>();
        changes.forEach(c -> last.put(c.get("entity") + " " + c.get("id"), c));
        return last;
    }

    /** Follows the feed from the cursor until it is at the end; the cursor at the end. */
    private static String drain(String cursor) {
        JsonPath page;
        do {
            page = given().queryParam("since", cursor).queryParam("limit", 1000).get("/api/v1/changes").then().statusCode(200)
                    .extract().jsonPath();
            cursor = page.getString("next");
        } while (page.getBoolean("more"));
        return cursor;
    }

    /** Every change after the cursor, read in pages of the given size. */
    private static List<Map<String, Object>> follow(String cursor, int pageSize) {
        return follow(RestAssured::given, cursor, pageSize);
    }

    /** Every change after the cursor, read by the given caller in pages of the given size. */
    private static List<Map<String, Object>> follow(Supplier<RequestSpecification> caller, String cursor, int pageSize) {
        List<Map<String, Object>> all = new ArrayList<>();
        JsonPath page;
        do {
            page = caller.get().queryParam("since", cursor).queryParam("limit", pageSize).get("/api/v1/changes").then().statusCode(200)
                    .extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (page.getBoolean("more"));
        return all;
    }

    private static long project(long programme, String title) {
        return Fixtures.post("/api/v1/projects", Map.of("programmeId", programme, "kind", "BASIC", "title", title,
                "status", "PIPELINE", "published", true)).longValue();
    }
}
