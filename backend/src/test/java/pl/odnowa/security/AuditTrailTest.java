package pl.odnowa.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Callers;
import pl.odnowa.common.Fixtures;

/** Every write is recorded with who, when, what and the row before and after, in the write's own transaction. */
@QuarkusTest
class AuditTrailTest extends ApiTest {

    @Test
    void historyRecordsWhoChangedWhatBeforeAndAfter() {
        String teryt = Fixtures.municipality();
        String editorName = Callers.user(teryt, "EDITOR");
        String editor = token(editorName, Callers.PASSWORD);
        long programme = Fixtures.programme(teryt, Map.of("published", true));
        long id = ((Number) as(editor).contentType(ContentType.JSON)
                .body(Map.of("programmeId", programme, "kind", "BASIC", "title", "Rynek", "status", "PIPELINE", "totalCost", "100.00", "published", true,
                        "fundingSources", List.of(Map.of("source", "EFRR", "instrument", "GRANT", "amount", "60.00"))))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id")).longValue();
        String path = "/api/v1/projects/" + id;
        as(editor).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", Fixtures.etag(path))
                .body(Map.of("status", "IMPLEMENTATION")).patch(path).then().statusCode(200);

        JsonPath history = as(editor).get(path + "/history").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = history.getList("items");
        String update = "items.find { it.part == null && it.action == 'UPDATE' }";
        assertEquals(editorName, history.getString(update + ".actor"));
        assertEquals("PIPELINE", history.getString(update + ".before.status"));
        assertEquals("IMPLEMENTATION", history.getString(update + ".after.status"));
        assertEquals(teryt, history.getString(update + ".municipality"));
        // the creation: the project row and its funding source, as a part of the project
        assertEquals(List.of("CREATE"), items.stream().filter(i -> i.get("part") == null && !"UPDATE".equals(i.get("action")))
                .map(i -> i.get("action")).toList());
        assertEquals(List.of("EFRR"), history.getList("items.findAll { it.part == 'project_funding' && it.action == 'UPDATE' "
                + "&& it.after != null && it.before == null }.after.source").stream().distinct().toList());
        anonymous().get(path + "/history").then().statusCode(401);
        as(Callers.token(Fixtures.municipality(), "ADMIN")).get(path + "/history").then().statusCode(403);
    }

    @Test
    void observationsHaveTheirHistoryToo() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt, Map.of("published", true));
        long indicator = pl.odnowa.indicator.IndicatorFixtures.indicator(programme, Map.of());
        long observation = Fixtures.post("/api/v1/indicators/" + indicator + "/observations", Map.of("period", 2023, "value", "12.5"))
                .longValue();
        given().get("/api/v1/indicators/" + indicator + "/observations/" + observation + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("CREATE")).body("items[0].after.period", equalTo(2023))
                .body("items[0].actor", equalTo("admin"));
    }

    @Test
    void aRefusedWriteLeavesNoRecord() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        String path = "/api/v1/programmes/" + programme;
        int before = given().get(path + "/history").then().extract().jsonPath().getInt("totalItems");
        // a failing write: a rule broken after the row was locked and touched
        mergePatch(Fixtures.etag(path)).body(Map.of("periodTo", 1999)).patch(path).then().statusCode(400);
        as(Callers.token(Fixtures.municipality(), "EDITOR")).contentType("application/merge-patch+json; charset=UTF-8")
                .header("If-Match", Fixtures.etag(path)).body(Map.of("name", "x")).patch(path).then().statusCode(403);
        given().get(path + "/history").then().body("totalItems", equalTo(before));
    }

    @Test
    void theAuditSearchIsForAdminsOfTheMunicipalityAndNeverHoldsSecrets() {
        String teryt = Fixtures.municipality();
        String admin = Callers.token(teryt, "ADMIN");
        Callers.user(teryt, "EDITOR");
        Callers.apiKey(teryt, "VIEWER");
        JsonPath audit = as(admin).queryParam("municipality", "2461011").get("/api/v1/audit").then().statusCode(200)
                .body("items.municipality", everyItem(equalTo(teryt))).extract().jsonPath();
        List<String> entities = audit.getList("items.entity");
        assertFalse(entities.isEmpty());
        String text = audit.prettify();
        assertFalse(text.contains("password_hash") || text.contains("key_hash") || text.contains("$2a$"), "no secrets in the audit log");
        as(admin).queryParam("entity", "user").get("/api/v1/audit").then().body("items.after", not(hasItem(nullValue())));
        as(Callers.token(teryt, "EDITOR")).get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json");
        given().queryParam("actor", "system").queryParam("municipality", "2461011").queryParam("size", 1).get("/api/v1/audit")
                .then().statusCode(200).body("items[0].actor", equalTo("system"));
        given().queryParam("from", "yesterday").get("/api/v1/audit").then().statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
