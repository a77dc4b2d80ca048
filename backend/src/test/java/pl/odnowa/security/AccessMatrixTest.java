package pl.odnowa.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Callers;
import pl.odnowa.common.Fixtures;
import pl.odnowa.indicator.IndicatorFixtures;

/**
 * Walks the whole matrix: caller (anonymous, viewer, editor, admin, editor's API key, superadmin) × resource ×
 * method (create, update, delete) × the caller's own city or another. Every refusal is a problem body, and a
 * refused write changes nothing: the object keeps its version, a refused create adds no row.
 */
@QuarkusTest
class AccessMatrixTest extends ApiTest {

    /** A resource: how to create one in a programme, and how to change it. */
    record Kind(String name, String collection, Function<Long, Map<String, Object>> body, Map<String, Object> patch) {
    }

    record Who(String name, String credential, String role, boolean ownCityOnly) {
    }

    static final List<Kind> KINDS = List.of(
            new Kind("programme", "/api/v1/programmes", null, Map.of("name", "Zmieniony program")),
            new Kind("area", "/api/v1/areas", p -> Map.of("programmeId", p, "kind", "REVITALISATION", "name", "Obszar"),
                    Map.of("name", "Zmieniony obszar")),
            new Kind("project", "/api/v1/projects", p -> Map.of("programmeId", p, "kind", "BASIC", "title", "Projekt",
                    "status", "IMPLEMENTATION"), Map.of("title", "Zmieniony projekt")),
            new Kind("indicator", "/api/v1/indicators", p -> IndicatorFixtures.body(p, Map.of()), Map.of("unit", "szt.")),
            new Kind("recommendation", "/api/v1/recommendations", p -> Map.of("programmeId", p, "title", "Rekomendacja",
                    "text", "Treść", "priority", "HIGH"), Map.of("title", "Zmieniona rekomendacja")),
            new Kind("evaluation", "/api/v1/evaluations", p -> Map.of("programmeId", p, "type", "PERIODIC",
                    "date", "2024-05-01", "author", "Zespół"), Map.of("author", "Inny zespół")),
            new Kind("procedure step", "/api/v1/procedure-steps", p -> Map.of("programmeId", p, "kind", "ADOPTION",
                    "date", "2023-03-30"), Map.of("documentNumber", "LX/1/2023")),
            new Kind("consultation", "/api/v1/consultations", p -> Map.of("programmeId", p, "startDate", "2024-03-01",
                    "endDate", "2024-04-04", "forms", List.of("ELECTRONIC_COMMENTS", "MEETING", "SURVEY")),
                    Map.of("summaryPublishedOn", "2024-04-20")),
            new Kind("monitoring record", "/api/v1/monitoring-records", p -> Map.of("projectId", Fixtures.post("/api/v1/projects",
                    Map.of("programmeId", p, "kind", "BASIC", "title", "Projekt", "status", "IMPLEMENTATION")).longValue(),
                    "year", 2024, "progress", "10"), Map.of("progress", "50")));

    String own;
    String other;
    List<Who> callers;

    @BeforeEach
    void cities() {
        own = Fixtures.municipality();
        other = Fixtures.municipality();
        String editor = Callers.token(own, "EDITOR");
        callers = List.of(
                new Who("anonymous", null, null, true),
                new Who("viewer", Callers.token(own, "VIEWER"), "VIEWER", true),
                new Who("editor", editor, "EDITOR", true),
                new Who("admin", Callers.token(own, "ADMIN"), "ADMIN", true),
                new Who("editor's API key", Callers.apiKey(own, "EDITOR"), "EDITOR", true),
                new Who("superadmin", Callers.token(null, "SUPERADMIN"), "SUPERADMIN", false));
    }

    @Test
    void everyWriteNeedsTheRightRoleInTheObjectsMunicipality() {
        List<String> cells = new ArrayList<>();
        for (Who who : callers) {
            for (String city : List.of(own, other)) {
                boolean allowed = who.role() != null && (!who.ownCityOnly() || city.equals(own)) && !who.role().equals("VIEWER");
                int refusal = who.credential() == null ? 401 : 403;
                for (Kind kind : KINDS) {
                    String cell = who.name() + " × " + kind.name() + " × " + (city.equals(own) ? "own" : "other") + " city";
                    create(who, city, kind, allowed, refusal, cell);
                    update(who, city, kind, allowed, refusal, cell);
                    delete(who, city, kind, allowed, refusal, cell);
                    cells.add(cell);
                }
            }
        }
        assertEquals(6 * 2 * KINDS.size(), cells.size());
    }

    @Test
    void municipalitiesAreCreatedAndDeletedByTheSuperadminAndEditedByTheirOwnEditors() {
        for (Who who : callers) {
            boolean superadmin = "SUPERADMIN".equals(who.role());
            int refusal = who.credential() == null ? 401 : 403;
            String teryt = uniqueTeryt();
            Response created = request(who).body(Map.of("teryt", teryt, "name", unique("Gmina"))).post("/api/v1/municipalities");
            expect(created, superadmin ? 201 : refusal, who.name() + " creates a municipality");

            String etag = Fixtures.etag("/api/v1/municipalities/" + own);
            Response patched = request(who).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                    .body(Map.of("voivodeship", "śląskie")).patch("/api/v1/municipalities/" + own);
            boolean edits = who.role() != null && !who.role().equals("VIEWER");
            expect(patched, edits ? 200 : refusal, who.name() + " edits its own municipality");

            String victim = Fixtures.municipality();
            Response deleted = request(who).header("If-Match", Fixtures.etag("/api/v1/municipalities/" + victim))
                    .delete("/api/v1/municipalities/" + victim);
            expect(deleted, superadmin ? 204 : refusal, who.name() + " deletes a municipality");
        }
    }

    private void create(Who who, String city, Kind kind, boolean allowed, int refusal, String cell) {
        long programme = Fixtures.programme(city);
        Map<String, Object> body = kind.body() == null
                ? Map.of("municipality", city, "name", "Nowy program", "legalBasis", "GPR", "status", "DRAFT", "periodFrom", 2025)
                : kind.body().apply(programme);
        long before = count(kind, city, programme);
        Response response = request(who).body(body).post(kind.collection());
        expect(response, allowed ? 201 : refusal, cell + " × create");
        assertEquals(before + (allowed ? 1 : 0), count(kind, city, programme), cell + ": rows after create");
    }

    private void update(Who who, String city, Kind kind, boolean allowed, int refusal, String cell) {
        String path = fresh(kind, city);
        String etag = Fixtures.etag(path);
        Response response = request(who).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", etag)
                .body(kind.patch()).patch(path);
        expect(response, allowed ? 200 : refusal, cell + " × update");
        String after = Fixtures.etag(path);
        assertEquals(allowed, !after.equals(etag), cell + ": the version moved only if the update was allowed");
    }

    private void delete(Who who, String city, Kind kind, boolean allowed, int refusal, String cell) {
        String path = fresh(kind, city);
        Response response = request(who).header("If-Match", Fixtures.etag(path)).delete(path);
        expect(response, allowed ? 204 : refusal, cell + " × delete");
        given().accept(ContentType.JSON).get(path).then().statusCode(allowed ? 404 : 200);
    }

    /** A new object of the kind in a new programme of the city, created by the superadmin; its path. */
    private static String fresh(Kind kind, String city) {
        long programme = Fixtures.programme(city);
        if (kind.body() == null) {
            return "/api/v1/programmes/" + programme;
        }
        return kind.collection() + "/" + Fixtures.post(kind.collection(), kind.body().apply(programme));
    }

    /** Objects of the kind in the programme (programmes: in the city), as the superadmin sees them. */
    private static long count(Kind kind, String city, long programme) {
        Map<String, Object> filter = new HashMap<>();
        if (kind.body() == null) {
            filter.put("municipality", city);
        } else {
            filter.put("programme", programme);
        }
        return given().accept(ContentType.JSON).queryParams(filter).get(kind.collection()).then().statusCode(200)
                .extract().jsonPath().getLong("totalItems");
    }

    private static RequestSpecification request(Who who) {
        RequestSpecification spec = who.credential() == null ? anonymous() : as(who.credential());
        return spec.contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static void expect(Response response, int status, String cell) {
        assertEquals(status, response.statusCode(), cell + ": " + response.asString());
        if (status >= 400) {
            response.then().contentType("application/problem+json").body("status", equalTo(status));
        }
    }
}
