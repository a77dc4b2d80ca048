package pl.odnowa.compliance;

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

/**
 * The limits come from odnowa.compliance.*, a second config mapping under the odnowa root next to OdnowaConfig:
 * Quarkus accepts both and a value set here reaches the checks.
 */
@QuarkusTest
@TestProfile(ComplianceConfigTest.Limits.class)
class ComplianceConfigTest extends ApiTest {

    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("odnowa.compliance.max-area-share-pct", "25", "odnowa.compliance.evaluation-interval-years", "5");
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
}
