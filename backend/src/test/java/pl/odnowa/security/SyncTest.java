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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

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
        List<Map<String, Object>> all = new ArrayList<>();
        JsonPath page;
        do {
            page = given().queryParam("since", cursor).queryParam("limit", pageSize).get("/api/v1/changes").then().statusCode(200)
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
