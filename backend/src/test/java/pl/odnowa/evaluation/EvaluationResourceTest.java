package pl.odnowa.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

@QuarkusTest
class EvaluationResourceTest extends ApiTest {

    static final String PATH = "/api/v1/evaluations";

    static Map<String, Object> body(long programme, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme, "type", "FINAL", "date", "2022-05-19",
                "author", "Urząd Miejski w Bielsku-Białej, Wydział Strategii i Rozwoju Gospodarczego",
                "committeeOpinion", "Rada Miejska przyjęła ewaluację końcową.",
                "findings", List.of(Map.of("title", "Kamienice", "text", "Odnowione kamienice stoją częściowo puste.",
                        "sdgTarget", "11.1"), Map.of("title", "Dane", "text", "Brak liczby mieszkańców osiedli."))));
        body.putAll(overrides);
        return body;
    }

    static long create(long programme, Map<String, Object> overrides) {
        return Fixtures.post(PATH, body(programme, overrides)).longValue();
    }

    private static ValidatableResponse listOf(long programme, Map<String, ?> params) {
        return json().queryParam("programme", programme).queryParams(params).when().get(PATH).then().statusCode(200);
    }

    private static void assertNothingIn(long programme) {
        listOf(programme, Map.of()).body("totalItems", equalTo(0));
    }

    private static String etag(long id) {
        return Fixtures.etag(PATH + "/" + id);
    }

    @Test
    void createsReadsListsReplacesPatchesAndDeletes() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        String location = json().body(body(programme, Map.of())).when().post(PATH).then().statusCode(201)
                .header("Location", containsString(PATH + "/")).header("ETag", notNullValue())
                .body("programmeId", equalTo((int) programme), "municipality", equalTo(teryt), "type", equalTo("FINAL"),
                        "date", equalTo("2022-05-19"), "author", containsString("Wydział Strategii"),
                        "committeeOpinion", equalTo("Rada Miejska przyjęła ewaluację końcową."),
                        "findings", hasSize(2), "findings[0].title", equalTo("Kamienice"), "findings[0].sdgTarget", equalTo("11.1"),
                        "findings[1].sdgTarget", nullValue(), "version", notNullValue(), "createdAt", notNullValue())
                .extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String etag = json().get(location).then().statusCode(200).body("id", equalTo((int) id)).extract().header("ETag");
        json().header("If-None-Match", etag).get(location).then().statusCode(304);

        json().header("If-Match", etag).body(body(programme, Map.of("type", "PERIODIC", "date", "2025-06-30", "findings", List.of())))
                .when().put(location).then().statusCode(200)
                .body("type", equalTo("PERIODIC"), "date", equalTo("2025-06-30"), "findings", hasSize(0));
        mergePatch(etag(id)).body(Map.of("committeeOpinion", "Opinia Komitetu Rewitalizacji pozytywna."))
                .when().patch(location).then().statusCode(200)
                .body("committeeOpinion", equalTo("Opinia Komitetu Rewitalizacji pozytywna."), "type", equalTo("PERIODIC"));
        // stale and missing If-Match
        json().header("If-Match", etag).body(body(programme, Map.of())).when().put(location).then().statusCode(412)
                .contentType("application/problem+json");
        json().body(body(programme, Map.of())).when().put(location).then().statusCode(428);
        json().get(location).then().body("type", equalTo("PERIODIC"));

        json().header("If-Match", etag(id)).when().delete(location).then().statusCode(204);
        json().get(location).then().statusCode(404).contentType("application/problem+json");
        json().get(PATH + "/999999999").then().statusCode(404);
    }

    @Test
    void filtersSortsAndPages() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        long other = Fixtures.programme(teryt);
        long exAnte = create(programme, Map.of("type", "EX_ANTE", "date", "2021-03-01"));
        long periodic = create(programme, Map.of("type", "PERIODIC", "date", "2024-03-01"));
        long last = create(programme, Map.of("type", "FINAL", "date", "2030-12-01"));
        long elsewhere = create(other, Map.of("type", "FINAL", "date", "2029-01-01"));
        listOf(programme, Map.of()).body("totalItems", equalTo(3), "items.id", contains((int) exAnte, (int) periodic, (int) last));
        listOf(programme, Map.of("sort", "-date")).body("items.id", contains((int) last, (int) periodic, (int) exAnte));
        listOf(programme, Map.of("type", "PERIODIC")).body("items.id", contains((int) periodic));
        json().queryParam("municipality", teryt).queryParam("type", "FINAL").get(PATH).then().statusCode(200)
                .body("items.id", contains((int) elsewhere, (int) last));
        listOf(programme, Map.of("size", 2, "page", 1)).body("items.id", contains((int) last), "totalItems", equalTo(3));
        json().queryParam("sort", "colour").get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("sort"));
        json().queryParam("type", "MIDTERM").get(PATH).then().statusCode(400).body("errors.field", hasItem("type"));
        json().queryParam("programme", "x").get(PATH).then().statusCode(400).body("errors.field", hasItem("programme"));
    }

    @Test
    void rejectsBadBodiesWithoutWriting() {
        long programme = Fixtures.programme(Fixtures.municipality());
        json().body(body(programme, Map.of("author", "  "))).when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("author"));
        Map<String, Object> noType = body(programme, Map.of());
        noType.remove("type");
        json().body(noType).when().post(PATH).then().statusCode(400).body("errors.field", hasItem("type"));
        json().body(body(programme, Map.of("type", "MIDTERM"))).when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("type"));
        json().body(body(programme, Map.of("date", "19.05.2022"))).when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("date"));
        json().body(body(programme, Map.of("colour", "red"))).when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json");
        json().body(body(programme, Map.of("author", "x".repeat(301)))).when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("author"));
        json().body(body(programme, Map.of("findings", List.of(Map.of("title", "T", "text", "x", "sdgTarget", "11.99")))))
                .when().post(PATH).then().statusCode(400).body("errors.field", hasItem("findings[0].sdgTarget"));
        json().body(body(programme, Map.of("findings", List.of(Map.of("title", "", "text", "x")))))
                .when().post(PATH).then().statusCode(400).body("errors.field", hasItem(containsString("findings[0].title")));
        json().body(body(999999999L, Map.of())).when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("programmeId"));
        assertNothingIn(programme);
    }

    @Test
    void keepsTheProgrammeAndRejectsBadUpdatesWithoutWriting() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        long other = Fixtures.programme(teryt);
        long id = create(programme, Map.of());
        String etag = etag(id);
        json().header("If-Match", etag).body(body(other, Map.of())).when().put(PATH + "/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("programmeId"));
        mergePatch(etag).body(Map.of("type", "SOMETIME")).when().patch(PATH + "/" + id).then().statusCode(400);
        json().get(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo(etag)).body("type", equalTo("FINAL"));
    }

    @Test
    void programmeWithEvaluationsCannotBeDeleted() {
        long programme = Fixtures.programme(Fixtures.municipality());
        create(programme, Map.of());
        json().header("If-Match", Fixtures.etag("/api/v1/programmes/" + programme)).delete("/api/v1/programmes/" + programme)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("evaluations"));
    }

    @Test
    void listCostsABoundedNumberOfStatements() {
        long programme = Fixtures.programme(Fixtures.municipality());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(create(programme, Map.of("date", "2020-01-" + String.format("%02d", 1 + i % 28))));
        }
        long small = statementsDuring(() -> listOf(programme, Map.of("size", 2)));
        long large = statementsDuring(() -> listOf(programme, Map.of("size", 200)).body("items", hasSize(30)));
        assertEquals(small, large);
    }
}
