package pl.odnowa.due;

import static io.restassured.RestAssured.given;
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

/**
 * The consultation summary in what is due, with the dates written out: due 30 days (the assumed
 * odnowa.compliance.consultation-summary-days of ART_6_CONSULTATION_SUMMARY) after the consultation's last day.
 */
@QuarkusTest
class ConsultationSummaryDueTest extends ApiTest {

    private static final String CODE = "ART_6_CONSULTATION_SUMMARY";

    private static long consultation(long programme, String start, String end) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme, "subject", "Projekt GPR", "source", "test"));
        body.put("startDate", start);
        if (end != null) {
            body.put("endDate", end);
        }
        return Fixtures.post("/api/v1/consultations", body).longValue();
    }

    private static List<Map<String, Object>> summaries(String path, String asOf) {
        JsonPath list = json().queryParam("asOf", asOf).get(path).then().statusCode(200).extract().jsonPath();
        return list.getList("duties.findAll { it.code == '" + CODE + "' }");
    }

    @Test
    void aConsultationEnding4April2024HasItsSummaryDueOn4May2024UntilThePublicationIsRecorded() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = consultation(programme, "2024-03-01", "2024-04-04");
        String path = "/api/v1/programmes/" + programme + "/due";

        List<Map<String, Object>> during = summaries(path, "2024-03-20");
        assertEquals(1, during.size());
        assertEquals("2024-05-04", during.get(0).get("dueDate"), "4 April + 30 days");
        assertEquals("DUE_SOON", during.get(0).get("status"), "45 days left, within the 90 days of 'soon'");
        assertEquals(45, ((Number) during.get(0).get("daysLeft")).intValue());
        assertEquals("art. 6", during.get(0).get("article"));
        Map<?, ?> from = (Map<?, ?>) ((List<?>) during.get(0).get("computedFrom")).get(0);
        assertEquals("consultation", from.get("type"));
        assertEquals((int) id, ((Number) from.get("id")).intValue());
        assertEquals("2024-04-04", from.get("date"));
        assertTrue(((String) during.get(0).get("explanationEn")).contains("due by 2024-05-04"), (String) during.get(0).get("explanationEn"));

        List<Map<String, Object>> late = summaries(path, "2024-06-01");
        assertEquals("OVERDUE", late.get(0).get("status"));
        assertEquals(-28, ((Number) late.get(0).get("daysLeft")).intValue(), "4 May to 1 June 2024");

        json().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("summaryPublishedOn", "2024-06-10")).patch("/api/v1/consultations/" + id).then().statusCode(200);
        assertEquals(List.of(), summaries(path, "2024-06-20"), "published (late: the compliance check says so) is done");
    }

    @Test
    void withoutAnEndDateTheSummaryIsUnknownAndTwoConsultationsAreTwoDutiesInTheListAndTheCalendar() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        long open = consultation(programme, "2024-09-02", null);
        consultation(programme, "2024-03-01", "2024-04-04");
        consultation(programme, "2024-05-06", "2024-06-10");

        List<Map<String, Object>> list = summaries("/api/v1/municipalities/" + teryt + "/due", "2024-06-20");
        assertEquals(3, list.size());
        assertEquals(List.of("2024-05-04", "2024-07-10"), list.stream().limit(2).map(d -> d.get("dueDate")).toList(),
                "by due date: 4 Apr + 30 days, 10 June + 30 days; the undated one last");
        assertEquals(List.of("OVERDUE", "DUE_SOON", "UNKNOWN"), list.stream().map(d -> d.get("status")).toList());
        assertEquals(List.of("consultations[" + open + "].endDate"), list.get(2).get("missing"));

        String ics = given().accept("text/calendar").queryParam("until", "2030-12-31")
                .get("/api/v1/programmes/" + programme + "/due.ics").then().statusCode(200).extract().asString();
        assertTrue(ics.contains("\r\nDTSTART;VALUE=DATE:20240504\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART;VALUE=DATE:20240710\r\n"), ics);
        List<String> uids = ics.lines().filter(l -> l.startsWith("UID:art-6-consultation-summary")).toList();
        assertEquals(2, uids.size(), "one event per dated consultation");
        assertEquals(2, uids.stream().distinct().count(), "each with its own UID: " + uids);
        assertTrue(ics.contains("Podsumowanie konsultacji"), "the Polish title");
    }
}
