package pl.odnowa.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.odnowa.indicator.IndicatorFixtures.indicator;
import static pl.odnowa.indicator.IndicatorFixtures.observation;
import static pl.odnowa.indicator.IndicatorFixtures.with;
import static pl.odnowa.indicator.IndicatorResourceTest.problem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/** The `progress` of indicators (Open SDG / Statistics Canada CAGR method) and the `progress` list filter. */
@QuarkusTest
class IndicatorProgressTest extends ApiTest {

    static final String BASE = "/api/v1/indicators";

    @Inject
    IndicatorFixtures fixtures;

    /** One indicator per status, codes P1… in the order of ProgressStatus; returns their ids. */
    private static long[] onePerStatus(long p) {
        long onTrackBy2025 = indicator(p, with("code", "P2", "direction", "HIGHER", "sdgTarget", "11.2",
                "baseline", Map.of("value", 100, "year", 2015), "target", Map.of("value", 200, "year", 2025)));
        observation(onTrackBy2025, 2020, 150, null);
        long achieved = indicator(p, with("code", "P1", "direction", "LOWER", "sdgTarget", "11.6",
                "baseline", Map.of("value", 38, "year", 2014), "target", Map.of("value", 30, "year", 2021)));
        observation(achieved, 2018, 34, null);
        observation(achieved, 2021, "29.5", null);
        long acceleration = indicator(p, with("code", "P3", "direction", "HIGHER", "sdgTarget", "11.4"));
        observation(acceleration, 2017, 12, null);
        observation(acceleration, 2021, "12.5", null);
        long limited = indicator(p, with("code", "P4", "direction", "HIGHER", "sdgTarget", "11.2",
                "baseline", Map.of("value", 100, "year", 2015), "target", Map.of("value", 200, "year", 2025)));
        observation(limited, 2020, 120, null);
        long deterioration = indicator(p, with("code", "P5", "direction", "LOWER", "sdgTarget", "11.6",
                "baseline", Map.of("value", 18, "year", 2014), "target", Map.of("value", 8, "year", 2021)));
        observation(deterioration, 2021, 23, null);
        long insufficient = indicator(p, with("code", "P6", "direction", "HIGHER"));
        // Base and latest values of different signs: the exponential model cannot take them.
        long notApplicable = indicator(p, with("code", "P7", "direction", "HIGHER", "baseline", Map.of("value", -5, "year", 2015)));
        observation(notApplicable, 2020, 3, null);
        return new long[] {achieved, onTrackBy2025, acceleration, limited, deterioration, insufficient, notApplicable};
    }

    @Test
    void showsTheProgressOnTheItemWithTheWorkedExampleNumbers() {
        long p = Fixtures.programme(Fixtures.municipality());
        long[] ids = onePerStatus(p);
        json().get(BASE + "/" + ids[1]).then().statusCode(200)
                .body("progress.status", equalTo("ON_TRACK"), "progress.method", equalTo("CAGR_VS_REQUIRED"),
                        "progress.ratio", equalTo("1.1769"), "progress.actualCagr", equalTo("0.0845"),
                        "progress.requiredCagr", equalTo("0.0718"),
                        "progress.base.value", equalTo("100"), "progress.base.year", equalTo(2015),
                        "progress.latest.value", equalTo("150"), "progress.latest.year", equalTo(2020),
                        "progress.target.value", equalTo("200"), "progress.target.year", equalTo(2025),
                        "progress.explanationEn", containsString("1.177"), "progress.explanationPl", containsString("1,177"));
        json().get(BASE + "/" + ids[3]).then().statusCode(200)
                .body("progress.status", equalTo("LIMITED_PROGRESS"), "progress.ratio", equalTo("0.5174"),
                        "progress.actualCagr", equalTo("0.0371"));
        json().get(BASE + "/" + ids[0]).then().statusCode(200)
                .body("progress.status", equalTo("TARGET_ACHIEVED"), "progress.method", equalTo("TARGET_COMPARISON"),
                        "progress.ratio", nullValue(), "progress.actualCagr", equalTo("-0.0355"),
                        "progress.latest.value", equalTo("29.5"), "progress.latest.year", equalTo(2021));
        json().get(BASE + "/" + ids[2]).then().statusCode(200)
                .body("progress.status", equalTo("ACCELERATION_NEEDED"), "progress.method", equalTo("CAGR_THRESHOLDS"),
                        "progress.actualCagr", equalTo("0.0103"), "progress.base.year", equalTo(2017),
                        "progress.target", nullValue());
        json().get(BASE + "/" + ids[4]).then().statusCode(200)
                .body("progress.status", equalTo("DETERIORATION"), "progress.ratio", equalTo("-0.3258"),
                        "progress.requiredCagr", equalTo("-0.1094"));
        json().get(BASE + "/" + ids[5]).then().statusCode(200)
                .body("progress.status", equalTo("INSUFFICIENT_DATA"), "progress.method", nullValue(),
                        "progress.base", nullValue(), "progress.latest", nullValue(),
                        "progress.explanationEn", containsString("No observations"));
        json().get(BASE + "/" + ids[6]).then().statusCode(200)
                .body("progress.status", equalTo("NOT_APPLICABLE"), "progress.method", nullValue(),
                        "progress.explanationEn", containsString("different signs"));
    }

    @Test
    void showsTheProgressInTheListAndFiltersByIt() {
        String teryt = Fixtures.municipality();
        long p = Fixtures.programme(teryt);
        onePerStatus(p);
        json().queryParam("programme", p).get(BASE).then().statusCode(200)
                .body("items.code", contains("P1", "P2", "P3", "P4", "P5", "P6", "P7"),
                        "items.progress.status", contains("TARGET_ACHIEVED", "ON_TRACK", "ACCELERATION_NEEDED",
                                "LIMITED_PROGRESS", "DETERIORATION", "INSUFFICIENT_DATA", "NOT_APPLICABLE"),
                        "items[1].progress.ratio", equalTo("1.1769"));
        String[] statuses = {"TARGET_ACHIEVED", "ON_TRACK", "ACCELERATION_NEEDED", "LIMITED_PROGRESS", "DETERIORATION",
                "INSUFFICIENT_DATA", "NOT_APPLICABLE"};
        for (int k = 0; k < statuses.length; k++) {
            json().queryParams(Map.of("programme", p, "progress", statuses[k])).get(BASE).then().statusCode(200)
                    .body("items.code", contains("P" + (k + 1)), "totalItems", equalTo(1), "totalPages", equalTo(1),
                            "items[0].progress.status", equalTo(statuses[k]));
        }
        // With other filters and the municipality instead of the programme.
        json().queryParams(Map.of("municipality", teryt, "progress", "ON_TRACK", "sdgTarget", "11.2")).get(BASE).then()
                .statusCode(200).body("items.code", contains("P2"), "totalItems", equalTo(1));
        json().queryParams(Map.of("municipality", teryt, "progress", "ON_TRACK", "sdgTarget", "11.6")).get(BASE).then()
                .statusCode(200).body("items", empty(), "totalItems", equalTo(0), "totalPages", equalTo(0));
    }

    @Test
    void pagesAndSortsTheFilteredIndicatorsWithTheRightTotals() {
        long p = Fixtures.programme(Fixtures.municipality());
        onePerStatus(p);
        for (String code : List.of("Q1", "Q2", "Q3")) {
            long id = indicator(p, with("code", code, "direction", "HIGHER"));
            observation(id, 2019, 10, null);
            observation(id, 2021, 11, null); // 4.88% a year: ON_TRACK by the thresholds
        }
        Map<String, Object> params = new HashMap<>(Map.of("programme", p, "progress", "ON_TRACK", "size", 2));
        json().queryParams(params).get(BASE).then().statusCode(200)
                .body("items.code", contains("P2", "Q1"), "totalItems", equalTo(4), "totalPages", equalTo(2),
                        "page", equalTo(0), "size", equalTo(2));
        params.put("page", 1);
        json().queryParams(params).get(BASE).then().statusCode(200)
                .body("items.code", contains("Q2", "Q3"), "totalItems", equalTo(4), "page", equalTo(1));
        params.put("page", 2);
        json().queryParams(params).get(BASE).then().statusCode(200)
                .body("items", empty(), "totalItems", equalTo(4), "totalPages", equalTo(2));
        params.put("page", 0);
        params.put("sort", "-code");
        json().queryParams(params).get(BASE).then().statusCode(200).body("items.code", contains("Q3", "Q2"));
        // Without the filter the page and totals are those of all the indicators.
        json().queryParams(Map.of("programme", p, "size", 3, "page", 3)).get(BASE).then().statusCode(200)
                .body("items.code", contains("Q3"), "totalItems", equalTo(10), "totalPages", equalTo(4));
    }

    @Test
    void refusesABadProgressFilter() {
        long p = Fixtures.programme(Fixtures.municipality());
        problem(json().queryParams(Map.of("programme", p, "progress", "GREAT")).get(BASE), 400, "progress");
        json().queryParams(Map.of("programme", p, "progress", "on_track")).get(BASE).then().statusCode(200)
                .body("totalItems", equalTo(0)); // statuses are case-insensitive, like the other enum filters
        problem(json().queryParam("progress", "ON_TRACK").get(BASE), 400, "progress");
        problem(json().queryParams(Map.of("sdgTarget", "11.6", "progress", "ON_TRACK")).get(BASE), 400, "progress");
    }

    @Test
    void listWithProgressCostsTheSameStatementsForTwoOrTwoHundredIndicators() {
        long p = Fixtures.programme(Fixtures.municipality());
        fixtures.bulkIndicators(p, 200);
        long big = statementsDuring(() -> json().queryParams(Map.of("programme", p, "size", 200)).get(BASE).then().statusCode(200)
                .body("items", hasSize(200), "items[0].progress.status", equalTo("ON_TRACK"),
                        "items[199].progress.actualCagr", equalTo("0.0476")));
        long small = statementsDuring(() -> json().queryParams(Map.of("programme", p, "size", 2)).get(BASE).then().statusCode(200)
                .body("items", hasSize(2), "totalItems", equalTo(200)));
        assertEquals(small, big, "statements for 2 vs 200 items");
        assertTrue(big <= 5, "a page of 200 indicators took " + big + " statements");

        long filteredBig = statementsDuring(() -> json().queryParams(Map.of("programme", p, "size", 200, "progress", "ON_TRACK"))
                .get(BASE).then().statusCode(200).body("items", hasSize(200), "totalItems", equalTo(200)));
        long filteredSmall = statementsDuring(() -> json().queryParams(Map.of("programme", p, "size", 2, "progress", "ON_TRACK"))
                .get(BASE).then().statusCode(200).body("items", hasSize(2), "totalItems", equalTo(200), "totalPages", equalTo(100)));
        assertEquals(filteredSmall, filteredBig, "filtered statements for 2 vs 200 items");
        assertTrue(filteredBig <= 5, "a filtered page of 200 indicators took " + filteredBig + " statements");
    }

    /** The demo data shows the statuses of Open SDG's method among Bielsko-Biała's indicators, and its context ones without. */
    @Test
    void demoDataShowsTheProgressStatusesInBielskoBiala() {
        json().queryParams(Map.of("municipality", "2461011", "size", 200)).get(BASE).then().statusCode(200)
                .body("items.progress.status", org.hamcrest.Matchers.hasItems("TARGET_ACHIEVED", "ON_TRACK",
                        "ACCELERATION_NEEDED", "LIMITED_PROGRESS", "DETERIORATION", "INSUFFICIENT_DATA"),
                        "items.findAll { it.level == 'CONTEXT' }.progress.status", org.hamcrest.Matchers.everyItem(nullValue()));
        for (String status : List.of("TARGET_ACHIEVED", "ON_TRACK", "ACCELERATION_NEEDED", "LIMITED_PROGRESS",
                "DETERIORATION", "INSUFFICIENT_DATA")) {
            json().queryParams(Map.of("municipality", "2461011", "progress", status)).get(BASE).then().statusCode(200)
                    .body("items.progress.status", org.hamcrest.Matchers.everyItem(equalTo(status)),
                            "totalItems", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        }
        json().queryParams(Map.of("municipality", "2461011", "q", "W6")).get(BASE).then().statusCode(200)
                .body("items[0].progress.status", equalTo("ON_TRACK"), "items[0].progress.ratio", equalTo("0.9707"),
                        "items[0].source", equalTo("illustrative"));
        json().queryParams(Map.of("municipality", "2461011", "q", "W8")).get(BASE).then().statusCode(200)
                .body("items[0].progress.method", equalTo("CAGR_THRESHOLDS"), "items[0].progress.status", equalTo("ACCELERATION_NEEDED"));
        // W1 counts renovated tenements: an output indicator, 3 of the 4 renovated (illustrative yearly values).
        json().queryParams(Map.of("municipality", "2461011", "q", "W1", "level", "OUTPUT")).get(BASE).then().statusCode(200)
                .body("items[0].progress.degreeOfAchievement", equalTo("0.7500"));
    }
}
