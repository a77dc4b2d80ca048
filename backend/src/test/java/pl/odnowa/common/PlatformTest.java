package pl.odnowa.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What the platform serves besides the resources: health, docs, the SPA and its deep links, unknown paths. */
@QuarkusTest
class PlatformTest extends ApiTest {

    @Test
    void reportsLivenessAndReadinessWithTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void servesSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void servesTheSpaAndItsDeepLinks() {
        given().accept("text/html").get("/").then().statusCode(200).body(containsString("<div id=\"app\">"));
        given().accept("text/html").get("/programmes/2").then().statusCode(200).body(containsString("<div id=\"app\">"));
    }

    @Test
    void answersUnknownApiPathsWithAProblem() {
        given().accept("application/json").get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
        given().contentType("text/plain").body("x").post("/api/v1/programmes").then().statusCode(415)
                .contentType("application/problem+json");
    }
}
