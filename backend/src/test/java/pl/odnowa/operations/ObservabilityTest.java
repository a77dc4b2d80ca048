package pl.odnowa.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/** Production readiness as an operator sees it: Prometheus metrics, request ids in answers and in the logs. */
@QuarkusTest
class ObservabilityTest extends ApiTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static String metrics() {
        return anonymous().accept("text/plain").when().get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString();
    }

    @Test
    void metricsShowHttpRequestsAndTheConnectionPoolInPrometheusText() {
        given().accept(ContentType.JSON).when().get("/api/v1/municipalities").then().statusCode(200);

        String metrics = metrics();

        assertTrue(metrics.contains("# TYPE http_server_requests_seconds"), "HTTP server timer");
        assertTrue(metrics.matches("(?s).*http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/municipalities\"[^}]*} .*"),
                "requests counted by URI template");
        assertTrue(metrics.contains("agroal_active_count"), "connection pool: connections in use");
        assertTrue(metrics.contains("agroal_max_used_count"), "connection pool: most connections used at once");
    }

    @Test
    void bulkImportsAreTimed() {
        long programme = Fixtures.programme(Fixtures.municipality());
        given().contentType(ContentType.JSON)
                .body(Map.of("projects", List.of(Map.of("externalId", "OBS-1", "kind", "COMPLEMENTARY",
                        "title", unique("Timed import"), "status", "PIPELINE"))))
                .when().post("/api/v1/programmes/" + programme + "/import")
                .then().statusCode(200).body("projects.created", equalTo(1));

        String metrics = metrics();

        assertTrue(metrics.matches("(?s).*odnowa_import_seconds_count\\{[^}]*} [1-9].*"), "odnowa.import timer counted the import");
    }

    @Test
    void metricsAreNotPartOfTheApiContract() {
        String contract = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200).extract().asString();

        assertFalse(contract.contains("/q/metrics"));
        assertFalse(contract.contains("/api/test/"));
    }

    @Test
    void aSaneRequestIdIsEchoed() {
        given().header("X-Request-Id", "client-42.retry_1").accept(ContentType.JSON)
                .when().get("/api/v1/municipalities")
                .then().statusCode(200).header("X-Request-Id", "client-42.retry_1");
    }

    @Test
    void withoutARequestIdAUuidIsGiven() {
        given().accept(ContentType.JSON).when().get("/api/v1/municipalities")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID));
        // Quarkus' own endpoints and errors carry one too
        anonymous().when().get("/q/health/ready").then().header("X-Request-Id", matchesPattern(UUID));
        given().accept(ContentType.JSON).when().get("/api/v1/programmes/0")
                .then().statusCode(404).header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void anInsaneRequestIdIsReplaced() {
        for (String bad : List.of("x".repeat(65), "a b", "id\";drop", "zażółć", "")) {
            given().header("X-Request-Id", bad).accept(ContentType.JSON).when().get("/api/v1/municipalities")
                    .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID))
                    .header("X-Request-Id", not(equalTo(bad)));
        }
        given().header("X-Request-Id", "x".repeat(64)).accept(ContentType.JSON).when().get("/api/v1/municipalities")
                .then().statusCode(200).header("X-Request-Id", "x".repeat(64));
    }

    @Test
    void logsWrittenWhileARequestRunsCarryItsId() {
        List<ExtLogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    ext.copyMdc(); // read on the thread that logged, not later on the test's
                    records.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String id = "trace-" + java.util.UUID.randomUUID();
            given().header("X-Request-Id", id).accept(ContentType.JSON).when().get("/api/test/operations/failure")
                    .then().statusCode(500).header("X-Request-Id", id)
                    .body("detail", not(containsString(FailingProbeResource.MESSAGE)));

            ExtLogRecord error = records.stream()
                    .filter(r -> r.getThrown() != null && FailingProbeResource.MESSAGE.equals(r.getThrown().getMessage()))
                    .findFirst().orElseThrow(() -> new AssertionError("the problem mapper logged no error"));
            assertEquals(id, error.getMdc("requestId"), "the error log carries the request id");
        } finally {
            root.removeHandler(capture);
        }
    }
}
