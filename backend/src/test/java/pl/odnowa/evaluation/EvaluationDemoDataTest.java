package pl.odnowa.evaluation;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.everyItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;

/** The demo data holds the final evaluation of PROM 2014–2021 and recommendations that belong to it. */
@QuarkusTest
class EvaluationDemoDataTest extends ApiTest {

    @Test
    void holdsTheFinalEvaluationOfProm2014To2021WithItsRecommendations() {
        int prom = json().queryParam("municipality", "2461011").queryParam("q", "PROM 2014").get("/api/v1/programmes")
                .then().statusCode(200).extract().path("items[0].id");
        int evaluation = json().queryParam("programme", prom).get("/api/v1/evaluations").then().statusCode(200)
                .body("totalItems", equalTo(1), "items[0].type", equalTo("FINAL"), "items[0].date", nullValue(),
                        "items[0].author", nullValue(), "items[0].acceptedOn", equalTo("2022-05-19"),
                        "items[0].findings[0].text", containsString("demonstracyjne"))
                .extract().path("items[0].id");
        json().queryParam("evaluation", evaluation).get("/api/v1/recommendations").then().statusCode(200)
                .body("totalItems", equalTo(3), "items.programmeId", everyItem(equalTo(prom)),
                        "items.status", containsInAnyOrder("IN_PROGRESS", "PROPOSED", "PROPOSED"),
                        "items.text", everyItem(containsString("Tekst demonstracyjny")));
    }

    @Test
    void checksEveryDemoProgrammeAgainstTheAct() {
        java.util.List<Integer> ids = json().queryParam("municipality", "2461011").get("/api/v1/programmes").then()
                .statusCode(200).extract().path("items.id");
        for (int id : ids) {
            json().get("/api/v1/programmes/" + id + "/compliance").then().statusCode(200)
                    .body("programmeId", equalTo(id), "municipality", equalTo("2461011"));
        }
    }
}
