package pl.odnowa.due;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/** What is due, through the HTTP API, with every rule's dates written out (asOf fixes the day). */
@QuarkusTest
class DueTest extends ApiTest {

    private static long step(long programme, String kind, String date) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme, "kind", kind, "source", "test"));
        if (date != null) {
            body.put("date", date);
        }
        return Fixtures.post("/api/v1/procedure-steps", body).longValue();
    }

    private static JsonPath due(long programme, String query) {
        return json().get("/api/v1/programmes/" + programme + "/due" + query).then().statusCode(200).extract().jsonPath();
    }

    private static <T> T duty(JsonPath list, String code, String path) {
        return list.get("duties.find { it.code == '" + code + "' }." + path);
    }

    @Test
    void art22TheFirstAssessmentIsDueThreeYearsAfterTheAdoption() {
        // adoption 2023-03-01 → art. 22 assessment due 2026-03-01
        long gpr = Fixtures.programme(Fixtures.municipality(), Map.of("resolutionDate", "2023-03-01"));
        JsonPath before = due(gpr, "?asOf=2025-06-01");
        assertEquals("2026-03-01", duty(before, "ART_22_ASSESSMENT", "dueDate"));
        assertEquals("UPCOMING", duty(before, "ART_22_ASSESSMENT", "status"));
        assertEquals(273, (int) duty(before, "ART_22_ASSESSMENT", "daysLeft"));
        assertEquals("art. 22 ust. 1", duty(before, "ART_22_ASSESSMENT", "article"));
        assertTrue(((String) duty(before, "ART_22_ASSESSMENT", "act")).contains("o rewitalizacji"));
        assertEquals("resolutionDate", duty(before, "ART_22_ASSESSMENT", "computedFrom[0].label"));
        assertEquals("/programmes/" + gpr + "/procedure", duty(before, "ART_22_ASSESSMENT", "page"));
        assertTrue(((String) duty(before, "ART_22_ASSESSMENT", "explanationPl")).contains("najpóźniej 2026-03-01"));
        assertTrue(((String) duty(before, "ART_22_ASSESSMENT", "explanationEn")).endsWith("273 days left."));

        assertEquals("DUE_SOON", duty(due(gpr, "?asOf=2026-01-15"), "ART_22_ASSESSMENT", "status"));
        assertEquals("DUE_SOON", duty(due(gpr, "?asOf=2026-03-01"), "ART_22_ASSESSMENT", "status"));
        JsonPath after = due(gpr, "?asOf=2026-03-02");
        assertEquals("OVERDUE", duty(after, "ART_22_ASSESSMENT", "status"));
        assertEquals(-1, (int) duty(after, "ART_22_ASSESSMENT", "daysLeft"));
        assertTrue(((String) duty(after, "ART_22_ASSESSMENT", "explanationPl")).endsWith("Termin minął 1 dzień temu."));
    }

    @Test
    void art22RestartsAtTheLastAssessmentStepAndAgreesWithTheComplianceCheck() {
        // ADOPTION step 2020-01-15, ASSESSMENT step 2024-06-01 → next due 2027-06-01
        long gpr = Fixtures.programme(Fixtures.municipality());
        long adoption = step(gpr, "ADOPTION", "2020-01-15");
        assertEquals("2023-01-15", duty(due(gpr, "?asOf=2024-01-01"), "ART_22_ASSESSMENT", "dueDate"));
        assertEquals((int) adoption, (int) duty(due(gpr, "?asOf=2024-01-01"), "ART_22_ASSESSMENT", "computedFrom[0].id"));
        long assessment = step(gpr, "ASSESSMENT", "2024-06-01");
        JsonPath list = due(gpr, "?asOf=2024-07-01&horizon=1200");
        assertEquals("2027-06-01", duty(list, "ART_22_ASSESSMENT", "dueDate"));
        assertEquals("ASSESSMENT", duty(list, "ART_22_ASSESSMENT", "computedFrom[0].label"));
        assertEquals((int) assessment, (int) duty(list, "ART_22_ASSESSMENT", "computedFrom[0].id"));
        // the same date as the compliance check's (one computation)
        String checkDue = json().get("/api/v1/programmes/" + gpr + "/compliance").then().statusCode(200).extract()
                .path("checks.find { it.id == 'ART_22_EVALUATION_DUE' }.figures.dueDate");
        assertEquals("2027-06-01", checkDue);
        // outside the window (until 2026-12-31): not listed; horizon long enough: listed
        assertNull(duty(due(gpr, "?asOf=2024-07-01&until=2026-12-31"), "ART_22_ASSESSMENT", "code"));
        assertEquals("UPCOMING", duty(due(gpr, "?asOf=2024-07-01&horizon=1200"), "ART_22_ASSESSMENT", "status"));
    }

    @Test
    void art7TheCommitteesRulesAreDueThreeMonthsAfterTheAdoptionUntilRecorded() {
        // adoption 2023-03-30 → committee rules due 2023-06-30
        long gpr = Fixtures.programme(Fixtures.municipality(), Map.of("resolutionDate", "2023-03-30"));
        JsonPath soon = due(gpr, "?asOf=2023-05-01");
        assertEquals("2023-06-30", duty(soon, "ART_7_COMMITTEE_RULES", "dueDate"));
        assertEquals("DUE_SOON", duty(soon, "ART_7_COMMITTEE_RULES", "status"));
        assertEquals("art. 7 ust. 3", duty(soon, "ART_7_COMMITTEE_RULES", "article"));
        assertEquals("OVERDUE", duty(due(gpr, "?asOf=2023-07-01"), "ART_7_COMMITTEE_RULES", "status"));

        long undated = step(gpr, "COMMITTEE_RULES", null);
        JsonPath u = due(gpr, "?asOf=2023-07-01");
        assertEquals("UNKNOWN", duty(u, "ART_7_COMMITTEE_RULES", "status"));
        assertEquals(List.of("procedureSteps[" + undated + "].date"), duty(u, "ART_7_COMMITTEE_RULES", "missing"));

        step(gpr, "COMMITTEE_RULES", "2023-06-15");
        assertNull(duty(due(gpr, "?asOf=2023-07-01"), "ART_7_COMMITTEE_RULES", "code"), "done: no longer due");
    }

    @Test
    void withoutAnAdoptionTheGprsDutiesAreUnknownAndSayWhatIsMissing() {
        long gpr = Fixtures.programme(Fixtures.municipality(), Map.of("status", "DRAFT"));
        step(gpr, "START_RESOLUTION", "2022-09-22");
        JsonPath list = due(gpr, "?asOf=2026-12-07");
        for (String code : List.of("ART_22_ASSESSMENT", "ART_7_COMMITTEE_RULES")) {
            assertEquals("UNKNOWN", duty(list, code, "status"));
            assertNull(duty(list, code, "dueDate"));
            assertEquals(List.of("resolutionDate", "procedureSteps[ADOPTION]"), duty(list, code, "missing"));
        }
        assertEquals(2, list.getInt("summary.unknown"));
    }

    @Test
    void art52ProjectsOfAPrProgrammeEndBy31December2023() {
        String teryt = Fixtures.municipality();
        long pr = Fixtures.programme(teryt, Map.of("legalBasis", "PR", "periodFrom", 2014, "periodTo", 2021));
        long late = Fixtures.post("/api/v1/projects", Map.of("programmeId", pr, "kind", "BASIC", "title", "Kamienica po terminie",
                "plannedEnd", "2024-06-30")).longValue();
        Fixtures.post("/api/v1/projects", Map.of("programmeId", pr, "kind", "BASIC", "title", "Na czas",
                "plannedEnd", "2022-06-30", "actualEnd", "2022-06-30", "status", "COMPLETION"));
        JsonPath before = due(pr, "?asOf=2023-11-01");
        assertEquals("2023-12-31", duty(before, "ART_52_PR_PROJECTS", "dueDate"));
        assertEquals("DUE_SOON", duty(before, "ART_52_PR_PROJECTS", "status"));
        JsonPath after = due(pr, "?asOf=2024-01-01");
        assertEquals("OVERDUE", duty(after, "ART_52_PR_PROJECTS", "status"));
        assertEquals("art. 52 ust. 1", duty(after, "ART_52_PR_PROJECTS", "article"));
        assertEquals((int) late, (int) duty(after, "ART_52_PR_PROJECTS", "computedFrom.find { it.type == 'project' }.id"));
        assertTrue(((String) duty(after, "ART_52_PR_PROJECTS", "explanationPl")).contains("Kamienica po terminie"));
        // no art. 22 or art. 7 duty for a PR programme
        assertNull(duty(after, "ART_22_ASSESSMENT", "code"));

        long done = Fixtures.programme(teryt, Map.of("legalBasis", "PR", "periodFrom", 2014, "periodTo", 2021));
        Fixtures.post("/api/v1/projects", Map.of("programmeId", done, "kind", "BASIC", "title", "Skończone",
                "plannedEnd", "2021-06-30", "actualEnd", "2021-06-30", "status", "COMPLETION"));
        assertEquals(0, due(done, "?asOf=2024-01-01").getList("duties").size(), "all ended before the deadline");

        long open = Fixtures.programme(teryt, Map.of("legalBasis", "PR", "periodFrom", 2014, "periodTo", 2021));
        long noEnd = Fixtures.post("/api/v1/projects", Map.of("programmeId", open, "kind", "BASIC", "title", "Bez końca",
                "status", "IMPLEMENTATION")).longValue();
        JsonPath unknown = due(open, "?asOf=2024-01-01");
        assertEquals("UNKNOWN", duty(unknown, "ART_52_PR_PROJECTS", "status"));
        assertEquals(List.of("projects[" + noEnd + "].actualEnd"), duty(unknown, "ART_52_PR_PROJECTS", "missing"));
    }

    @Test
    void aMunicipalityListsThePublishedProgrammesDutiesByDateForResidents() {
        String teryt = Fixtures.municipality();
        long published = Fixtures.programme(teryt, Map.of("resolutionDate", "2023-03-01", "published", true));
        long draft = Fixtures.programme(teryt, Map.of("resolutionDate", "2024-03-01"));
        JsonPath all = json().get("/api/v1/municipalities/" + teryt + "/due?asOf=2026-12-07").then().statusCode(200)
                .body("municipality", equalTo(teryt)).extract().jsonPath();
        List<Integer> ids = all.getList("duties.programmeId");
        assertTrue(ids.contains((int) published) && ids.contains((int) draft));
        List<String> dates = all.getList("duties.dueDate");
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates, "by due date");
        assertEquals("2023-06-01", dates.get(0));

        JsonPath residents = anonymous().accept("application/json").get("/api/v1/municipalities/" + teryt + "/due?asOf=2026-12-07")
                .then().statusCode(200).extract().jsonPath();
        assertFalse(residents.getList("duties.programmeId").contains((int) draft), "a draft is not shown to residents");
        anonymous().accept("application/json").get("/api/v1/programmes/" + draft + "/due").then().statusCode(404);
    }

    @Test
    void badQueriesAreProblemsNamingTheField() {
        String teryt = Fixtures.municipality();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("?asOf=yesterday", "asOf");
        cases.put("?until=2026-13-01", "until");
        cases.put("?horizon=-1", "horizon");
        cases.put("?horizon=99999", "horizon");
        cases.put("?until=2027-01-01&horizon=30", "horizon");
        cases.put("?from=2028-01-01&until=2027-01-01", "from");
        for (var c : cases.entrySet()) {
            json().get("/api/v1/municipalities/" + teryt + "/due" + c.getKey()).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(c.getValue()));
        }
        json().get("/api/v1/municipalities/12345/due").then().statusCode(400).body("errors[0].field", equalTo("teryt"));
        json().get("/api/v1/municipalities/9999998/due").then().statusCode(404).contentType("application/problem+json");
        json().get("/api/v1/programmes/999999999/due").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/municipalities/" + teryt + "/due.ics?lang=de").then().statusCode(400)
                .body("errors[0].field", equalTo("lang"));
    }

    @Test
    void theCalendarIsStrictRfc5545() {
        String teryt = Fixtures.municipality();
        String longName = "Program rewitalizacji; z przecinkiem, ukośnikiem \\ i bardzo długą nazwą ąęśćżźółń, która nie mieści się w jednej linii";
        long gpr = Fixtures.programme(teryt, Map.of("name", longName, "resolutionDate", "2025-03-01", "published", true));
        byte[] bytes = given().get("/api/v1/municipalities/" + teryt + "/due.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).header("Content-Disposition", containsString(".ics"))
                .extract().asByteArray();
        String ics = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(ics.endsWith("\r\n"));
        // every line ends with CRLF, no bare LF or CR, no physical line over 75 octets
        String[] physical = ics.split("\r\n", -1);
        for (String line : physical) {
            assertFalse(line.contains("\n") || line.contains("\r"), "bare line break in: " + line);
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "over 75 octets: " + line);
        }
        // unfold (RFC 5545 §3.1) and parse content lines
        List<String> lines = new ArrayList<>();
        for (String line : physical) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
            } else if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("PRODID:")));
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String l : lines) {
            assertTrue(l.matches("[A-Z-]+(;[A-Z-]+=[^:;]+)*:.*"), "not a content line: " + l);
            if (l.equals("BEGIN:VEVENT")) {
                event = new LinkedHashMap<>();
            } else if (l.equals("END:VEVENT")) {
                events.add(event);
                event = null;
            } else if (event != null) {
                int colon = l.indexOf(':');
                event.put(l.substring(0, colon), l.substring(colon + 1));
            }
        }
        // adoption 2025-03-01: art. 22 due 2028-03-01 is beyond the default year; art. 7 due 2025-06-01 is overdue
        Map<String, String> rules = events.stream().filter(e -> e.get("UID").startsWith("art-7-committee-rules-programme-" + gpr + "@"))
                .findFirst().orElseThrow();
        assertEquals("20250601", rules.get("DTSTART;VALUE=DATE"));
        assertEquals("20250602", rules.get("DTEND;VALUE=DATE"));
        assertTrue(rules.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"));
        assertTrue(rules.get("SUMMARY").startsWith("[ZALEGŁE] "));
        assertTrue(rules.get("URL").matches("https?://.+/programmes/" + gpr + "/procedure"));
        // TEXT escaping: ; , \ escaped, newline as \n
        assertTrue(rules.get("SUMMARY").contains("Program rewitalizacji\\; z przecinkiem\\, ukośnikiem \\\\ i"), rules.get("SUMMARY"));
        assertTrue(rules.get("DESCRIPTION").contains("\\nart. 7 ust. 3 — Ustawa z dnia 9 października 2015 r. o rewitalizacji"));
        assertTrue(events.stream().noneMatch(e -> e.get("UID").startsWith("art-22-assessment-programme-" + gpr + "@")));
        // the UID is stable: the same on the next request, in English too
        String again = given().get("/api/v1/municipalities/" + teryt + "/due.ics?lang=en&horizon=3650").then().statusCode(200)
                .extract().asString();
        assertTrue(again.contains("UID:art-7-committee-rules-programme-" + gpr + "@odnowa"));
        assertTrue(again.replace("\r\n ", "").contains("UID:art-22-assessment-programme-" + gpr + "@odnowa"));
        assertTrue(again.replace("\r\n ", "").contains("SUMMARY:[OVERDUE] Resolution on the Revitalisation Committee's rules"));
        // the programme's own feed
        given().get("/api/v1/programmes/" + gpr + "/due.ics").then().statusCode(200)
                .body(containsString("UID:art-7-committee-rules-programme-" + gpr + "@odnowa"));
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }
}
