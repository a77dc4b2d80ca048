package pl.odnowa.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;

/** The product's promise on a fresh database: Bielsko-Biała's programme lineage is there. */
@QuarkusTest
class DemoDataTest extends ApiTest {

    @Test
    void servesTheThreeProgrammesOfBielskoBialaLinkedByPredecessor() {
        List<Map<String, Object>> items = json().queryParam("municipality", "2461011").when().get("/api/v1/programmes")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.shortName", contains("PROM 2007–2013", "PROM 2014–2021", "GPR 2030"))
                .body("items.legalBasis", contains("PR", "PR", "GPR"))
                .extract().path("items");
        assertEquals(null, items.get(0).get("predecessorId"));
        assertEquals(items.get(0).get("id"), items.get(1).get("predecessorId"));
        assertEquals(items.get(1).get("id"), items.get(2).get("predecessorId"));
    }

    @Test
    void holdsTheMunicipalityFactsFromTheDomainSources() {
        json().get("/api/v1/municipalities/2461011").then().statusCode(200)
                .body("name", equalTo("Bielsko-Biała"), "areaKm2", equalTo(124.51f), "residents", equalTo(166765),
                        "residentsDate", equalTo("2023-01-01"), "nutsCode", equalTo("PL225"));
    }

    @Test
    void marksInventedIndicatorFiguresIllustrative() {
        json().queryParam("municipality", "2461011").queryParam("size", 200).get("/api/v1/indicators").then().statusCode(200)
                .body("items.source", hasItems("illustrative"));
    }
}
