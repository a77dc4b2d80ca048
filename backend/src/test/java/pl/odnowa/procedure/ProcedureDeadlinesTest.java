package pl.odnowa.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/** The compliance checks read the procedure steps: art. 7's deadline from the adoption, art. 22's clock. */
@QuarkusTest
class ProcedureDeadlinesTest extends ApiTest {

    private static long step(long programme, String kind, String date, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme, "kind", kind, "source", "test"));
        if (date != null) {
            body.put("date", date);
        }
        body.putAll(more);
        return Fixtures.post(ProcedureStepResourceTest.PATH, body).longValue();
    }

    private static JsonPath report(long programme) {
        return json().get("/api/v1/programmes/" + programme + "/compliance").then().statusCode(200).extract().jsonPath();
    }

    private static <T> T field(JsonPath report, String id, String path) {
        return report.get("checks.find { it.id == '" + id + "' }." + path);
    }

    @Test
    void art7TheCommitteesRulesAreDueThreeMonthsAfterTheAdoption() {
        long onTime = Fixtures.programme(Fixtures.municipality(), Map.of("resolutionDate", "2023-03-30"));
        step(onTime, "COMMITTEE_RULES", "2023-06-30", Map.of());
        JsonPath r = report(onTime);
        assertEquals("PASS", field(r, "ART_7_COMMITTEE_RULES", "result"));
        assertEquals("2023-06-30", field(r, "ART_7_COMMITTEE_RULES", "figures.dueDate"));

        long late = Fixtures.programme(Fixtures.municipality(), Map.of("resolutionDate", "2023-03-30"));
        step(late, "COMMITTEE_RULES", "2023-07-01", Map.of());
        assertEquals("FAIL", field(report(late), "ART_7_COMMITTEE_RULES", "result"));

        // Rules set before the adoption are on time too (art. 7: "before or within 3 months after").
        long before = Fixtures.programme(Fixtures.municipality());
        step(before, "ADOPTION", "2023-03-30", Map.of());
        step(before, "COMMITTEE_RULES", "2022-11-15", Map.of());
        assertEquals("PASS", field(report(before), "ART_7_COMMITTEE_RULES", "result"));
    }

    @Test
    void art7IsUnknownWhenTheRulesOrTheAdoptionAreNotRecorded() {
        long none = Fixtures.programme(Fixtures.municipality(), Map.of("resolutionDate", "2023-03-30"));
        JsonPath r = report(none);
        assertEquals("UNKNOWN", field(r, "ART_7_COMMITTEE_RULES", "result"));
        assertEquals(List.of("procedureSteps[COMMITTEE_RULES]"), field(r, "ART_7_COMMITTEE_RULES", "missing"));
        assertEquals("2023-06-30", field(r, "ART_7_COMMITTEE_RULES", "figures.dueDate"));

        long noAdoption = Fixtures.programme(Fixtures.municipality());
        step(noAdoption, "COMMITTEE_RULES", "2023-06-30", Map.of());
        JsonPath n = report(noAdoption);
        assertEquals("UNKNOWN", field(n, "ART_7_COMMITTEE_RULES", "result"));
        assertEquals(List.of("resolutionDate"), field(n, "ART_7_COMMITTEE_RULES", "missing"));
    }

    @Test
    void art22RunsFromTheAdoptionStepAndRestartsAtAnAssessmentStep() {
        long gpr = Fixtures.programme(Fixtures.municipality());
        step(gpr, "ADOPTION", "2020-01-15", Map.of());
        JsonPath r = report(gpr);
        assertEquals("FAIL", field(r, "ART_22_EVALUATION_DUE", "result"));
        assertEquals("ADOPTION", field(r, "ART_22_EVALUATION_DUE", "figures.reference"));
        assertEquals("2023-01-15", field(r, "ART_22_EVALUATION_DUE", "figures.dueDate"));

        long assessment = step(gpr, "ASSESSMENT", "2024-06-01", Map.of("committeeOpinionDate", "2024-06-20"));
        JsonPath a = report(gpr);
        assertEquals("LAST_ASSESSMENT", field(a, "ART_22_EVALUATION_DUE", "figures.reference"));
        assertEquals("2024-06-01", field(a, "ART_22_EVALUATION_DUE", "figures.referenceDate"));
        assertEquals("2027-06-01", field(a, "ART_22_EVALUATION_DUE", "figures.dueDate"));
        // The committee's opinion is recorded, its BIP publication is not: the record is UNKNOWN, naming the step.
        assertEquals("UNKNOWN", field(a, "ART_22_ASSESSMENT_RECORD", "result"));
        assertEquals(List.of("procedureSteps[" + assessment + "].bipPublication"), field(a, "ART_22_ASSESSMENT_RECORD", "missing"));
    }
}
