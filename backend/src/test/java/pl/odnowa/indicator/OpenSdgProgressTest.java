package pl.odnowa.indicator;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static pl.odnowa.indicator.IndicatorFixtures.indicator;
import static pl.odnowa.indicator.IndicatorFixtures.observation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/**
 * Progress exactly as Open SDG computes it (sdg-build sdg/ProgressMeasure.py), case by case through the API. Each
 * case writes out its inputs and the Open SDG result — status, score and progress value (R with a target, the signed
 * CAGR without) — worked out by Open SDG's formulas:
 * CAGR = (y_t / y_0)^(1 / (t − t_0)) − 1; with a target R = sign × d × CAGR_observed / |CAGR_required|;
 * scores 7.1429 R − 4.2857 (R ≥ 0.6) or 4.1667 R − 2.5, capped to [−5, 5]; without a target
 * 500 v − 5 (v ≥ 1.5%), 250 v − 1.25 (v ≥ 0.5%), 500 v − 2.5 (v ≥ 0), 125 v − 2.5 (v &lt; 0), thresholds × C near a
 * natural limit. Where Open SDG has no answer, the case says what Odnowa does instead.
 */
@QuarkusTest
class OpenSdgProgressTest extends ApiTest {

    long programme;

    @BeforeEach
    void setUp() {
        programme = Fixtures.programme(Fixtures.municipality());
    }

    /** An indicator with the given fields and observations (year, value, year, value, ...), read back. */
    private ValidatableResponse progressOf(Map<String, Object> fields, Object... observations) {
        long id = indicator(programme, fields);
        for (int k = 0; k < observations.length; k += 2) {
            observation(id, (Integer) observations[k], observations[k + 1], null);
        }
        return json().get("/api/v1/indicators/" + id).then().statusCode(200);
    }

    /** Fields of the indicator, over IndicatorFixtures' defaults; a null value removes the field. */
    private static Map<String, Object> fields(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < keyValues.length; k += 2) {
            m.put((String) keyValues[k], keyValues[k + 1]);
        }
        return m;
    }

    private static Map<String, Object> yv(Object value, int year) {
        return Map.of("value", value, "year", year);
    }

    @Test
    void c01TargetHigherOnTrack() {
        // 100 (2015) → 150 (2020), target 200 by 2025: CAGR 8.447%, required 7.177%, R = 1.1769 ≥ 0.95;
        // score 7.1429 × 1.1769 − 4.2857 = 4.1209.
        progressOf(fields("direction", "HIGHER", "baseline", yv(100, 2015), "target", yv(200, 2025)), 2020, 150)
                .body("progress.status", equalTo("ON_TRACK"), "progress.openSdgStatus", equalTo("substantial_progress"),
                        "progress.method", equalTo("CAGR_VS_REQUIRED"), "progress.ratio", equalTo("1.1769"),
                        "progress.actualCagr", equalTo("0.0845"), "progress.requiredCagr", equalTo("0.0718"),
                        "progress.score", equalTo("4.1209"), "progress.targetYearAssumed", equalTo(false));
    }

    @Test
    void c02TargetLowerAccelerationNeeded() {
        // PM2.5 30 (2015) → 26 (2022), target 20 by 2030, lower is better: CAGR −2.023%, required −2.667%,
        // R = −1 × −0.02023 / 0.02667 = 0.7588 (0.6–0.95); score 7.1429 × 0.7588 − 4.2857 = 1.1341.
        progressOf(fields("direction", "LOWER", "baseline", yv(30, 2015), "target", yv(20, 2030)), 2022, 26)
                .body("progress.status", equalTo("ACCELERATION_NEEDED"), "progress.openSdgStatus", equalTo("moderate_progress"),
                        "progress.ratio", equalTo("0.7588"), "progress.score", equalTo("1.1341"));
    }

    @Test
    void c03TargetHigherLimitedProgress() {
        // 100 → 120 (2015–2020), target 200 by 2025: CAGR 3.714%, R = 0.5174; score 4.1667 × 0.5174 − 2.5 = −0.3441.
        progressOf(fields("direction", "HIGHER", "baseline", yv(100, 2015), "target", yv(200, 2025)), 2020, 120)
                .body("progress.status", equalTo("LIMITED_PROGRESS"), "progress.ratio", equalTo("0.5174"),
                        "progress.score", equalTo("-0.3441"));
    }

    @Test
    void c04TargetLowerDeterioration() {
        // Illegal dumps 18 (2014) → 23 (2021), target 8 by 2021: CAGR +3.562%, required −10.94%, R = −0.3258;
        // score 4.1667 × −0.3258 − 2.5 = −3.8575.
        progressOf(fields("direction", "LOWER", "baseline", yv(18, 2014), "target", yv(8, 2021)), 2021, 23)
                .body("progress.status", equalTo("DETERIORATION"), "progress.ratio", equalTo("-0.3258"),
                        "progress.requiredCagr", equalTo("-0.1094"), "progress.score", equalTo("-3.8575"));
    }

    @Test
    void c05TargetAchievedWinsEvenWithASingleObservation() {
        // No baseline, one observation 55 (2022), target 50 by 2030: achieved (Open SDG: target_achieved, score 5).
        progressOf(fields("direction", "HIGHER", "target", yv(50, 2030)), 2022, 55)
                .body("progress.status", equalTo("TARGET_ACHIEVED"), "progress.openSdgStatus", equalTo("target_achieved"),
                        "progress.method", equalTo("TARGET_COMPARISON"), "progress.score", equalTo("5.0000"),
                        "progress.base.year", equalTo(2022), "progress.latest.year", equalTo(2022),
                        "progress.explanationEn", containsString("even with a single observation"));
    }

    @Test
    void c06TargetMetExactlyIsAchieved() {
        progressOf(fields("direction", "HIGHER", "baseline", yv(12, 2016), "target", yv(15, 2025)), 2020, 15)
                .body("progress.status", equalTo("TARGET_ACHIEVED"), "progress.score", equalTo("5.0000"));
    }

    @Test
    void c07ZeroBaseIsReplacedByOneThousandth() {
        // 0 (2019) → 3 (2022), target 4 by 2023: base 0.001; CAGR 1342.2%, required 695.3%, R = 1.9305; score 5.
        progressOf(fields("direction", "HIGHER", "baseline", yv(0, 2019), "target", yv(4, 2023)), 2022, 3)
                .body("progress.status", equalTo("ON_TRACK"), "progress.ratio", equalTo("1.9305"),
                        "progress.score", equalTo("5.0000"), "progress.explanationEn", containsString("replaced by 0.001"));
    }

    @Test
    void c08ZeroTargetIsReplacedByOneThousandth() {
        // Deaths 10 (2015) → 6 (2020), target 0 by 2030 (lower is better): target 0.001; CAGR −9.712%,
        // required −45.88%, R = 0.2117; score 4.1667 × 0.2117 − 2.5 = −1.618.
        progressOf(fields("direction", "LOWER", "baseline", yv(10, 2015), "target", yv(0, 2030)), 2020, 6)
                .body("progress.status", equalTo("LIMITED_PROGRESS"), "progress.ratio", equalTo("0.2117"),
                        "progress.score", equalTo("-1.6180"), "progress.explanationEn", containsString("target 0 was replaced"));
    }

    @Test
    void c09ZeroTargetReachedIsAchieved() {
        progressOf(fields("direction", "LOWER", "baseline", yv(10, 2015), "target", yv(0, 2030)), 2020, 0)
                .body("progress.status", equalTo("TARGET_ACHIEVED"), "progress.score", equalTo("5.0000"));
    }

    @Test
    void c10AllNegativeSeriesFlipTheDirectionWithoutATarget() {
        // Net migration −500 (2015) → −300 (2020), higher is better: CAGR of the ratio 0.6 is −9.712%; sign −1 makes the
        // progress value +9.712% ≥ 1.5%: substantial progress, score min(500 × 0.0971 − 5, 5) = 5.
        progressOf(fields("direction", "HIGHER", "baseline", yv(-500, 2015)), 2020, -300)
                .body("progress.status", equalTo("ON_TRACK"), "progress.actualCagr", equalTo("-0.0971"),
                        "progress.score", equalTo("5.0000"), "progress.explanationEn", containsString("All values are negative"));
    }

    @Test
    void c11AllNegativeSeriesWithATarget() {
        // −500 → −300 (2015–2020), target −100 by 2025: CAGR −9.712%, required −27.52%, R = −1 × −0.0971 / 0.2752 = 0.6533;
        // score 7.1429 × 0.6533 − 4.2857 = 0.3808.
        progressOf(fields("direction", "HIGHER", "baseline", yv(-500, 2015), "target", yv(-100, 2025)), 2020, -300)
                .body("progress.status", equalTo("ACCELERATION_NEEDED"), "progress.ratio", equalTo("0.6533"),
                        "progress.score", equalTo("0.3808"));
    }

    @Test
    void c12BaseAndLatestOfDifferentSignsCannotBeAssessed() {
        progressOf(fields("direction", "HIGHER", "baseline", yv(-5, 2015)), 2020, 3)
                .body("progress.status", equalTo("NOT_APPLICABLE"), "progress.openSdgStatus", equalTo("not_available"),
                        "progress.score", nullValue(), "progress.explanationEn", containsString("different signs"));
    }

    @Test
    void c13TargetWithoutAYearIsAssessedAgainst2030() {
        // 100 (2015) → 130 (2020), target 200, no year: 2030 assumed; CAGR 5.387%, required 4.729%, R = 1.1391;
        // score 7.1429 × 1.1391 − 4.2857 = 3.851.
        progressOf(fields("direction", "HIGHER", "baseline", yv(100, 2015), "target", Map.of("value", 200)), 2020, 130)
                .body("target.year", nullValue(), "progress.status", equalTo("ON_TRACK"), "progress.ratio", equalTo("1.1391"),
                        "progress.score", equalTo("3.8510"), "progress.target.year", equalTo(2030),
                        "progress.targetYearAssumed", equalTo(true), "progress.explanationEn", containsString("2030 is assumed"));
    }

    @Test
    void c14NaturalLimitScalesTheThresholds() {
        // Share 90% (2015) → 92% (2020), maximum 100, no target: C = 1 − (90/100)^4.44 = 0.3736; thresholds 0.560% and
        // 0.187%; CAGR 0.4405% → moderate progress; score 250 × 0.004405 / 0.3736 − 1.25 = 1.6978.
        progressOf(fields("direction", "HIGHER", "unit", "%", "naturalLimit", 100, "baseline", yv(90, 2015)), 2020, 92)
                .body("progress.status", equalTo("ACCELERATION_NEEDED"), "progress.method", equalTo("CAGR_THRESHOLDS"),
                        "progress.limitCoefficient", equalTo("0.3736"), "progress.actualCagr", equalTo("0.0044"),
                        "progress.score", equalTo("1.6978"), "naturalLimit", equalTo("100"));
    }

    @Test
    void c15ABaseAtTheLimitMaintainedIsOnTrack() {
        // 100% (2015) → 100% (2020), maximum 100: C = 0, every threshold 0, CAGR 0 ≥ 0: substantial progress, score 5.
        progressOf(fields("direction", "HIGHER", "naturalLimit", 100, "baseline", yv(100, 2015)), 2020, 100)
                .body("progress.status", equalTo("ON_TRACK"), "progress.limitCoefficient", equalTo("0.0000"),
                        "progress.score", equalTo("5.0000"));
    }

    @Test
    void c16ALimitFarFromTheBaseChangesNothing() {
        // 40 → 42 with a limit of 10: 40 ≥ 2 × 10, so C = 1; CAGR 0.9805% → moderate; score 250 × 0.009805 − 1.25 = 1.2014.
        progressOf(fields("direction", "HIGHER", "naturalLimit", 10, "baseline", yv(40, 2015)), 2020, 42)
                .body("progress.status", equalTo("ACCELERATION_NEEDED"), "progress.limitCoefficient", equalTo("1.0000"),
                        "progress.score", equalTo("1.2014"));
    }

    @Test
    void c17WithoutATargetTheGrowthThresholdsApply() {
        // No baseline: base = first observation from 2015 on (2017: 12); 12.5 in 2021: CAGR 1.026% → moderate;
        // score 250 × 0.01026 − 1.25 = 1.3144.
        progressOf(fields("direction", "HIGHER"), 2017, 12, 2019, 12, 2021, "12.5")
                .body("progress.status", equalTo("ACCELERATION_NEEDED"), "progress.actualCagr", equalTo("0.0103"),
                        "progress.score", equalTo("1.3144"), "progress.base.year", equalTo(2017));
    }

    @Test
    void c18WithoutATargetAFallIsDeterioration() {
        // 10 (2016) → 9 (2020): CAGR −2.600%; score max(125 × −0.026 − 2.5, −5) = −5.
        progressOf(fields("direction", "HIGHER"), 2016, 10, 2020, 9)
                .body("progress.status", equalTo("DETERIORATION"), "progress.score", equalTo("-5.0000"));
    }

    @Test
    void c19NoObservationAfterTheBaseYearIsInsufficient() {
        progressOf(fields("direction", "HIGHER", "baseline", yv("12.4", 2021), "target", yv(15, 2030)), 2021, "12.4")
                .body("progress.status", equalTo("INSUFFICIENT_DATA"), "progress.openSdgStatus", equalTo("not_available"),
                        "progress.score", nullValue());
    }

    @Test
    void c20NoObservationsAtAllAreInsufficient() {
        progressOf(fields("direction", "HIGHER", "baseline", yv(10, 2015), "target", yv(20, 2030)))
                .body("progress.status", equalTo("INSUFFICIENT_DATA"), "progress.latest", nullValue(),
                        "progress.explanationEn", containsString("No observations"));
    }

    @Test
    void c21WithoutABaselineTheBaseYearIs2015OrTheFirstYearAfterIt() {
        // Observations 2012: 10, 2016: 12, 2020: 14; base = 2016 (2012 is before 2015): CAGR 3.929% → on track, score 5.
        progressOf(fields("direction", "HIGHER"), 2012, 10, 2016, 12, 2020, 14)
                .body("progress.status", equalTo("ON_TRACK"), "progress.base.year", equalTo(2016),
                        "progress.actualCagr", equalTo("0.0393"), "progress.score", equalTo("5.0000"));
    }

    @Test
    void c22NoObservationSince2015UsesTheEarliestAndSaysOpenSdgWouldNot() {
        // Open SDG finds no base year after 2015 and fails; Odnowa takes the earliest (2010: 10 → 2013: 11, 3.228%).
        progressOf(fields("direction", "HIGHER"), 2010, 10, 2013, 11)
                .body("progress.status", equalTo("ON_TRACK"), "progress.base.year", equalTo(2010),
                        "progress.explanationEn", containsString("Open SDG would give no result"));
    }

    @Test
    void c23OutputIndicatorsAlsoGetTheDegreeOfAchievement() {
        // Tenements renovated: 0 (2019), target 4 by 2023, 3 in 2022: 3 / 4 = 75% achieved; Open SDG: R = 1.9305 (base
        // 0.001), on track.
        progressOf(fields("level", "OUTPUT", "direction", "HIGHER", "unit", "szt.", "baseline", yv(0, 2019),
                "target", yv(4, 2023)), 2020, 0, 2021, 1, 2022, 3)
                .body("progress.status", equalTo("ON_TRACK"), "progress.degreeOfAchievement", equalTo("0.7500"),
                        "progress.ratio", equalTo("1.9305"));
    }

    @Test
    void contextIndicatorsGetNoDirectionAndNoStatus() {
        progressOf(fields("level", "CONTEXT", "direction", null, "namePl", "Liczba mieszkańców miasta", "unit", "osoby"),
                2015, 172_000, 2023, 166_765)
                .body("direction", nullValue(), "progress.status", nullValue(), "progress.openSdgStatus", nullValue(),
                        "progress.score", nullValue(), "progress.degreeOfAchievement", nullValue(),
                        "progress.explanationEn", containsString("context indicator"));
    }

    @Test
    void c24ATargetYearEqualToTheBaseYearIsNotApplicable() {
        // Open SDG divides by zero (1 / (t_T − t_0)); Odnowa: NOT_APPLICABLE, saying so.
        progressOf(fields("direction", "HIGHER", "baseline", yv(10, 2020), "target", yv(15, 2020)), 2022, 12)
                .body("progress.status", equalTo("NOT_APPLICABLE"), "progress.explanationEn", containsString("raises an error"));
    }

    @Test
    void c25ATargetEqualToTheBaseNotMetIsDeterioration() {
        // Required CAGR 0: Open SDG divides by zero; R tends to −∞, so Odnowa reports deterioration with score −5.
        progressOf(fields("direction", "HIGHER", "baseline", yv(10, 2015), "target", yv(10, 2025)), 2020, 8)
                .body("progress.status", equalTo("DETERIORATION"), "progress.ratio", nullValue(),
                        "progress.score", equalTo("-5.0000"), "progress.explanationEn", containsString("divides by zero"));
    }

    @Test
    void c26ATargetOfTheOtherSignThanTheBaseIsNotApplicable() {
        // 10 (2015) → 8 (2020), lower is better, target −5 by 2025 (not met: 8 > −5). Open SDG computes
        // ((−5 / 10)^(1/10)) − 1, a complex number in Python, |…| = 0.3095, and reports R = 0.141 (limited progress),
        // a figure without meaning; Odnowa answers NOT_APPLICABLE and says why.
        progressOf(fields("direction", "LOWER", "baseline", yv(10, 2015), "target", yv(-5, 2025)), 2020, 8)
                .body("progress.status", equalTo("NOT_APPLICABLE"), "progress.openSdgStatus", equalTo("not_available"),
                        "progress.ratio", nullValue(), "progress.score", nullValue(),
                        "progress.explanationEn", containsString("have different signs"),
                        "progress.explanationEn", containsString("figure without meaning"));
    }

    @Test
    void aRecordedBaselineWinsOverTheObservationOfItsYearAndSaysSo() {
        progressOf(fields("direction", "HIGHER", "baseline", yv(100, 2015)), 2015, 90, 2020, 120)
                .body("progress.base.value", equalTo("100"), "progress.explanationEn",
                        containsString("not the 2015 observation (90) Open SDG would take"));
    }
}
