package pl.odnowa.consultation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Callers;
import pl.odnowa.common.Fixtures;

@QuarkusTest
class ConsultationResourceTest extends ApiTest {

    static final String PATH = "/api/v1/consultations";

    static Map<String, Object> body(long programme, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme,
                "subject", "Projekt uchwały w sprawie wyznaczenia obszaru zdegradowanego i obszaru rewitalizacji",
                "startDate", "2024-03-01", "endDate", "2024-04-04",
                "forms", List.of("ELECTRONIC_COMMENTS", "MEETING", "WALK_STUDY"), "source", "test"));
        body.putAll(overrides);
        return body;
    }

    private static void assertNothingIn(long programme) {
        json().queryParam("programme", programme).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aConsultationWithCommentsIsRecordedReadListedAndAudited() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = Fixtures.post(PATH, body(programme, Map.of("comments", List.of(
                Map.of("author", "Stowarzyszenie Mieszkańców", "content", "Proszę włączyć ul. Wzgórze.",
                        "response", "Uwzględniono.", "outcome", "ACCEPTED"),
                Map.of("content", "Więcej zieleni.", "outcome", "PARTLY_ACCEPTED"))))).longValue();
        Fixtures.post(PATH, body(programme, Map.of("subject", "Projekt GPR", "startDate", "2024-09-02", "endDate", "2024-10-07")));

        json().get(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("days", equalTo(35)).body("forms", contains("ELECTRONIC_COMMENTS", "MEETING", "WALK_STUDY"))
                .body("comments.author", contains("Stowarzyszenie Mieszkańców", null))
                .body("comments[1].outcome", equalTo("PARTLY_ACCEPTED")).body("summaryPublishedOn", nullValue());
        json().header("If-None-Match", "\"0\"").get(PATH + "/" + id).then().statusCode(304);
        json().queryParam("programme", programme).get(PATH).then().statusCode(200)
                .body("items.subject", contains("Projekt uchwały w sprawie wyznaczenia obszaru zdegradowanego i obszaru rewitalizacji",
                        "Projekt GPR"));
        mergePatch("\"0\"").body(Map.of("summaryPublishedOn", "2024-04-20", "summaryUrl", "https://bip.example.pl/podsumowanie",
                "comments", List.of(Map.of("content", "Więcej zieleni.", "response", "Częściowo.", "outcome", "PARTLY_ACCEPTED"))))
                .patch(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("comments.content", contains("Więcej zieleni.")).body("summaryPublishedOn", equalTo("2024-04-20"));
        json().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("items.entity", hasItem("consultation")).body("items.part", hasItem("consultation_comment"));
    }

    @Test
    void writesNeedTheCurrentEtagAndAnEditorOfTheCityAndResidentsSeeOnlyPublishedProgrammes() {
        String city = Fixtures.municipality();
        long programme = Fixtures.programme(city);
        long id = Fixtures.post(PATH, body(programme, Map.of())).longValue();
        mergePatch("\"5\"").body(Map.of("source", "stale")).patch(PATH + "/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        json().body(body(programme, Map.of())).put(PATH + "/" + id).then().statusCode(428);
        as(Callers.token(city, "VIEWER")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(programme, Map.of())).put(PATH + "/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        anonymous().contentType(ContentType.JSON).body(body(programme, Map.of())).post(PATH).then().statusCode(401);
        anonymous().get(PATH + "/" + id).then().statusCode(404);
        anonymous().queryParam("programme", programme).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        json().header("If-Match", "\"0\"").delete(PATH + "/" + id).then().statusCode(204);
        json().get(PATH + "/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        long programme = Fixtures.programme(Fixtures.municipality());
        Map<String, Object> noProgramme = body(programme, Map.of());
        noProgramme.remove("programmeId");
        expectField(noProgramme, "programmeId");
        expectField(body(programme, Map.of("forms", List.of("LETTER"))), "forms");
        expectField(body(programme, Map.of("forms", List.of("MEETING", "MEETING"))), "forms[1]");
        expectField(body(programme, Map.of("startDate", "01.03.2024")), "startDate");
        expectField(body(programme, Map.of("endDate", "2024-02-28")), "endDate");
        expectField(body(programme, Map.of("summaryPublishedOn", "2024-02-01")), "summaryPublishedOn");
        expectField(body(programme, Map.of("summaryUrl", "bip.example.pl")), "summaryUrl");
        expectField(body(programme, Map.of("subject", "x".repeat(501))), "subject");
        expectField(body(programme, Map.of("comments", List.of(Map.of("author", "Ktoś")))), "comments[0].content");
        expectField(body(programme, Map.of("comments", List.of(Map.of("content", "Uwaga", "outcome", "MAYBE")))), "comments");
        assertNothingIn(programme);
        json().body(body(999_999_999L, Map.of())).post(PATH).then().statusCode(400).body("errors.field", hasItem("programmeId"));
        json().queryParam("programme", "abc").get(PATH).then().statusCode(400).body("errors.field", hasItem("programme"));
    }

    @Test
    void aCreatedConsultationAnswersWithItsLocation() {
        long programme = Fixtures.programme(Fixtures.municipality());
        json().body(body(programme, Map.of())).post(PATH).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*" + PATH + "/[0-9]+"))
                .header("ETag", endsWith("\"0\""));
    }

    @Test
    void theChangeFeedCarriesConsultationsWithTheirAddressesAndTombstones() {
        String cursor = drain(json().queryParam("limit", 1000).get("/api/v1/changes").then().statusCode(200).extract().path("next"));
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = Fixtures.post(PATH, body(programme, Map.of())).longValue();
        mergePatch("\"0\"").body(Map.of("comments", List.of(Map.of("content", "Uwaga")))).patch(PATH + "/" + id).then().statusCode(200);
        json().header("If-Match", "\"1\"").delete(PATH + "/" + id).then().statusCode(204);
        List<Map<String, Object>> changes = new java.util.ArrayList<>();
        io.restassured.path.json.JsonPath page;
        do {
            page = json().queryParam("since", cursor).queryParam("limit", 1000).get("/api/v1/changes").then().statusCode(200)
                    .extract().jsonPath();
            changes.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (page.getBoolean("more"));
        List<Map<String, Object>> ours = changes.stream()
                .filter(c -> c.get("entity").equals("consultation") && c.get("id").equals(Long.toString(id))).toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of("CREATE", "UPDATE", "DELETE"), ours.stream().map(c -> c.get("action")).toList());
        org.junit.jupiter.api.Assertions.assertEquals(PATH + "/" + id, ours.get(0).get("href"));
    }

    private static String drain(String cursor) {
        io.restassured.path.json.JsonPath page;
        do {
            page = json().queryParam("since", cursor).queryParam("limit", 1000).get("/api/v1/changes").then().statusCode(200)
                    .extract().jsonPath();
            cursor = page.getString("next");
        } while (page.getBoolean("more"));
        return cursor;
    }

    @Test
    void aProgrammeWithConsultationsCannotBeDeleted() {
        long programme = Fixtures.programme(Fixtures.municipality());
        Fixtures.post(PATH, body(programme, Map.of()));
        json().header("If-Match", Fixtures.etag("/api/v1/programmes/" + programme)).delete("/api/v1/programmes/" + programme)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("consultations still belong to this programme"));
    }

    private static void expectField(Map<String, Object> body, String field) {
        json().body(body).post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors.field", hasItem(org.hamcrest.Matchers.startsWith(field)));
    }
}
