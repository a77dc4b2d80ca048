package pl.odnowa.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Callers;
import pl.odnowa.common.Fixtures;

/** Anonymous readers and other cities see published programmes and projects only; the city's own users see drafts. */
@QuarkusTest
class PublishedTest extends ApiTest {

    @Test
    void draftsAreVisibleOnlyToTheirMunicipalitysUsers() {
        String teryt = Fixtures.municipality();
        long published = Fixtures.programme(teryt, Map.of("published", true, "name", "Opublikowany"));
        long draft = Fixtures.programme(teryt, Map.of("name", "Szkic"));
        long publicProject = project(published, "Jawny", true);
        long draftProject = project(published, "Roboczy", false);
        long projectOfDraft = project(draft, "W szkicu programu", true);

        anonymous().queryParam("municipality", teryt).get("/api/v1/programmes").then().statusCode(200)
                .body("items.name", contains("Opublikowany")).body("totalItems", equalTo(1));
        anonymous().get("/api/v1/programmes/" + draft).then().statusCode(404).contentType("application/problem+json");
        anonymous().queryParam("municipality", teryt).get("/api/v1/projects").then()
                .body("items.title", contains("Jawny"));
        anonymous().get("/api/v1/projects/" + draftProject).then().statusCode(404);
        anonymous().get("/api/v1/projects/" + projectOfDraft).then().statusCode(404);
        anonymous().get("/api/v1/projects/" + publicProject).then().statusCode(200).body("published", equalTo(true));

        String otherCity = Callers.token(Fixtures.municipality(), "EDITOR");
        as(otherCity).get("/api/v1/programmes/" + draft).then().statusCode(404);
        as(otherCity).queryParam("municipality", teryt).get("/api/v1/projects").then().body("totalItems", equalTo(1));

        String viewer = Callers.token(teryt, "VIEWER");
        as(viewer).queryParam("municipality", teryt).get("/api/v1/programmes").then()
                .body("items.name", containsInAnyOrder("Opublikowany", "Szkic"));
        as(viewer).queryParam("municipality", teryt).get("/api/v1/projects").then()
                .body("items.title", containsInAnyOrder("Jawny", "Roboczy", "W szkicu programu"));
        as(viewer).get("/api/v1/programmes/" + draft).then().statusCode(200).body("published", equalTo(false));
        // the programme-level views of a draft are hidden too
        anonymous().get("/api/v1/programmes/" + draft + "/sdg11").then().statusCode(404);
        anonymous().get("/api/v1/programmes/" + draft + "/compliance").then().statusCode(404);
        anonymous().get("/api/v1/programmes/" + draft + "/report").then().statusCode(404);
        as(viewer).get("/api/v1/programmes/" + draft + "/sdg11").then().statusCode(200);
        // and so are its areas, indicators, recommendations and evaluations
        long recommendation = Fixtures.post("/api/v1/recommendations", Map.of("programmeId", draft, "title", "R", "text", "T",
                "priority", "LOW")).longValue();
        long evaluation = Fixtures.post("/api/v1/evaluations", Map.of("programmeId", draft, "type", "PERIODIC",
                "date", "2024-05-01", "author", "Zespół")).longValue();
        anonymous().get("/api/v1/recommendations/" + recommendation).then().statusCode(404);
        anonymous().get("/api/v1/evaluations/" + evaluation).then().statusCode(404);
        anonymous().queryParam("programme", draft).get("/api/v1/recommendations").then().body("totalItems", equalTo(0));
        as(viewer).get("/api/v1/evaluations/" + evaluation).then().statusCode(200);
        long indicator = pl.odnowa.indicator.IndicatorFixtures.indicator(draft, Map.of());
        Fixtures.post("/api/v1/indicators/" + indicator + "/observations", Map.of("period", 2023, "value", "12.5"));
        String observations = "/api/v1/indicators/" + indicator + "/observations";
        anonymous().get(observations).then().statusCode(404).contentType("application/problem+json");
        as(otherCity).get(observations).then().statusCode(404);
        as(viewer).get(observations).then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void publishingIsAnEditAndAReplaceWithoutTheFlagKeepsIt() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt, Map.of("published", true));
        long id = project(programme, "Do publikacji", false);
        String path = "/api/v1/projects/" + id;
        mergePatch(Fixtures.etag(path)).body(Map.of("published", true)).patch(path).then().statusCode(200).body("published", equalTo(true));
        given().contentType(ContentType.JSON).header("If-Match", Fixtures.etag(path))
                .body(Map.of("programmeId", programme, "kind", "BASIC", "title", "Zmieniony", "status", "PIPELINE"))
                .put(path).then().statusCode(200).body("published", equalTo(true));
        anonymous().get(path).then().statusCode(200).body("title", equalTo("Zmieniony"));
    }

    @Test
    void theDemoDataIsPublic() {
        anonymous().queryParam("municipality", "2461011").get("/api/v1/programmes").then().statusCode(200)
                .body("totalItems", equalTo(4));
    }

    private static long project(long programme, String title, boolean published) {
        return Fixtures.post("/api/v1/projects", Map.of("programmeId", programme, "kind", "BASIC", "title", title,
                "status", "PIPELINE", "published", published)).longValue();
    }
}
