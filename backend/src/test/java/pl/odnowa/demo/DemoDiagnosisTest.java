package pl.odnowa.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;

/**
 * The demo's diagnosis of Bielsko-Biała is illustrative through and through (its 2022 unit data is not in the sources):
 * every unit and indicator says so, and with the default method it gives the delimitation the demo script describes.
 */
@QuarkusTest
class DemoDiagnosisTest extends ApiTest {

    @Test
    void everyDemoUnitAndIndicatorIsLabelledIllustrative() {
        anonymous().queryParam("municipality", "2461011").queryParam("size", 200).get("/api/v1/spatial-units").then().statusCode(200)
                .body("totalItems", equalTo(10), "items", hasSize(10), "items.code", everyItem(startsWith("IL-")),
                        "items.name", everyItem(startsWith("Jednostka ilustracyjna")),
                        "items.source", everyItem(startsWith("illustrative")), "items.residents.sum()", equalTo(166765));
        anonymous().queryParam("municipality", "2461011").queryParam("year", 2021).get("/api/v1/diagnostic-indicators")
                .then().statusCode(200)
                .body("code", contains("E1", "G1", "S1", "S2", "S3", "T1"), "source", everyItem(startsWith("illustrative")),
                        "name", everyItem(containsString("ilustracyjny")));
    }

    @Test
    void theDefaultMethodProposesTheDescribedDegradedAreaAndMeasuresTheLimits() {
        json().body(Map.of("year", 2021, "selection", List.of("IL-01", "IL-02"))).post("/api/v1/municipalities/2461011/delimitations")
                .then().statusCode(200)
                .body("degraded.units", contains("IL-01", "IL-02", "IL-04", "IL-05", "IL-10"),
                        "revitalisation.residents", equalTo(39500), "revitalisation.withinLimits", equalTo(true),
                        "indicators.source", everyItem(startsWith("illustrative")));
        json().body(Map.of("year", 2021, "selection", List.of("IL-01", "IL-02", "IL-04")))
                .post("/api/v1/municipalities/2461011/delimitations").then().statusCode(200)
                .body("revitalisation.withinLimits", equalTo(false));
    }

    @Test
    void createsNoAreaFromTheIllustrativeUnits() {
        anonymous().queryParam("municipality", "2461011").queryParam("size", 200).get("/api/v1/areas").then().statusCode(200)
                .body("items.subareas.flatten().code", everyItem(not(startsWith("IL-"))));
    }
}
