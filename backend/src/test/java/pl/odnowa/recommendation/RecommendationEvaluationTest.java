package pl.odnowa.recommendation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/** Recommendations may belong to an evaluation of the same programme. */
@QuarkusTest
class RecommendationEvaluationTest extends ApiTest {

    private static final String PATH = "/api/v1/recommendations";

    private static long evaluation(long programme) {
        return Fixtures.post("/api/v1/evaluations", Map.of("programmeId", programme, "type", "FINAL", "date", "2022-05-19",
                "author", "Wydział Strategii i Rozwoju Gospodarczego")).longValue();
    }

    private static Map<String, Object> body(long programme, Object... keyValues) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme, "title", "Mierzyć zasiedlenie",
                "text", "Dodać wskaźnik rezultatu.", "priority", "HIGH"));
        for (int i = 0; i < keyValues.length; i += 2) {
            body.put((String) keyValues[i], keyValues[i + 1]);
        }
        return body;
    }

    @Test
    void belongsToAnEvaluationOfTheSameProgrammeAndFiltersByIt() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        long evaluation = evaluation(programme);
        long linked = json().body(body(programme, "evaluationId", evaluation)).when().post(PATH).then().statusCode(201)
                .body("evaluationId", equalTo((int) evaluation)).extract().jsonPath().getLong("id");
        long free = Fixtures.post(PATH, body(programme)).longValue();
        json().get(PATH + "/" + free).then().body("evaluationId", nullValue());
        json().queryParam("evaluation", evaluation).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(1), "items.id", contains((int) linked));
        json().queryParam("evaluation", "x").get(PATH).then().statusCode(400).body("errors.field", hasItem("evaluation"));
        // PATCH keeps it, and can clear it
        mergePatch(Fixtures.etag(PATH + "/" + linked)).body(Map.of("owner", "Zespół ds. rewitalizacji"))
                .when().patch(PATH + "/" + linked).then().statusCode(200).body("evaluationId", equalTo((int) evaluation));
        // deleting the evaluation is blocked while the recommendation belongs to it
        json().header("If-Match", Fixtures.etag("/api/v1/evaluations/" + evaluation)).delete("/api/v1/evaluations/" + evaluation)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("recommendations"));
        json().get("/api/v1/evaluations/" + evaluation).then().statusCode(200);
        mergePatch(Fixtures.etag(PATH + "/" + linked)).body("{\"evaluationId\": null}")
                .when().patch(PATH + "/" + linked).then().statusCode(200).body("evaluationId", nullValue());
        json().header("If-Match", Fixtures.etag("/api/v1/evaluations/" + evaluation)).delete("/api/v1/evaluations/" + evaluation)
                .then().statusCode(204);
    }

    @Test
    void rejectsAnEvaluationOfAnotherProgrammeOrAnUnknownOneWithoutWriting() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        long other = Fixtures.programme(teryt);
        long foreign = evaluation(other);
        json().body(body(programme, "evaluationId", foreign)).when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("evaluationId"),
                        "errors.message", hasItem(containsString("belongs to programme " + other)));
        json().body(body(programme, "evaluationId", 999999999L)).when().post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("evaluationId"));
        json().body(body(programme, "evaluationId", "abc")).when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json");
        json().queryParam("programme", programme).get(PATH).then().body("totalItems", equalTo(0));

        long id = Fixtures.post(PATH, body(programme)).longValue();
        String etag = Fixtures.etag(PATH + "/" + id);
        mergePatch(etag).body(Map.of("evaluationId", foreign)).when().patch(PATH + "/" + id).then().statusCode(400)
                .body("errors.field", hasItem("evaluationId"));
        json().get(PATH + "/" + id).then().header("ETag", equalTo(etag)).body("evaluationId", nullValue());
    }
}
