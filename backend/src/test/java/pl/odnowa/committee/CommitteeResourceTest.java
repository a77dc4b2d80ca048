package pl.odnowa.committee;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Callers;
import pl.odnowa.common.Fixtures;

/** The Revitalisation Committee (art. 7) through the API, and its opinion on an art. 22 assessment in the compliance checks. */
@QuarkusTest
class CommitteeResourceTest extends ApiTest {

    static final String PATH = "/api/v1/committees";

    static Map<String, Object> body(long programme, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme, "name", "Komitet Rewitalizacji", "source", "test",
                "members", List.of(
                        Map.of("name", "Anna Nowak", "represents", "RESIDENTS", "startDate", "2023-06-01"),
                        Map.of("name", "Jan Kowalski", "represents", "CITY_COUNCIL", "organisation", "Rada Miejska",
                                "startDate", "2023-06-01", "endDate", "2024-12-31")),
                "meetings", List.of(Map.of("date", "2023-09-12", "agenda", "1. Wybór przewodniczącego.",
                        "minutesReference", "Protokół nr 1/2023", "minutesUrl", "https://bip.example.pl/komitet/1-2023"))));
        body.putAll(overrides);
        return body;
    }

    private static long step(long programme, String kind, String date) {
        return Fixtures.post("/api/v1/procedure-steps", Map.of("programmeId", programme, "kind", kind, "date", date,
                "bipUrl", "https://bip.example.pl/ocena", "source", "test")).longValue();
    }

    private static Map<String, Object> opinion(Long step, String date, String stance) {
        Map<String, Object> o = new HashMap<>(Map.of("subject", "Ocena aktualności i stopnia realizacji GPR", "date", date,
                "stance", stance, "text", "Opinia pozytywna z uwagą o wskaźnikach."));
        if (step != null) {
            o.put("procedureStepId", step);
        }
        return o;
    }

    @Test
    void aCommitteeWithMembersMeetingsAndOpinionsIsRecordedReadListedPatchedAndAudited() {
        String city = Fixtures.municipality();
        long programme = Fixtures.programme(city);
        long id = Fixtures.post(PATH, body(programme, Map.of("opinions", List.of(opinion(null, "2023-10-02", "POSITIVE"))))).longValue();

        json().get(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("programmeId", equalTo((int) programme)).body("municipality", equalTo(city))
                .body("members.name", contains("Anna Nowak", "Jan Kowalski"))
                .body("members.represents", contains("RESIDENTS", "CITY_COUNCIL"))
                .body("members[0].endDate", nullValue()).body("members[1].endDate", equalTo("2024-12-31"))
                .body("meetings[0].minutesReference", equalTo("Protokół nr 1/2023"))
                .body("opinions[0].stance", equalTo("POSITIVE")).body("opinions[0].procedureStepId", nullValue());
        json().header("If-None-Match", "\"0\"").get(PATH + "/" + id).then().statusCode(304);
        json().queryParam("programme", programme).get(PATH).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].id", equalTo((int) id));
        json().queryParam("municipality", city).get(PATH).then().statusCode(200).body("items.programmeId", contains((int) programme));

        // a second meeting added (the whole list, as merge patch replaces arrays)
        mergePatch("\"0\"").body(Map.of("meetings", List.of(
                        Map.of("date", "2023-09-12", "minutesReference", "Protokół nr 1/2023"),
                        Map.of("date", "2024-02-20", "agenda", "Opinia o projekcie zmiany GPR."))))
                .patch(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("meetings.date", contains("2023-09-12", "2024-02-20")).body("members.size()", equalTo(2));
        json().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("items.entity", hasItem("committee")).body("items.part", hasItem("committee_meeting"))
                .body("items.part", hasItem("committee_member")).body("items.part", hasItem("committee_opinion"));
    }

    @Test
    void oneCommitteePerProgrammeAndTheProgrammeCannotChange() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = Fixtures.post(PATH, body(programme, Map.of())).longValue();
        json().body(body(programme, Map.of())).post(PATH).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already has a committee (" + id + ")"));
        long other = Fixtures.programme(Fixtures.municipality());
        json().header("If-Match", "\"0\"").body(body(other, Map.of())).put(PATH + "/" + id).then().statusCode(400)
                .body("errors.field", hasItem("programmeId"));
        json().header("If-Match", Fixtures.etag("/api/v1/programmes/" + programme)).delete("/api/v1/programmes/" + programme)
                .then().statusCode(409).body("detail", containsString("a committee still belongs to this programme"));
    }

    @Test
    void writesNeedTheCurrentEtagAndAnEditorOfTheCityAndResidentsSeeOnlyPublishedProgrammes() {
        String city = Fixtures.municipality();
        long programme = Fixtures.programme(city);
        long id = Fixtures.post(PATH, body(programme, Map.of())).longValue();
        mergePatch("\"5\"").body(Map.of("source", "stale")).patch(PATH + "/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        json().body(body(programme, Map.of())).put(PATH + "/" + id).then().statusCode(428);
        as(Callers.token(city, "VIEWER")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body(programme, Map.of())).put(PATH + "/" + id).then().statusCode(403).contentType("application/problem+json");
        anonymous().contentType(ContentType.JSON).body(body(programme, Map.of())).post(PATH).then().statusCode(401);
        anonymous().get(PATH + "/" + id).then().statusCode(404);
        anonymous().queryParam("programme", programme).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        anonymous().get(PATH + "/" + id + "/history").then().statusCode(org.hamcrest.Matchers.either(equalTo(401)).or(equalTo(404)));

        json().header("If-Match", Fixtures.etag("/api/v1/programmes/" + programme))
                .contentType("application/merge-patch+json").body(Map.of("published", true))
                .patch("/api/v1/programmes/" + programme).then().statusCode(200);
        anonymous().get(PATH + "/" + id).then().statusCode(200).body("members.size()", equalTo(2));
        json().header("If-Match", "\"0\"").delete(PATH + "/" + id).then().statusCode(204);
        json().get(PATH + "/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long elsewhere = step(Fixtures.programme(Fixtures.municipality()), "ASSESSMENT", "2025-09-30");
        long assessment = step(programme, "ASSESSMENT", "2025-09-30");
        Map<String, Object> noProgramme = body(programme, Map.of());
        noProgramme.remove("programmeId");
        expectField(noProgramme, "programmeId");
        expectField(body(programme, Map.of("members", List.of(Map.of("represents", "RESIDENTS")))), "members[0].name");
        expectField(body(programme, Map.of("members", List.of(Map.of("name", "Anna Nowak")))), "members[0].represents");
        expectField(body(programme, Map.of("members", List.of(Map.of("name", "Anna Nowak", "represents", "PARISH")))), "members");
        expectField(body(programme, Map.of("members", List.of(Map.of("name", "Anna Nowak", "represents", "RESIDENTS",
                "startDate", "2024-01-01", "endDate", "2023-12-31")))), "members[0].endDate");
        expectField(body(programme, Map.of("meetings", List.of(Map.of("agenda", "bez daty")))), "meetings[0].date");
        expectField(body(programme, Map.of("meetings", List.of(Map.of("date", "12.09.2023")))), "meetings");
        expectField(body(programme, Map.of("meetings", List.of(Map.of("date", "2023-09-12", "minutesUrl", "bip/1")))),
                "meetings[0].minutesUrl");
        expectField(body(programme, Map.of("opinions", List.of(Map.of("date", "2025-10-01")))), "opinions[0].subject");
        expectField(body(programme, Map.of("opinions", List.of(opinion(null, "2025-10-01", "MAYBE")))), "opinions");
        expectField(body(programme, Map.of("opinions", List.of(opinion(elsewhere, "2025-10-01", "POSITIVE")))),
                "opinions[0].procedureStepId");
        expectField(body(programme, Map.of("opinions", List.of(opinion(999_999_999L, "2025-10-01", "POSITIVE")))),
                "opinions[0].procedureStepId");
        expectField(body(programme, Map.of("opinions", List.of(opinion(assessment, "2025-09-29", "POSITIVE")))), "opinions[0].date");
        expectField(body(programme, Map.of("name", "x".repeat(301))), "name");
        json().queryParam("programme", programme).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        json().body(body(999_999_999L, Map.of())).post(PATH).then().statusCode(400).body("errors.field", hasItem("programmeId"));
        json().queryParam("programme", "abc").get(PATH).then().statusCode(400).body("errors.field", hasItem("programme"));
        json().get(PATH + "/abc").then().statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(404)));
    }

    @Test
    void anOpinionOnTheAssessmentStepIsTheCommitteesOpinionOfArt22AndTheStepCannotBeDeletedUnderIt() {
        // Adopted 15 Jan 2020, assessed 30 Sep 2025 with the BIP address recorded and no opinion date on the step:
        // ART_22_ASSESSMENT_RECORD is UNKNOWN for the missing opinion until the committee's opinion of 15 Oct 2025 names the step.
        long programme = Fixtures.programme(Fixtures.municipality());
        step(programme, "ADOPTION", "2020-01-15");
        long assessment = step(programme, "ASSESSMENT", "2025-09-30");
        JsonPath before = report(programme);
        assertEquals("UNKNOWN", check(before, "result"));
        assertEquals(List.of("procedureSteps[" + assessment + "].committeeOpinion"), check(before, "missing"));

        long id = Fixtures.post(PATH, body(programme, Map.of("opinions", List.of(opinion(null, "2025-10-15", "WITH_REMARKS")))))
                .longValue();
        assertEquals("UNKNOWN", check(report(programme), "result"), "an opinion on no step does not count");

        mergePatch("\"0\"").body(Map.of("opinions", List.of(opinion(assessment, "2025-10-15", "WITH_REMARKS"))))
                .patch(PATH + "/" + id).then().statusCode(200).body("opinions[0].procedureStepId", equalTo((int) assessment));
        JsonPath after = report(programme);
        assertEquals("PASS", check(after, "result"));
        assertEquals(true, check(after, "figures.committeeOpinion"));
        assertEquals(new ArrayList<>(), check(after, "missing"));

        json().header("If-Match", Fixtures.etag("/api/v1/procedure-steps/" + assessment)).delete("/api/v1/procedure-steps/" + assessment)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("committee opinions still refer to this procedure step"));
    }

    @Test
    void theChangeFeedCarriesCommitteesWithTheirAddresses() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = Fixtures.post(PATH, body(programme, Map.of())).longValue();
        String since = null;
        List<Map<String, Object>> ours = new ArrayList<>();
        JsonPath page;
        do {
            var request = json().queryParam("limit", 1000);
            if (since != null) {
                request.queryParam("since", since);
            }
            page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(c -> "committee".equals(c.get("entity")) && Long.toString(id).equals(c.get("id"))).forEach(ours::add);
            since = page.getString("next");
        } while (page.getBoolean("more"));
        assertEquals("CREATE", ours.get(0).get("action"));
        assertEquals(PATH + "/" + id, ours.get(0).get("href"));
    }

    private static JsonPath report(long programme) {
        return json().get("/api/v1/programmes/" + programme + "/compliance").then().statusCode(200).extract().jsonPath();
    }

    private static <T> T check(JsonPath report, String path) {
        return report.get("checks.find { it.id == 'ART_22_ASSESSMENT_RECORD' }." + path);
    }

    private static void expectField(Map<String, Object> body, String field) {
        json().body(body).post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("errors.field", hasItem(startsWith(field)));
    }
}
