package pl.odnowa.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/** The compliance checks of art. 6 read the consultations, with their dates written out. */
@QuarkusTest
class ConsultationChecksTest extends ApiTest {

    private static long consultation(long programme, String start, String end, List<String> forms, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme, "forms", forms, "source", "test"));
        if (start != null) {
            body.put("startDate", start);
        }
        if (end != null) {
            body.put("endDate", end);
        }
        body.putAll(more);
        return Fixtures.post(ConsultationResourceTest.PATH, body).longValue();
    }

    private static JsonPath report(long programme) {
        return json().get("/api/v1/programmes/" + programme + "/compliance").then().statusCode(200).extract().jsonPath();
    }

    private static <T> T field(JsonPath report, String id, String path) {
        return report.get("checks.find { it.id == '" + id + "' }." + path);
    }

    private static final List<String> GOOD_FORMS = List.of("WRITTEN_COMMENTS", "ELECTRONIC_COMMENTS", "MEETING", "WALK_STUDY");

    @Test
    void art6Section5ThirtyFiveDaysFromTheStartSince24September2023() {
        // 1 Mar – 4 Apr 2024: 35 days with both ends counted → PASS; 1 Mar – 3 Apr: 34 days → FAIL.
        long ok = Fixtures.programme(Fixtures.municipality());
        consultation(ok, "2024-03-01", "2024-04-04", GOOD_FORMS, Map.of());
        JsonPath r = report(ok);
        assertEquals("PASS", field(r, "ART_6_CONSULTATION_DURATION", "result"));
        assertEquals(35, (int) field(r, "ART_6_CONSULTATION_DURATION", "figures.days"));
        assertEquals("art. 6 ust. 5", field(r, "ART_6_CONSULTATION_DURATION", "article"));

        long shortOne = Fixtures.programme(Fixtures.municipality());
        long id = consultation(shortOne, "2024-03-01", "2024-04-03", GOOD_FORMS, Map.of());
        JsonPath s = report(shortOne);
        assertEquals("FAIL", field(s, "ART_6_CONSULTATION_DURATION", "result"));
        assertEquals(String.valueOf(id), field(s, "ART_6_CONSULTATION_DURATION", "subject"));
        assertEquals(34, (int) field(s, "ART_6_CONSULTATION_DURATION", "figures.days"));
        assertEquals(35, (int) field(s, "ART_6_CONSULTATION_DURATION", "figures.minimumDays"));
        assertTrue(((String) field(s, "ART_6_CONSULTATION_DURATION", "explanationEn")).contains("1 short"));
    }

    @Test
    void beforeTheChangeThirtyDaysCountFromTheAnnouncement() {
        // 14 Jun – 20 Jul 2022 (Bielsko-Biała's dates): 37 days ≥ 30 → PASS without an announcement date.
        long bielsko = Fixtures.programme(Fixtures.municipality());
        consultation(bielsko, "2022-06-14", "2022-07-20", GOOD_FORMS, Map.of());
        JsonPath r = report(bielsko);
        assertEquals("PASS", field(r, "ART_6_CONSULTATION_DURATION", "result"));
        assertEquals(30, (int) field(r, "ART_6_CONSULTATION_DURATION", "figures.minimumDays"));

        // 1 – 20 Jun 2022: 20 days from the start; the announcement is not recorded → UNKNOWN naming it.
        long unknown = Fixtures.programme(Fixtures.municipality());
        long id = consultation(unknown, "2022-06-01", "2022-06-20", GOOD_FORMS, Map.of());
        JsonPath u = report(unknown);
        assertEquals("UNKNOWN", field(u, "ART_6_CONSULTATION_DURATION", "result"));
        assertEquals(List.of("consultations[" + id + "].announcementDate"), field(u, "ART_6_CONSULTATION_DURATION", "missing"));

        // Announced 15 May 2022, comments until 20 Jun: 37 days from the announcement → PASS; announced 25 May: 27 → FAIL.
        long announced = Fixtures.programme(Fixtures.municipality());
        consultation(announced, "2022-06-01", "2022-06-20", GOOD_FORMS, Map.of("announcementDate", "2022-05-15"));
        assertEquals("PASS", field(report(announced), "ART_6_CONSULTATION_DURATION", "result"));
        long late = Fixtures.programme(Fixtures.municipality());
        consultation(late, "2022-06-01", "2022-06-20", GOOD_FORMS, Map.of("announcementDate", "2022-05-25"));
        assertEquals("FAIL", field(report(late), "ART_6_CONSULTATION_DURATION", "result"));
    }

    @Test
    void art6Section4CommentsOnPaperOrElectronicallyPlusTwoOtherForms() {
        long good = Fixtures.programme(Fixtures.municipality());
        consultation(good, "2024-03-01", "2024-04-30", List.of("ELECTRONIC_COMMENTS", "MEETING", "SURVEY"), Map.of());
        assertEquals("PASS", field(report(good), "ART_6_CONSULTATION_FORMS", "result"));

        long oneForm = Fixtures.programme(Fixtures.municipality());
        consultation(oneForm, "2024-03-01", "2024-04-30", List.of("ELECTRONIC_COMMENTS"), Map.of());
        JsonPath r = report(oneForm);
        assertEquals("FAIL", field(r, "ART_6_CONSULTATION_FORMS", "result"));
        assertEquals(0, (int) field(r, "ART_6_CONSULTATION_FORMS", "figures.otherForms"));

        // A meeting on site and one held remotely are one form, "spotkania" (art. 6 ust. 3a); OTHER counts for nothing.
        long meetings = Fixtures.programme(Fixtures.municipality());
        consultation(meetings, "2024-03-01", "2024-04-30", List.of("WRITTEN_COMMENTS", "MEETING", "ONLINE_MEETING", "OTHER"), Map.of());
        JsonPath m = report(meetings);
        assertEquals("FAIL", field(m, "ART_6_CONSULTATION_FORMS", "result"));
        assertEquals(1, (int) field(m, "ART_6_CONSULTATION_FORMS", "figures.otherForms"));

        long noComments = Fixtures.programme(Fixtures.municipality());
        consultation(noComments, "2024-03-01", "2024-04-30", List.of("MEETING", "WORKSHOP", "SURVEY"), Map.of());
        assertEquals("FAIL", field(report(noComments), "ART_6_CONSULTATION_FORMS", "result"));

        long notRecorded = Fixtures.programme(Fixtures.municipality());
        long id = consultation(notRecorded, "2024-03-01", "2024-04-30", List.of(), Map.of());
        JsonPath n = report(notRecorded);
        assertEquals("UNKNOWN", field(n, "ART_6_CONSULTATION_FORMS", "result"));
        assertEquals(List.of("consultations[" + id + "].forms"), field(n, "ART_6_CONSULTATION_FORMS", "missing"));
    }

    @Test
    void theSummaryIsDueThirtyDaysAfterTheEndAsAnAssumption() {
        long onTime = Fixtures.programme(Fixtures.municipality());
        consultation(onTime, "2024-03-01", "2024-04-04", GOOD_FORMS, Map.of("summaryPublishedOn", "2024-05-04"));
        JsonPath r = report(onTime);
        assertEquals("PASS", field(r, "ART_6_CONSULTATION_SUMMARY", "result"));
        assertEquals("2024-05-04", field(r, "ART_6_CONSULTATION_SUMMARY", "figures.dueDate"));
        assertEquals(true, field(r, "ART_6_CONSULTATION_SUMMARY", "figures.assumed"));

        long late = Fixtures.programme(Fixtures.municipality());
        consultation(late, "2024-03-01", "2024-04-04", GOOD_FORMS, Map.of("summaryPublishedOn", "2024-05-05"));
        assertEquals("FAIL", field(report(late), "ART_6_CONSULTATION_SUMMARY", "result"));

        long none = Fixtures.programme(Fixtures.municipality());
        long id = consultation(none, "2024-03-01", "2024-04-04", GOOD_FORMS, Map.of());
        JsonPath n = report(none);
        assertEquals("UNKNOWN", field(n, "ART_6_CONSULTATION_SUMMARY", "result"));
        assertEquals(List.of("consultations[" + id + "].summaryPublishedOn"), field(n, "ART_6_CONSULTATION_SUMMARY", "missing"));
    }

    @Test
    void noConsultationRecordedIsUnknownNamingWhatIsMissing() {
        JsonPath r = report(Fixtures.programme(Fixtures.municipality()));
        for (String id : List.of("ART_6_CONSULTATION_DURATION", "ART_6_CONSULTATION_FORMS", "ART_6_CONSULTATION_SUMMARY")) {
            assertEquals("UNKNOWN", field(r, id, "result"), id);
            assertEquals(List.of("consultations"), field(r, id, "missing"), id);
        }
    }
}
