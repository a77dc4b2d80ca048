package pl.odnowa.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.odnowa.indicator.IndicatorFixtures.body;
import static pl.odnowa.indicator.IndicatorFixtures.indicator;
import static pl.odnowa.indicator.IndicatorFixtures.observation;
import static pl.odnowa.indicator.IndicatorFixtures.with;
import static pl.odnowa.indicator.IndicatorResourceTest.problem;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import pl.odnowa.area.AreaKind;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Callers;
import pl.odnowa.common.Fixtures;

@QuarkusTest
class ObservationResourceTest extends ApiTest {

    @Inject
    IndicatorFixtures fixtures;

    long programme;
    long s1;
    long s2;
    long foreignSubarea;
    long indicator;
    String base;

    /** A programme with subareas S1 and S2, an indicator of it, and a subarea of another programme. */
    @BeforeEach
    void setUp() {
        programme = Fixtures.programme(Fixtures.municipality());
        long[] area = fixtures.area(programme, AreaKind.REVITALISATION, "S1", "S2");
        s1 = area[1];
        s2 = area[2];
        foreignSubarea = fixtures.area(Fixtures.programme(Fixtures.municipality()), AreaKind.REVITALISATION, "T1")[1];
        indicator = indicator(programme, with());
        base = "/api/v1/indicators/" + indicator + "/observations";
    }

    @Test
    void createsAndReadsAnObservation() {
        var created = json().body(Map.of("period", 2021, "value", "27.50", "source", "illustrative",
                        "note", "Średnia roczna ze stacji przy ul. Kossaka")).post(base)
                .then().statusCode(201).header("Location", containsString(base + "/"));
        assertObservation(created, null);
        String etag = created.extract().header("ETag");
        assertEquals("\"" + created.extract().path("version") + "\"", etag);
        assertObservation(json().get(created.extract().header("Location")).then().statusCode(200).header("ETag", etag), null);

        json().body(Map.of("period", 2021, "value", 27.25, "subareaId", s1)).post(base).then().statusCode(201)
                .body("subareaId", equalTo((int) s1), "value", equalTo("27.25"), "source", nullValue(), "note", nullValue());
    }

    private void assertObservation(ValidatableResponse r, Long subareaId) {
        r.body("id", notNullValue(), "indicatorId", equalTo((int) indicator), "period", equalTo(2021),
                "subareaId", equalTo(subareaId), "value", equalTo("27.5"), "source", equalTo("illustrative"),
                "note", equalTo("Średnia roczna ze stacji przy ul. Kossaka"), "version", notNullValue(),
                "createdAt", notNullValue(), "updatedAt", notNullValue());
    }

    @Test
    void listsFiltersPagesAndSorts() {
        observation(indicator, 2021, 12, null);
        observation(indicator, 2019, 10, null);
        observation(indicator, 2020, 11, null);
        observation(indicator, 2020, 30, s1);
        observation(indicator, 2021, 40, s2);

        assertValues(Map.of(), "10", "11", "30", "12", "40");
        assertValues(Map.of("from", 2020), "11", "30", "12", "40");
        assertValues(Map.of("to", 2020), "10", "11", "30");
        assertValues(Map.of("from", 2020, "to", 2020), "11", "30");
        assertValues(Map.of("subarea", s1), "30");
        assertValues(Map.of("subarea", "none"), "10", "11", "12");
        assertValues(Map.of("subarea", s2, "from", 2022));
        assertValues(Map.of("sort", "-value"), "40", "30", "12", "11", "10");
        assertValues(Map.of("sort", "value"), "10", "11", "12", "30", "40");
        assertValues(Map.of("sort", "-period,value"), "12", "40", "11", "30", "10");
        json().queryParams(Map.of("size", 2, "page", 1)).get(base).then().statusCode(200)
                .body("items.value", contains("30", "12"), "page", equalTo(1), "size", equalTo(2),
                        "totalItems", equalTo(5), "totalPages", equalTo(3));
        json().queryParams(Map.of("size", 2, "page", 2)).get(base).then().body("items.value", contains("40"));

        problem(json().queryParam("from", "abc").get(base), 400, "from");
        problem(json().queryParam("from", 1800).get(base), 400, "from");
        problem(json().queryParam("to", 2201).get(base), 400, "to");
        problem(json().queryParams(Map.of("from", 2021, "to", 2020)).get(base), 400, "to");
        problem(json().queryParam("subarea", "S1").get(base), 400, "subarea");
        problem(json().queryParam("sort", "note").get(base), 400, "sort").body("errors[0].message", containsString("period"));
        problem(json().queryParam("size", 500).get(base), 400, "size");
    }

    @Test
    void refusesDuplicatePeriodsPerSubarea() {
        observation(indicator, 2021, 12, null);
        long inS1 = observation(indicator, 2021, 30, s1);
        long other = observation(indicator, 2022, 31, s1);
        json().body(Map.of("period", 2021, "value", 13)).post(base).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("2021"), "detail", containsString("whole scope"));
        json().body(Map.of("period", 2021, "value", 13, "subareaId", s1)).post(base).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("S1"));
        json().header("If-Match", Fixtures.etag(base + "/" + other)).body(Map.of("period", 2021, "value", 1, "subareaId", s1))
                .put(base + "/" + other).then().statusCode(409).contentType("application/problem+json");
        mergePatch().header("If-Match", Fixtures.etag(base + "/" + other)).body(Map.of("period", 2021))
                .patch(base + "/" + other).then().statusCode(409);
        json().get(base + "/" + other).then().body("period", equalTo(2022), "value", equalTo("31"));
        assertValues(Map.of(), "12", "30", "31");
        // The same year in another subarea, and saving an observation with its own period and subarea, are fine.
        observation(indicator, 2021, 40, s2);
        json().header("If-Match", Fixtures.etag(base + "/" + inS1)).body(Map.of("period", 2021, "value", 35, "subareaId", s1))
                .put(base + "/" + inS1).then().statusCode(200).body("value", equalTo("35"));
        // Another indicator may have the same period.
        observation(indicator(programme, with()), 2021, 12, null);
    }

    @Test
    void requiresASubareaOfTheIndicatorsProgramme() {
        problem(json().body(Map.of("period", 2021, "value", 1, "subareaId", foreignSubarea)).post(base), 400, "subareaId")
                .body("errors[0].message", containsString("programme " + programme));
        problem(json().body(Map.of("period", 2021, "value", 1, "subareaId", 999_999_999)).post(base), 400, "subareaId")
                .body("errors[0].message", containsString("does not exist"));
        long id = observation(indicator, 2021, 1, s1);
        problem(mergePatch().header("If-Match", Fixtures.etag(base + "/" + id)).body(Map.of("subareaId", foreignSubarea))
                .patch(base + "/" + id), 400, "subareaId");
        json().get(base + "/" + id).then().body("subareaId", equalTo((int) s1));
        assertValues(Map.of(), "1");
    }

    @Test
    void guardsWritesWithETags() {
        long id = observation(indicator, 2021, "12.5", s1);
        String path = base + "/" + id;
        String etag = Fixtures.etag(path);
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", "\"999\"").get(path).then().statusCode(200);

        Map<String, Object> replacement = with("period", 2022, "value", 14, "source", "GUS BDL", "note", "po korekcie");
        problem(json().body(replacement).put(path), 428, "If-Match");
        problem(json().header("If-Match", "\"999\"").body(replacement).put(path), 412, "If-Match");
        problem(mergePatch().body(Map.of("value", 1)).patch(path), 428, "If-Match");
        problem(mergePatch().header("If-Match", "\"999\"").body(Map.of("value", 1)).patch(path), 412, "If-Match");
        problem(given().delete(path), 428, "If-Match");
        problem(given().header("If-Match", "\"999\"").delete(path), 412, "If-Match");
        json().get(path).then().header("ETag", etag).body("period", equalTo(2021), "value", equalTo("12.5"), "subareaId", equalTo((int) s1));

        String afterPut = json().header("If-Match", etag).body(replacement).put(path).then().statusCode(200)
                .body("period", equalTo(2022), "value", equalTo("14"), "subareaId", nullValue(), "source", equalTo("GUS BDL"),
                        "note", equalTo("po korekcie"))
                .extract().header("ETag");
        assertEquals(IndicatorResourceTest.next(etag), afterPut);
        given().header("If-None-Match", etag).get(path).then().statusCode(200);
        problem(json().header("If-Match", etag).body(replacement).put(path), 412, "If-Match");

        String afterPatch = mergePatch().header("If-Match", afterPut).body(with("note", null, "value", "14.75", "subareaId", s2))
                .patch(path).then().statusCode(200)
                .body("note", nullValue(), "value", equalTo("14.75"), "subareaId", equalTo((int) s2), "period", equalTo(2022),
                        "source", equalTo("GUS BDL"))
                .extract().header("ETag");
        assertEquals(IndicatorResourceTest.next(afterPut), afterPatch);
        problem(mergePatch().header("If-Match", afterPatch).body(with("value", null)).patch(path), 400, "value");
        problem(mergePatch().header("If-Match", afterPatch).body(Map.of("period", 1800)).patch(path), 400, "period");
        problem(mergePatch().header("If-Match", afterPatch).body("\"x\"").patch(path), 400, "body");
        json().get(path).then().header("ETag", afterPatch).body("value", equalTo("14.75"));

        problem(given().header("If-Match", afterPut).delete(path), 412, "If-Match");
        given().header("If-Match", afterPatch).delete(path).then().statusCode(204);
        json().get(path).then().statusCode(404).contentType("application/problem+json");
        assertValues(Map.of());
    }

    @Test
    void answers404ForAnUnknownIndicatorOrAnObservationOfAnotherIndicator() {
        String unknown = "/api/v1/indicators/999999999/observations";
        json().get(unknown).then().statusCode(404).contentType("application/problem+json").body("detail", containsString("indicator"));
        json().body(Map.of("period", 2021, "value", 1)).post(unknown).then().statusCode(404).contentType("application/problem+json");
        long id = observation(indicator, 2021, 5, null);
        json().get(unknown + "/" + id).then().statusCode(404);
        json().header("If-Match", "\"0\"").body(Map.of("period", 2021, "value", 1)).put(unknown + "/" + id).then().statusCode(404);
        mergePatch().header("If-Match", "\"0\"").body(Map.of("value", 1)).patch(unknown + "/" + id).then().statusCode(404);
        given().header("If-Match", "\"0\"").delete(unknown + "/" + id).then().statusCode(404);

        String etag = Fixtures.etag(base + "/" + id);
        String other = "/api/v1/indicators/" + indicator(programme, with()) + "/observations/" + id;
        json().get(other).then().statusCode(404).contentType("application/problem+json").body("detail", containsString("no observation " + id));
        json().header("If-Match", etag).body(Map.of("period", 2030, "value", 1)).put(other).then().statusCode(404);
        mergePatch().header("If-Match", etag).body(Map.of("value", 1)).patch(other).then().statusCode(404);
        given().header("If-Match", etag).delete(other).then().statusCode(404);
        given().delete(other).then().statusCode(404);
        json().get(base + "/" + id).then().statusCode(200).header("ETag", etag).body("period", equalTo(2021), "value", equalTo("5"));
        json().get(base + "/999999999").then().statusCode(404);
    }

    @Test
    void rejectsBadInputAndWritesNothing() {
        json().body("{}").post(base).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("period", "value"));
        problem(json().body(Map.of("period", 2021, "value", "abc")).post(base), 400, "value")
                .body("errors[0].message", containsString("decimal"));
        problem(json().body(Map.of("period", 2021, "value", true)).post(base), 400, "value");
        problem(json().body(Map.of("period", 2021, "value", "12345678901234567")).post(base), 400, "value");
        problem(json().body(Map.of("period", 2021, "value", "0.00001")).post(base), 400, "value");
        problem(json().body(Map.of("period", 1899, "value", 1)).post(base), 400, "period");
        problem(json().body(Map.of("period", 2201, "value", 1)).post(base), 400, "period");
        problem(json().body(Map.of("period", "2021", "value", 1)).post(base), 400, "period");
        problem(json().body(Map.of("period", 2021.5, "value", 1)).post(base), 400, "period");
        problem(json().body(Map.of("period", 2021, "value", 1, "subareaId", "S1")).post(base), 400, "subareaId");
        problem(json().body(Map.of("period", 2021, "value", 1, "note", "n".repeat(2001))).post(base), 400, "note");
        problem(json().body(Map.of("period", 2021, "value", 1, "source", "s".repeat(501))).post(base), 400, "source");
        problem(json().body(Map.of("period", 2021, "value", 1, "year", 2021)).post(base), 400, "year");
        problem(json().body("{\"period\": 2021,").post(base), 400, "body");
        assertValues(Map.of());
        json().body(Map.of("period", 2200, "value", "9999999999999999.9999", "note", "n".repeat(2000))).post(base)
                .then().statusCode(201).body("value", equalTo("9999999999999999.9999"));
    }

    /**
     * Observation writes move the indicator's ETag exactly when they change its `latest` (or its progress: with a
     * baseline, observations older than the latest one do not change the progress).
     */
    @Test
    void movesTheIndicatorETagWhenLatestChanges() {
        indicator = indicator(programme, with("baseline", Map.of("value", 5, "year", 2015)));
        base = "/api/v1/indicators/" + indicator + "/observations";
        String indicatorPath = "/api/v1/indicators/" + indicator;
        String e0 = Fixtures.etag(indicatorPath);

        long y2020 = observation(indicator, 2020, 10, null);
        String e1 = json().get(indicatorPath).then().body("latest.period", equalTo(2020), "latest.value", equalTo("10"))
                .extract().header("ETag");
        assertEquals(IndicatorResourceTest.next(e0), e1);

        long y2018 = observation(indicator, 2018, 8, null);
        observation(indicator, 2023, 99, s1);
        given().header("If-None-Match", e1).get(indicatorPath).then().statusCode(304);
        json().header("If-Match", Fixtures.etag(base + "/" + y2018)).body(Map.of("period", 2018, "value", 9)).put(base + "/" + y2018)
                .then().statusCode(200);
        given().header("If-None-Match", e1).get(indicatorPath).then().statusCode(304);

        // Editing the indicator with the ETag it had before `latest` changed is refused.
        problem(json().header("If-Match", e0).body(body(programme, with())).put(indicatorPath), 412, "If-Match");

        mergePatch().header("If-Match", Fixtures.etag(base + "/" + y2020)).body(Map.of("value", "10.5")).patch(base + "/" + y2020)
                .then().statusCode(200);
        String e2 = json().get(indicatorPath).then().statusCode(200).body("latest.value", equalTo("10.5")).extract().header("ETag");
        assertEquals(IndicatorResourceTest.next(e1), e2);

        given().header("If-Match", Fixtures.etag(base + "/" + y2020)).delete(base + "/" + y2020).then().statusCode(204);
        String e3 = json().get(indicatorPath).then().statusCode(200)
                .body("latest.period", equalTo(2018), "latest.value", equalTo("9")).extract().header("ETag");
        assertEquals(IndicatorResourceTest.next(e2), e3);
        json().get(indicatorPath).then().header("ETag", e3);
    }

    /** Without a baseline the earliest observation is the base of the progress, so writing it moves the ETag too. */
    @Test
    void movesTheIndicatorETagWhenProgressChanges() {
        String indicatorPath = "/api/v1/indicators/" + indicator;
        observation(indicator, 2020, 10, null);
        String e1 = json().get(indicatorPath).then().body("progress.status", equalTo("INSUFFICIENT_DATA"))
                .extract().header("ETag");

        long y2018 = observation(indicator, 2018, 8, null);
        String e2 = json().get(indicatorPath).then().statusCode(200)
                .body("latest.period", equalTo(2020), "progress.status", equalTo("DETERIORATION"),
                        "progress.method", equalTo("CAGR_THRESHOLDS"), "progress.base.year", equalTo(2018),
                        "progress.base.value", equalTo("8"), "progress.actualCagr", equalTo("0.1180"))
                .extract().header("ETag");
        assertEquals(IndicatorResourceTest.next(e1), e2);

        json().header("If-Match", Fixtures.etag(base + "/" + y2018)).body(Map.of("period", 2018, "value", 9)).put(base + "/" + y2018)
                .then().statusCode(200);
        String e3 = json().get(indicatorPath).then().body("progress.actualCagr", equalTo("0.0541")).extract().header("ETag");
        assertEquals(IndicatorResourceTest.next(e2), e3);

        // A subarea value changes neither `latest` nor the progress.
        observation(indicator, 2019, 1, s1);
        given().header("If-None-Match", e3).get(indicatorPath).then().statusCode(304);
    }

    /**
     * The list is one statement whose page is left joined onto the indicator's row: without a row of the page the
     * visibility and the total still come back, and without the indicator's row nothing does (404).
     */
    @Test
    void answersAnEmptySeriesAndAPagePastTheEndWithTheirTotals() {
        json().get(base).then().statusCode(200).header("ETag", notNullValue())
                .body("items", hasSize(0), "page", equalTo(0), "size", equalTo(20), "totalItems", equalTo(0), "totalPages", equalTo(0));
        json().queryParams(Map.of("subarea", s1, "page", 3)).get(base).then().statusCode(200)
                .body("items", hasSize(0), "page", equalTo(3), "totalItems", equalTo(0), "totalPages", equalTo(0));

        observation(indicator, 2019, 10, null);
        observation(indicator, 2020, 11, null);
        observation(indicator, 2020, 30, s1);
        json().queryParams(Map.of("size", 2, "page", 2)).get(base).then().statusCode(200)
                .body("items", hasSize(0), "page", equalTo(2), "size", equalTo(2), "totalItems", equalTo(3), "totalPages", equalTo(2));
        json().queryParams(Map.of("size", 2, "page", 1)).get(base).then().statusCode(200)
                .body("items.value", contains("30"), "totalItems", equalTo(3), "totalPages", equalTo(2));
        json().queryParams(Map.of("subarea", s1, "size", 1, "page", 1)).get(base).then().statusCode(200)
                .body("items", hasSize(0), "totalItems", equalTo(1), "totalPages", equalTo(1));

        String unknown = "/api/v1/indicators/999999999/observations";
        json().queryParams(Map.of("size", 2, "page", 5, "subarea", "none")).get(unknown).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404), "detail", equalTo("indicator 999999999 does not exist"));
    }

    /** A draft programme's indicator: 404 for readers without an account, with or without a page, 200 for its city's editor. */
    @Test
    void hidesTheSeriesOfADraftProgrammeFromAnonymousReaders() {
        String teryt = Fixtures.municipality();
        long draft = indicator(Fixtures.programme(teryt), with());
        String path = "/api/v1/indicators/" + draft + "/observations";
        String editor = Callers.token(teryt, "EDITOR");
        anonymous().accept("application/json").get(path).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("indicator " + draft + " does not exist"));
        as(editor).accept("application/json").get(path).then().statusCode(200).body("totalItems", equalTo(0));

        observation(draft, 2021, 5, null);
        observation(draft, 2022, 6, null);
        anonymous().accept("application/json").get(path).then().statusCode(404).contentType("application/problem+json");
        anonymous().accept("application/json").queryParams(Map.of("size", 1, "page", 9)).get(path).then().statusCode(404);
        as(editor).accept("application/json").get(path).then().statusCode(200)
                .body("items.value", contains("5", "6"), "totalItems", equalTo(2));
        as(editor).accept("application/json").queryParams(Map.of("size", 1, "page", 9)).get(path).then().statusCode(200)
                .body("items", hasSize(0), "totalItems", equalTo(2), "totalPages", equalTo(2));

        long published = indicator(Fixtures.programme(teryt, Map.of("published", true)), with());
        observation(published, 2021, 7, null);
        anonymous().accept("application/json").get("/api/v1/indicators/" + published + "/observations").then().statusCode(200)
                .body("items.value", contains("7"), "totalItems", equalTo(1));
    }

    @Test
    void listReadsTwoOrTwoHundredObservationsWithoutHibernate() {
        // The list is read by ObservationReader: one JDBC statement whatever the page size, and no entity that
        // could load lazily (N+1). Hibernate's statistics see none of it.
        fixtures.bulkObservations(indicator, 200);
        long big = statementsDuring(() -> json().queryParam("size", 200).get(base).then().statusCode(200)
                .body("items", hasSize(200), "items[0].period", equalTo(1901), "items[199].value", equalTo("250")));
        long small = statementsDuring(() -> json().queryParam("size", 2).get(base).then().statusCode(200)
                .body("items", hasSize(2), "totalItems", equalTo(200)));
        assertEquals(0, big, "Hibernate statements for a page of 200 observations");
        assertEquals(0, small, "Hibernate statements for a page of 2 observations");
    }

    @Test
    void aListItemIsTheObservationItself() {
        long id = json().body(Map.of("period", 2022, "value", "31.250", "subareaId", s1, "source", "GUS BDL", "note", "Ręczny pomiar"))
                .post(base).then().statusCode(201).extract().jsonPath().getLong("id");
        json().body(Map.of("period", 2022, "value", "7")).post(base).then().statusCode(201);
        for (String subarea : new String[] {String.valueOf(s1), "none"}) {
            Map<String, Object> item = json().queryParam("subarea", subarea).get(base).then().statusCode(200).extract().jsonPath().getMap("items[0]");
            assertEquals(item, json().get(base + "/" + item.get("id")).then().statusCode(200).extract().jsonPath().getMap(""));
        }
        json().queryParam("subarea", s1).get(base).then().body("items[0].id", equalTo((int) id), "items[0].value", equalTo("31.25"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void assertValues(Map<String, ?> params, String... values) {
        json().queryParams(params).get(base).then().statusCode(200)
                .body("items.value", values.length == 0 ? org.hamcrest.Matchers.empty() : contains(values),
                        "totalItems", equalTo(values.length));
    }

    private static RequestSpecification mergePatch() {
        return given().contentType("application/merge-patch+json").accept("application/json");
    }
}
