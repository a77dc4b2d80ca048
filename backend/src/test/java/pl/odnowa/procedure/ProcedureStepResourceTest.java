package pl.odnowa.procedure;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Callers;
import pl.odnowa.common.Fixtures;

@QuarkusTest
class ProcedureStepResourceTest extends ApiTest {

    static final String PATH = "/api/v1/procedure-steps";

    static Map<String, Object> body(long programme, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme, "kind", "AREA_DESIGNATION",
                "date", "2022-08-25", "documentNumber", "XLVII/1091/2022",
                "journalReference", "Dz. Urz. Woj. Śląskiego 2022 poz. 5426", "source", "test"));
        body.putAll(overrides);
        return body;
    }

    private static void assertNothingIn(long programme) {
        json().queryParam("programme", programme).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aStepIsRecordedReadListedInProcedureOrderAndAudited() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long designation = Fixtures.post(PATH, body(programme, Map.of())).longValue();
        Fixtures.post(PATH, body(programme, Map.of("kind", "START_RESOLUTION", "date", "2022-09-22",
                "documentNumber", "XLVIII/1119/2022")));
        Map<String, Object> undated = body(programme, Map.of("kind", "ADOPTION"));
        undated.remove("date");
        Fixtures.post(PATH, undated);

        json().get(PATH + "/" + designation).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("AREA_DESIGNATION")).body("article", equalTo("art. 8, 11"))
                .body("journalReference", equalTo("Dz. Urz. Woj. Śląskiego 2022 poz. 5426"))
                .body("committeeOpinionDate", nullValue());
        json().header("If-None-Match", "\"0\"").get(PATH + "/" + designation).then().statusCode(304);
        json().queryParam("programme", programme).get(PATH).then().statusCode(200)
                .body("items.kind", contains("AREA_DESIGNATION", "START_RESOLUTION", "ADOPTION"))
                .body("items[2].date", nullValue());
        json().queryParam("programme", programme).queryParam("kind", "START_RESOLUTION").get(PATH).then()
                .body("items.documentNumber", contains("XLVIII/1119/2022"));
        json().get(PATH + "/" + designation + "/history").then().statusCode(200)
                .body("items.action", hasItem("CREATE")).body("items[0].entity", equalTo("procedure_step"));
    }

    @Test
    void writesNeedTheCurrentEtagAndAnEditorOfTheCity() {
        String city = Fixtures.municipality();
        long programme = Fixtures.programme(city);
        long id = Fixtures.post(PATH, body(programme, Map.of("kind", "ASSESSMENT", "date", "2025-10-01"))).longValue();
        mergePatch("\"0\"").body(Map.of("committeeOpinionDate", "2025-10-15", "bipPublishedOn", "2025-10-20"))
                .patch(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("committeeOpinionDate", equalTo("2025-10-15")).body("bipPublishedOn", equalTo("2025-10-20"));
        mergePatch("\"0\"").body(Map.of("source", "stale")).patch(PATH + "/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        json().body(body(programme, Map.of("kind", "ASSESSMENT"))).put(PATH + "/" + id).then().statusCode(428);
        as(Callers.token(city, "VIEWER")).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(body(programme, Map.of())).put(PATH + "/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        anonymous().contentType(ContentType.JSON).body(body(programme, Map.of())).post(PATH).then().statusCode(401);
        json().header("If-Match", "\"1\"").delete(PATH + "/" + id).then().statusCode(204);
        json().get(PATH + "/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        long programme = Fixtures.programme(Fixtures.municipality());
        Map<String, Object> noKind = body(programme, Map.of());
        noKind.remove("kind");
        expectField(noKind, "kind");
        expectField(body(programme, Map.of("kind", "CONSULTATION")), "kind");
        expectField(body(programme, Map.of("date", "25.08.2022")), "date");
        expectField(body(programme, Map.of("bipUrl", "bip.um.bielsko.pl")), "bipUrl");
        expectField(body(programme, Map.of("documentNumber", "x".repeat(101))), "documentNumber");
        expectField(body(programme, Map.of("committeeOpinionDate", "2022-09-01")), "committeeOpinionDate");
        expectField(body(programme, Map.of("kind", "ASSESSMENT", "date", "2025-10-01", "bipPublishedOn", "2025-09-30")),
                "bipPublishedOn");
        assertNothingIn(programme);
        json().body(body(999_999_999L, Map.of())).post(PATH).then().statusCode(400).body("errors.field", hasItem("programmeId"));
        json().queryParam("kind", "NOPE").get(PATH).then().statusCode(400).body("errors.field", hasItem("kind"));
    }

    @Test
    void aCreatedStepAnswersWithItsLocation() {
        long programme = Fixtures.programme(Fixtures.municipality());
        json().body(body(programme, Map.of())).post(PATH).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*" + PATH + "/[0-9]+"))
                .header("ETag", endsWith("\"0\""));
    }

    private static void expectField(Map<String, Object> body, String field) {
        json().body(body).post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors.field", hasItem(field));
    }
}
