package pl.odnowa.due;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
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

/** What is due, with the dates written out: art. 22's next assessment and art. 7's committee rules, and the calendar. */
@QuarkusTest
class DueResourceTest extends ApiTest {

    private static void step(long programme, String kind, String date) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme, "kind", kind, "source", "test"));
        body.put("date", date);
        Fixtures.post("/api/v1/procedure-steps", body);
    }

    private static JsonPath due(long programme, String asOf) {
        return json().queryParam("asOf", asOf).get("/api/v1/programmes/" + programme + "/due").then().statusCode(200)
                .extract().jsonPath();
    }

    private static <T> T duty(JsonPath list, String code, String path) {
        return list.get("duties.find { it.code == '" + code + "' }." + path);
    }

    @Test
    void adoptedOn1March2023TheFirstAssessmentIsDueOn1March2026AndTheCommitteeRulesOn1June2023() {
        long programme = Fixtures.programme(Fixtures.municipality());
        step(programme, "ADOPTION", "2023-03-01");

        JsonPath nextYear = due(programme, "2023-04-15");
        assertEquals(List.of("ART_7_COMMITTEE_RULES"), nextYear.getList("duties.code"), "the default horizon is a year");
        JsonPath early = json().queryParam("asOf", "2023-04-15").queryParam("until", "2030-12-31")
                .get("/api/v1/programmes/" + programme + "/due").then().statusCode(200).extract().jsonPath();
        assertEquals("2023-06-01", (Object) duty(early, "ART_7_COMMITTEE_RULES", "dueDate"));
        assertEquals("DUE_SOON", (Object) duty(early, "ART_7_COMMITTEE_RULES", "status"), "47 days left, within the 90 days of 'soon'");
        assertEquals("2026-03-01", (Object) duty(early, "ART_22_ASSESSMENT", "dueDate"));
        assertEquals("UPCOMING", (Object) duty(early, "ART_22_ASSESSMENT", "status"));
        assertEquals("art. 22 ust. 1", (Object) duty(early, "ART_22_ASSESSMENT", "article"));
        assertEquals("ADOPTION", (Object) duty(early, "ART_22_ASSESSMENT", "computedFrom[0].label"));

        JsonPath late = due(programme, "2026-12-07");
        assertEquals("OVERDUE", (Object) duty(late, "ART_22_ASSESSMENT", "status"));
        assertEquals(-281, ((Number) duty(late, "ART_22_ASSESSMENT", "daysLeft")).intValue(), "1 Mar 2026 to 7 Dec 2026");
        assertEquals("OVERDUE", (Object) duty(late, "ART_7_COMMITTEE_RULES", "status"));
        assertEquals(2, late.getInt("summary.overdue"));

        // the rules recorded: that duty is done; an assessment on 10 Jan 2026 moves the next one to 10 Jan 2029
        step(programme, "COMMITTEE_RULES", "2023-05-20");
        step(programme, "ASSESSMENT", "2026-01-10");
        JsonPath after = json().queryParam("asOf", "2026-12-07").queryParam("horizon", "1500")
                .get("/api/v1/programmes/" + programme + "/due").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("ART_22_ASSESSMENT"), after.getList("duties.code"));
        assertEquals("2029-01-10", (Object) duty(after, "ART_22_ASSESSMENT", "dueDate"));
        assertEquals("UPCOMING", (Object) duty(after, "ART_22_ASSESSMENT", "status"));
    }

    @Test
    void withoutTheAdoptionRecordedTheDutiesAreUnknownSayingWhatIsMissing() {
        long programme = Fixtures.programme(Fixtures.municipality());
        JsonPath list = due(programme, "2026-12-07");
        assertEquals("UNKNOWN", (Object) duty(list, "ART_22_ASSESSMENT", "status"));
        assertEquals(null, (Object) duty(list, "ART_22_ASSESSMENT", "dueDate"));
        assertEquals(List.of("resolutionDate", "procedureSteps[ADOPTION]"), (Object) duty(list, "ART_22_ASSESSMENT", "missing"));
        assertEquals("UNKNOWN", (Object) duty(list, "ART_7_COMMITTEE_RULES", "status"));
        assertEquals(2, list.getInt("summary.unknown"));
    }

    @Test
    void theMunicipalityListGathersItsProgrammesAndBadWindowsAreProblemsNamingTheField() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        step(programme, "ADOPTION", "2023-03-01");
        json().queryParam("asOf", "2026-12-07").get("/api/v1/municipalities/" + teryt + "/due").then().statusCode(200)
                .body("municipality", org.hamcrest.Matchers.equalTo(teryt))
                .body("duties.programmeId", hasItem((int) programme));
        json().queryParam("asOf", "7.12.2026").get("/api/v1/programmes/" + programme + "/due").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("asOf"));
        json().queryParam("until", "2027-01-01").queryParam("horizon", "30").get("/api/v1/programmes/" + programme + "/due")
                .then().statusCode(400).body("errors.field", hasItem("horizon"));
        json().get("/api/v1/municipalities/12/due").then().statusCode(400).body("errors.field", hasItem("teryt"));
    }

    @Test
    void theCalendarIsRfc5545WithCrlfFoldedLinesAndAStableUidPerDuty() {
        long programme = Fixtures.programme(Fixtures.municipality());
        step(programme, "ADOPTION", "2023-03-01");
        String ics = given().accept("text/calendar").queryParam("until", "2030-12-31")
                .get("/api/v1/programmes/" + programme + "/due.ics").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/calendar")).extract().asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART;VALUE=DATE:20260301\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART;VALUE=DATE:20230601\r\n"), ics);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
            assertTrue(!line.contains("\n"), "only CRLF ends a line");
        }
        String again = given().accept("text/calendar").queryParam("until", "2030-12-31")
                .get("/api/v1/programmes/" + programme + "/due.ics").then().statusCode(200).extract().asString();
        assertEquals(uids(ics), uids(again), "UIDs stay the same, so a calendar updates the events rather than adding new ones");
        assertEquals(2, uids(ics).size());
    }

    private static List<String> uids(String ics) {
        return ics.lines().filter(l -> l.startsWith("UID:")).sorted().toList();
    }
}
