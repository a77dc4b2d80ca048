package pl.odnowa.compliance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.odnowa.compliance.ComplianceFixtures.area;
import static pl.odnowa.compliance.ComplianceFixtures.subarea;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;
import pl.odnowa.config.OdnowaConfig;
import pl.odnowa.indicator.IndicatorFixtures;

/**
 * The limits come from odnowa.compliance.*, a second config mapping under the odnowa root next to OdnowaConfig:
 * Quarkus accepts both and a value set here reaches the checks. The progress method's default target year
 * (odnowa.progress.*) is set in the same profile, so that one restart serves both.
 */
@QuarkusTest
@TestProfile(ComplianceConfigTest.Limits.class)
class ComplianceConfigTest extends ApiTest {

    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("odnowa.compliance.max-area-share-pct", "25", "odnowa.compliance.evaluation-interval-years", "5",
                    "odnowa.progress.default-target-year", "2025");
        }
    }

    @Inject
    ComplianceConfig config;

    @Inject
    OdnowaConfig odnowa;

    @Test
    void readsTheLimitsFromConfiguration() {
        assertEquals(new BigDecimal("25"), config.maxAreaSharePct());
        assertEquals(new BigDecimal("30"), config.maxResidentsSharePct());
        assertEquals(5, config.evaluationIntervalYears());
        assertEquals(true, odnowa.demoData().enabled());
        long programme = Fixtures.programme(Fixtures.municipality());
        area(programme, "REVITALISATION", List.of(subarea("R1", "2400.00", 100)));
        JsonPath r = json().get("/api/v1/programmes/" + programme + "/compliance").then().statusCode(200).extract().jsonPath();
        assertEquals("PASS", r.getString("checks.find { it.id == 'ART_10_2_AREA' }.result"));
        assertEquals(25.0, r.getDouble("checks.find { it.id == 'ART_10_2_AREA' }.figures.limitPct"));
    }

    @Test
    void aTargetWithoutAYearIsAssessedAgainstTheConfiguredDefaultYear() {
        // As OpenSdgProgressTest.c13 (100 in 2015 → 130 in 2020, target 200 with no year), but the default target year
        // is configured as 2025: required CAGR 2^(1/10) − 1 = 7.177%, observed 5.387%, R = 0.7506 (0.6–0.95) →
        // ACCELERATION_NEEDED, score 7.1429 × 0.7506 − 4.2857 = 1.0758 (with 2030 it was ON_TRACK, R = 1.1391).
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = IndicatorFixtures.indicator(programme, IndicatorFixtures.with("direction", "HIGHER",
                "baseline", Map.of("value", 100, "year", 2015), "target", Map.of("value", 200)));
        IndicatorFixtures.observation(id, 2020, 130, null);
        json().get("/api/v1/indicators/" + id).then().statusCode(200)
                .body("progress.target.year", equalTo(2025), "progress.targetYearAssumed", equalTo(true),
                        "progress.status", equalTo("ACCELERATION_NEEDED"), "progress.ratio", equalTo("0.7506"),
                        "progress.score", equalTo("1.0758"), "progress.explanationEn", containsString("2025 is assumed"));
    }
}
