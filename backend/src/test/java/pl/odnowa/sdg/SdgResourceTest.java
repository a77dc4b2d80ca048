package pl.odnowa.sdg;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;

@QuarkusTest
class SdgResourceTest extends ApiTest {

    private static final String TARGETS = "/api/v1/sdg/targets";
    private static final String INDICATORS = "/api/v1/sdg/indicators";
    private static final String CACHE = "public, max-age=86400";

    // ---------------------------------------------------------------------------------------------- targets

    @Test
    void targetsAndIndicatorsCarryTheCompleteUnWordingAndTheFrameworkVersion() {
        json().get("/api/v1/sdg/targets/11.5").then().statusCode(200)
                .body("titleEn", equalTo("By 2030, significantly reduce the number of deaths and the number of people affected and "
                        + "substantially decrease the direct economic losses relative to global gross domestic product caused by "
                        + "disasters, including water-related disasters, with a focus on protecting the poor and people in "
                        + "vulnerable situations"), "titlePl", containsString("w tym katastrofami związanymi z wodą"));
        json().get("/api/v1/sdg/targets/11.b").then().statusCode(200)
                .body("titleEn", containsString("in line with the Sendai Framework for Disaster Risk Reduction 2015–2030, holistic"));
        json().get("/api/v1/sdg/targets/11.2").then().statusCode(200)
                .body("titleEn", containsString("persons with disabilities and older persons"));
        json().get("/api/v1/sdg/indicators/11.a.1").then().statusCode(200)
                .body("titleEn", containsString("(a) respond to population dynamics; (b) ensure balanced territorial development"));
        json().get("/api/v1/sdg/framework").then().statusCode(200)
                .body("versionDate", equalTo("2024-03-01"), "titleEn", containsString("A/RES/71/313"),
                        "titlePl", containsString("A/RES/71/313"));
    }

    @Test
    void listsTheTenTargetsInFrameworkOrderWithTheirIndicators() {
        json().get(TARGETS).then().statusCode(200).header("Cache-Control", CACHE)
                .body("totalItems", equalTo(10), "page", equalTo(0), "size", equalTo(20), "totalPages", equalTo(1),
                        "items.code", contains("11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "11.7", "11.a", "11.b", "11.c"),
                        "items.position", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                        "items[2].indicators.code", contains("11.3.1", "11.3.2"),
                        "items[4].indicators.code", contains("11.5.1", "11.5.2", "11.5.3"),
                        "items[9].indicators", empty(),
                        "items.titleEn", everyItem(notNullValue()),
                        "items.titlePl", everyItem(notNullValue()),
                        "items[3].titlePl", containsString("dziedzictwa kulturowego"));
    }

    @Test
    void pagesAndSortsTargets() {
        json().queryParams(Map.of("size", 3, "page", 1)).get(TARGETS).then().statusCode(200)
                .body("items.code", contains("11.4", "11.5", "11.6"), "totalPages", equalTo(4), "totalItems", equalTo(10));
        json().queryParams(Map.of("size", 3, "page", 3)).get(TARGETS).then().body("items.code", contains("11.c"));
        json().queryParams(Map.of("sort", "-position", "size", 2)).get(TARGETS).then().body("items.code", contains("11.c", "11.b"));
        json().queryParams(Map.of("sort", "code")).get(TARGETS).then().body("items[0].code", equalTo("11.1"), "items[9].code", equalTo("11.c"));
        json().queryParam("sort", "titleEn").get(TARGETS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"), "errors[0].message", containsString("position"));
        json().queryParam("size", 500).get(TARGETS).then().statusCode(400).body("errors[0].field", equalTo("size"));
        json().queryParam("page", "first").get(TARGETS).then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void getsATargetWithItsIndicatorsInline() {
        json().get(TARGETS + "/11.6").then().statusCode(200).header("Cache-Control", CACHE)
                .header("ETag", matchesPattern("\"[0-9a-f]{24}\""))
                .body("code", equalTo("11.6"), "position", equalTo(6),
                        "titleEn", containsString("air quality"), "titlePl", containsString("jakość powietrza"),
                        "indicators.code", contains("11.6.1", "11.6.2"), "indicators[1].unit", equalTo("µg/m³"),
                        "indicators[1].target", equalTo("11.6"), "indicators[1].titlePl", containsString("PM2,5"));
        json().get(TARGETS + "/11.c").then().statusCode(200).body("indicators", empty());
    }

    @Test
    void targetEtagsAreStableAndAnswerIfNoneMatch() {
        String etag = json().get(TARGETS + "/11.4").then().statusCode(200).extract().header("ETag");
        json().get(TARGETS + "/11.4").then().header("ETag", equalTo(etag));
        assertNotEquals(etag, json().get(TARGETS + "/11.3").then().extract().header("ETag"), "each target has its own ETag");

        given().header("If-None-Match", etag).when().get(TARGETS + "/11.4").then().statusCode(304)
                .header("ETag", equalTo(etag)).header("Cache-Control", CACHE);
        given().header("If-None-Match", "\"other\", W/" + etag).when().get(TARGETS + "/11.4").then().statusCode(304);
        given().header("If-None-Match", "*").when().get(TARGETS + "/11.4").then().statusCode(304);
        given().header("If-None-Match", "\"other\"").when().get(TARGETS + "/11.4").then().statusCode(200)
                .header("ETag", equalTo(etag)).body("code", equalTo("11.4"));
        given().header("If-None-Match", etag).when().get(TARGETS + "/11.3").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11.9", "11.c.1", "12.1", "x"})
    void anUnknownTargetIsA404Problem(String code) {
        json().get(TARGETS + "/" + code).then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404), "detail", equalTo("SDG target " + code + " does not exist"),
                        "instance", equalTo(TARGETS + "/" + code));
    }

    @Test
    void aLongUnknownCodeIsStillA404() {
        json().get(TARGETS + "/" + "1".repeat(300)).then().statusCode(404).contentType("application/problem+json");
        json().get(INDICATORS + "/" + "1".repeat(300)).then().statusCode(404).contentType("application/problem+json");
    }

    // ---------------------------------------------------------------------------------------------- indicators

    @Test
    void listsTheFifteenGlobalIndicators() {
        json().get(INDICATORS).then().statusCode(200).header("Cache-Control", CACHE)
                .body("totalItems", equalTo(15), "items", hasSize(15),
                        "items[0].code", equalTo("11.1.1"), "items[14].code", equalTo("11.b.2"),
                        "items.code", not(hasItem("11.c.1")), "items.titlePl", everyItem(notNullValue()));
    }

    @Test
    void filtersIndicatorsByTarget() {
        json().queryParam("target", "11.5").get(INDICATORS).then().statusCode(200)
                .body("items.code", contains("11.5.1", "11.5.2", "11.5.3"), "items.target", everyItem(equalTo("11.5")));
        json().queryParam("target", "11.c").get(INDICATORS).then().statusCode(200).body("totalItems", equalTo(0));
        json().queryParams(Map.of("target", "11.7", "sort", "-position")).get(INDICATORS).then()
                .body("items.code", contains("11.7.2", "11.7.1"));
        json().queryParam("target", "11.9").get(INDICATORS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("target"), "errors[0].message", equalTo("SDG target 11.9 does not exist"));
        json().queryParam("target", "x".repeat(50)).get(INDICATORS).then().statusCode(400).body("errors[0].field", equalTo("target"));
    }

    @Test
    void pagesAndSortsIndicators() {
        json().queryParams(Map.of("size", 4, "page", 1)).get(INDICATORS).then()
                .body("items.code", contains("11.4.1", "11.5.1", "11.5.2", "11.5.3"), "totalPages", equalTo(4));
        json().queryParams(Map.of("sort", "-code", "size", 1)).get(INDICATORS).then().body("items.code", contains("11.b.2"));
        json().queryParam("sort", "unit").get(INDICATORS).then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void getsAnIndicatorWithAnEtag() {
        String etag = json().get(INDICATORS + "/11.6.2").then().statusCode(200).header("Cache-Control", CACHE)
                .body("code", equalTo("11.6.2"), "target", equalTo("11.6"), "position", equalTo(10), "unit", equalTo("µg/m³"),
                        "tier", equalTo("I"), "titleEn", containsString("PM2.5"), "titlePl", containsString("PM2,5"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(INDICATORS + "/11.6.2").then().statusCode(304).header("ETag", equalTo(etag));
        given().header("If-None-Match", etag).when().get(INDICATORS + "/11.6.1").then().statusCode(200);
        json().get(INDICATORS + "/11.c.1").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("SDG indicator 11.c.1 does not exist"));
    }

    // ---------------------------------------------------------------------------------------------- read-only, cost

    @Test
    void isReadOnly() {
        json().body(Map.of("code", "11.8")).when().post(TARGETS).then().statusCode(405).contentType("application/problem+json");
        json().when().delete(TARGETS + "/11.1").then().statusCode(405).contentType("application/problem+json");
        json().body(Map.of("code", "11.1.9")).when().put(INDICATORS + "/11.1.1").then().statusCode(405);
        json().get(TARGETS + "/11.1").then().statusCode(200);
    }

    @Test
    void aPageOfTargetsLoadsItsIndicatorsInOneQuery() {
        long small = statementsDuring(() -> json().queryParam("size", 2).get(TARGETS).then().statusCode(200));
        long large = statementsDuring(() -> json().queryParam("size", 10).get(TARGETS).then().statusCode(200));
        assertEquals(small, large, "the statement count must not grow with the page size");
        MatcherAssert.assertThat(large, lessThanOrEqualTo(3L));
    }
}
