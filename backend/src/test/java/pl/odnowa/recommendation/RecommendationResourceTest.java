package pl.odnowa.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import pl.odnowa.area.AreaKind;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

@QuarkusTest
class RecommendationResourceTest extends ApiTest {

    private static final String PATH = "/api/v1/recommendations";

    @Inject
    LinkedRows rows;

    // ---------------------------------------------------------------------------------------------- helpers

    private static Map<String, Object> body(long programme, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme,
                "title", "Mierzyć zasiedlenie odnowionych kamienic",
                "text", "Do wskaźnika produktu dodać wskaźnik rezultatu: odsetek zasiedlonych lokali.",
                "priority", "HIGH"));
        body.putAll(overrides);
        return body;
    }

    private static long create(long programme, Map<String, Object> overrides) {
        return Fixtures.post(PATH, body(programme, overrides)).longValue();
    }

    private static long programme() {
        return Fixtures.programme(Fixtures.municipality());
    }

    private static String etag(long id) {
        return Fixtures.etag(PATH + "/" + id);
    }

    private static ValidatableResponse patch(long id, Map<String, Object> patch) {
        return mergePatch(etag(id)).body(patch).when().patch(PATH + "/" + id).then();
    }

    private static ValidatableResponse listOf(long programme, Map<String, ?> params) {
        return json().queryParam("programme", programme).queryParams(params).when().get(PATH).then().statusCode(200);
    }

    private static void assertNothingIn(long programme) {
        listOf(programme, Map.of()).body("totalItems", equalTo(0));
    }

    /** Re-reads the recommendation and checks that its status and ETag did not move. */
    private static void assertUnchanged(long id, String status, String etag) {
        json().get(PATH + "/" + id).then().statusCode(200).body("status", equalTo(status)).header("ETag", equalTo(etag));
    }

    // ---------------------------------------------------------------------------------------------- create and read

    @Test
    void createsARecommendationWithItsLinksAndReadsItBack() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        long area = rows.area(programme, AreaKind.REVITALISATION);
        long projectA = rows.project(programme, "Nowe życie w starych-nowych budynkach – etap II");
        long projectB = rows.project(programme, "Nowa Starówka – nowe możliwości");
        long indicator = rows.indicator(programme, "W1");
        Map<String, Object> body = body(programme, Map.of("status", "ACCEPTED", "owner", "Wydział Strategii i Rozwoju Gospodarczego",
                "dueDate", "2026-12-31", "statusReason", "Przyjęta przez Komitet Rewitalizacji", "areaIds", List.of(area),
                "projectIds", List.of(projectB, projectA), "indicatorIds", List.of(indicator), "sdgTargets", List.of("11.4", "11.1")));
        String location = json().body(body).when().post(PATH).then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", notNullValue())
                .body("programmeId", equalTo((int) programme), "municipality", equalTo(teryt),
                        "title", equalTo("Mierzyć zasiedlenie odnowionych kamienic"), "priority", equalTo("HIGH"),
                        "status", equalTo("ACCEPTED"), "allowedTransitions", contains("IN_PROGRESS", "REJECTED"),
                        "owner", equalTo("Wydział Strategii i Rozwoju Gospodarczego"), "dueDate", equalTo("2026-12-31"),
                        "statusReason", equalTo("Przyjęta przez Komitet Rewitalizacji"),
                        "areaIds", contains((int) area), "projectIds", contains((int) Math.min(projectA, projectB), (int) Math.max(projectA, projectB)),
                        "indicatorIds", contains((int) indicator), "sdgTargets", contains("11.1", "11.4"),
                        "version", notNullValue(), "createdAt", notNullValue(), "updatedAt", notNullValue())
                .extract().header("Location");
        json().get(location).then().statusCode(200)
                .body("id", notNullValue(), "text", containsString("odsetek zasiedlonych"), "projectIds", hasSize(2),
                        "sdgTargets", contains("11.1", "11.4"), "municipality", equalTo(teryt));
    }

    @Test
    void startsAsProposedWithNoLinksByDefault() {
        long programme = programme();
        json().body(body(programme, Map.of())).when().post(PATH).then().statusCode(201)
                .body("status", equalTo("PROPOSED"), "allowedTransitions", contains("ACCEPTED", "REJECTED"),
                        "areaIds", empty(), "projectIds", empty(), "indicatorIds", empty(), "sdgTargets", empty(),
                        "owner", nullValue(), "dueDate", nullValue());
    }

    @ParameterizedTest
    @EnumSource(RecommendationStatus.class)
    void acceptsAnyStatusOnCreate(RecommendationStatus status) {
        long programme = programme();
        json().body(body(programme, Map.of("status", status.name(), "statusReason", "Z ewaluacji końcowej PROM 2014–2021")))
                .when().post(PATH).then().statusCode(201)
                .body("status", equalTo(status.name()), "allowedTransitions", hasSize(status.allowedTransitions().size()));
    }

    @Test
    void aRejectedRecommendationNeedsAReasonAlreadyOnCreate() {
        long programme = programme();
        json().body(body(programme, Map.of("status", "REJECTED"))).when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("statusReason"));
        json().body(body(programme, Map.of("status", "REJECTED", "statusReason", "   "))).when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("statusReason"));
        assertNothingIn(programme);
        json().body(body(programme, Map.of("status", "REJECTED", "statusReason", "Poza zakresem programu"))).when().post(PATH)
                .then().statusCode(201).body("status", equalTo("REJECTED"), "allowedTransitions", empty());
    }

    // ---------------------------------------------------------------------------------------------- status workflow

    @Test
    void walksTheWholeWorkflowWithPatchAndPut() {
        long programme = programme();
        long id = create(programme, Map.of());
        patch(id, Map.of("status", "ACCEPTED")).statusCode(200)
                .body("status", equalTo("ACCEPTED"), "allowedTransitions", contains("IN_PROGRESS", "REJECTED"));
        json().header("If-Match", etag(id)).body(body(programme, Map.of("status", "IN_PROGRESS", "owner", "ZGM")))
                .when().put(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"), "owner", equalTo("ZGM"), "allowedTransitions", contains("IMPLEMENTED", "REJECTED"));
        patch(id, Map.of("status", "IMPLEMENTED")).statusCode(200)
                .body("status", equalTo("IMPLEMENTED"), "allowedTransitions", empty(), "owner", equalTo("ZGM"));
    }

    @ParameterizedTest
    @EnumSource(value = RecommendationStatus.class, names = {"PROPOSED", "ACCEPTED", "IN_PROGRESS"})
    void rejectsFromEveryOpenStatusWithAReason(RecommendationStatus from) {
        long programme = programme();
        long id = create(programme, Map.of("status", from.name()));
        String etag = etag(id);
        mergePatch(etag).body(Map.of("status", "REJECTED")).when().patch(PATH + "/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("statusReason"));
        assertUnchanged(id, from.name(), etag);
        mergePatch(etag).body(Map.of("status", "REJECTED", "statusReason", "Brak środków w budżecie"))
                .when().patch(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("REJECTED"), "statusReason", equalTo("Brak środków w budżecie"), "allowedTransitions", empty());
    }

    @ParameterizedTest
    @CsvSource({
            "PROPOSED, IN_PROGRESS", "PROPOSED, IMPLEMENTED",
            "ACCEPTED, PROPOSED", "ACCEPTED, IMPLEMENTED",
            "IN_PROGRESS, PROPOSED", "IN_PROGRESS, ACCEPTED",
            "IMPLEMENTED, IN_PROGRESS", "IMPLEMENTED, REJECTED",
            "REJECTED, PROPOSED", "REJECTED, ACCEPTED"})
    void refusesAMoveOutsideTheWorkflowWith409(String from, String to) {
        long programme = programme();
        long id = create(programme, Map.of("status", from, "statusReason", "Powód"));
        String etag = etag(id);
        String expectedAllowed = switch (from) {
            case "PROPOSED" -> "ACCEPTED, REJECTED";
            case "ACCEPTED" -> "IN_PROGRESS, REJECTED";
            case "IN_PROGRESS" -> "IMPLEMENTED, REJECTED";
            default -> "none";
        };
        mergePatch(etag).body(Map.of("status", to)).when().patch(PATH + "/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409), "detail", containsString("from " + from + " to " + to),
                        "detail", containsString("allowed from " + from + ": " + expectedAllowed));
        json().header("If-Match", etag).body(body(programme, Map.of("status", to, "statusReason", "Powód")))
                .when().put(PATH + "/" + id).then().statusCode(409).contentType("application/problem+json");
        assertUnchanged(id, from, etag);
    }

    @ParameterizedTest
    @EnumSource(RecommendationStatus.class)
    void mayStayInTheSameStatus(RecommendationStatus status) {
        long programme = programme();
        long id = create(programme, Map.of("status", status.name(), "statusReason", "Powód"));
        json().header("If-Match", etag(id)).body(body(programme, Map.of("status", status.name(), "statusReason", "Powód",
                "title", "Nowy tytuł"))).when().put(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo(status.name()), "title", equalTo("Nowy tytuł"));
    }

    @Test
    void aReplaceWithoutStatusKeepsTheCurrentOne() {
        long programme = programme();
        long id = create(programme, Map.of("status", "IN_PROGRESS"));
        json().header("If-Match", etag(id)).body(body(programme, Map.of("priority", "LOW"))).when().put(PATH + "/" + id)
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"), "priority", equalTo("LOW"));
    }

    @Test
    void aRejectedRecommendationCannotLoseItsReason() {
        long programme = programme();
        long id = create(programme, Map.of("status", "REJECTED", "statusReason", "Powód"));
        String etag = etag(id);
        HashMap<String, Object> patch = new HashMap<>();
        patch.put("statusReason", null);
        mergePatch(etag).body(patch).when().patch(PATH + "/" + id).then().statusCode(400)
                .body("errors.field", contains("statusReason"));
        json().get(PATH + "/" + id).then().body("statusReason", equalTo("Powód")).header("ETag", equalTo(etag));
    }

    // ---------------------------------------------------------------------------------------------- links

    @Test
    void linksMustExistAndBelongToTheSameProgramme() {
        long programme = programme();
        long other = programme();
        long area = rows.area(programme, AreaKind.DEGRADED);
        long foreignArea = rows.area(other, AreaKind.DEGRADED);
        long project = rows.project(programme, "Centrum Aktywności Międzypokoleniowej");
        long foreignProject = rows.project(other, "Akademia Wiedzy Istotnej");
        long indicator = rows.indicator(programme, "W1");
        long foreignIndicator = rows.indicator(other, "W1");

        json().body(body(programme, Map.of("projectIds", List.of(project, foreignProject)))).when().post(PATH).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("projectIds[1]"), "errors[0].message", containsString("belongs to programme " + other));
        json().body(body(programme, Map.of("areaIds", List.of(foreignArea)))).when().post(PATH).then()
                .statusCode(400).body("errors.field", contains("areaIds[0]"));
        json().body(body(programme, Map.of("indicatorIds", List.of(indicator, 999_999_999L, foreignIndicator)))).when().post(PATH)
                .then().statusCode(400)
                .body("errors.field", contains("indicatorIds[1]", "indicatorIds[2]"),
                        "errors[0].message", equalTo("indicator 999999999 does not exist"));
        json().body(body(programme, Map.of("areaIds", List.of(area, area)))).when().post(PATH).then()
                .statusCode(400).body("errors.field", contains("areaIds[1]"), "errors[0].message", containsString("twice"));
        json().body(body(programme, Map.of("sdgTargets", List.of("11.1", "11.9")))).when().post(PATH).then()
                .statusCode(400).body("errors.field", contains("sdgTargets[1]"), "errors[0].message", containsString("11.9"));
        json().body(body(programme, Map.of("sdgTargets", List.of("11.7", "11.7")))).when().post(PATH).then()
                .statusCode(400).body("errors.field", contains("sdgTargets[1]"));
        json().body(body(programme, Map.of("status", "REJECTED", "areaIds", List.of(foreignArea), "sdgTargets", List.of("12.1"))))
                .when().post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("statusReason", "areaIds[0]", "sdgTargets[0]"));
        assertNothingIn(programme);

        long id = create(programme, Map.of("areaIds", List.of(area), "projectIds", List.of(project), "indicatorIds", List.of(indicator),
                "sdgTargets", List.of("11.3")));
        String etag = etag(id);
        mergePatch(etag).body(Map.of("projectIds", List.of(foreignProject))).when().patch(PATH + "/" + id).then()
                .statusCode(400).body("errors.field", contains("projectIds[0]"));
        json().get(PATH + "/" + id).then().header("ETag", equalTo(etag))
                .body("projectIds", contains((int) project), "areaIds", contains((int) area), "sdgTargets", contains("11.3"));
    }

    @Test
    void patchReplacesLinkListsAsAWhole() {
        long programme = programme();
        long area = rows.area(programme, AreaKind.DEGRADED);
        long area2 = rows.area(programme, AreaKind.REVITALISATION);
        long project = rows.project(programme, "Projekt A");
        long id = create(programme, Map.of("areaIds", List.of(area), "projectIds", List.of(project), "sdgTargets", List.of("11.3", "11.4")));
        patch(id, Map.of("areaIds", List.of(area2, area), "sdgTargets", List.of("11.4", "11.7"))).statusCode(200)
                .body("areaIds", contains((int) Math.min(area, area2), (int) Math.max(area, area2)),
                        "projectIds", contains((int) project), "sdgTargets", contains("11.4", "11.7"));
        HashMap<String, Object> clear = new HashMap<>();
        clear.put("projectIds", List.of());
        clear.put("sdgTargets", null);
        clear.put("owner", null);
        patch(id, clear).statusCode(200).body("projectIds", empty(), "sdgTargets", empty(), "areaIds", hasSize(2), "owner", nullValue());
        json().get(PATH + "/" + id).then().body("projectIds", empty(), "sdgTargets", empty(), "areaIds", hasSize(2));
    }

    // ---------------------------------------------------------------------------------------------- programme

    @Test
    void theProgrammeMustExistAndCannotChange() {
        long programme = programme();
        json().body(body(999_999_999L, Map.of())).when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("programmeId"), "errors[0].message", equalTo("programme 999999999 does not exist"));
        long id = create(programme, Map.of());
        long other = programme();
        String etag = etag(id);
        mergePatch(etag).body(Map.of("programmeId", other)).when().patch(PATH + "/" + id).then().statusCode(400)
                .body("errors.field", contains("programmeId"));
        json().header("If-Match", etag).body(body(other, Map.of())).when().put(PATH + "/" + id).then().statusCode(400)
                .body("errors.field", contains("programmeId"));
        json().get(PATH + "/" + id).then().body("programmeId", equalTo((int) programme)).header("ETag", equalTo(etag));
        assertNothingIn(other);
    }

    @Test
    void aProgrammeWithRecommendationsCannotBeDeleted() {
        long programme = programme();
        create(programme, Map.of());
        json().header("If-Match", Fixtures.etag("/api/v1/programmes/" + programme)).delete("/api/v1/programmes/" + programme)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("recommendations still belong to this programme"));
    }

    // ---------------------------------------------------------------------------------------------- bad input

    @Test
    void rejectsBadInputNamingTheFieldAndWritesNothing() {
        long programme = programme();
        json().body(body(programme, Map.of("priority", "URGENT"))).when().post(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("priority"), "errors[0].message", equalTo("must be one of HIGH, MEDIUM, LOW"));
        json().body(body(programme, Map.of("status", "DONE"))).when().post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("status"), "errors[0].message", containsString("IN_PROGRESS"));
        json().body(body(programme, Map.of("title", 5))).when().post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("title"));
        json().body(body(programme, Map.of("dueDate", "next spring"))).when().post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("dueDate"));
        json().body(body(programme, Map.of("areaIds", "5"))).when().post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("areaIds"));
        json().body(body(programme, Map.of("projectIds", List.of("x")))).when().post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("projectIds[0]"));
        json().body(body(programme, Map.of("programmeId", "two"))).when().post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("programmeId"));
        json().body(body(programme, Map.of("assignee", "ZGM"))).when().post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("assignee"), "errors[0].message", containsString("not a known property"));
        json().body(Map.of("programmeId", programme)).when().post(PATH).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("priority", "text", "title"));
        json().body(Map.of("title", "t", "text", "t", "priority", "LOW")).when().post(PATH).then().statusCode(400)
                .body("errors.field", contains("programmeId"));
        json().body(body(programme, Map.of("title", " ", "text", ""))).when().post(PATH).then().statusCode(400)
                .body("errors.field", contains("text", "title"));
        json().body(body(programme, Map.of("title", "x".repeat(301), "owner", "o".repeat(201), "statusReason", "r".repeat(10_001))))
                .when().post(PATH).then().statusCode(400).body("errors.field", contains("owner", "statusReason", "title"));
        HashMap<String, Object> nullElement = new HashMap<>(body(programme, Map.of()));
        nullElement.put("areaIds", java.util.Arrays.asList(1L, null));
        json().body(nullElement).when().post(PATH).then().statusCode(400).body("errors.field", contains("areaIds[1]"));
        json().body(body(programme, Map.of("sdgTargets", List.of("11.1.1.1.1")))).when().post(PATH).then().statusCode(400)
                .body("errors.field", contains("sdgTargets[0]"));
        json().body("{\"programmeId\": ").when().post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        json().body("[]").when().post(PATH).then().statusCode(400).contentType("application/problem+json");
        json().when().post(PATH).then().statusCode(400).contentType("application/problem+json");
        assertNothingIn(programme);
    }

    @Test
    void rejectsBadPatchesAndWritesNothing() {
        long programme = programme();
        long id = create(programme, Map.of("owner", "ZGM"));
        String etag = etag(id);
        mergePatch(etag).body(Map.of("priority", "SOON")).when().patch(PATH + "/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("priority"));
        mergePatch(etag).body(Map.of("title", "x".repeat(301))).when().patch(PATH + "/" + id).then().statusCode(400)
                .body("errors.field", contains("title"));
        HashMap<String, Object> removeTitle = new HashMap<>();
        removeTitle.put("title", null);
        mergePatch(etag).body(removeTitle).when().patch(PATH + "/" + id).then().statusCode(400).body("errors.field", contains("title"));
        mergePatch(etag).body(Map.of("colour", "red")).when().patch(PATH + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("colour"));
        mergePatch(etag).body("[1]").when().patch(PATH + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("body"));
        json().get(PATH + "/" + id).then().header("ETag", equalTo(etag)).body("owner", equalTo("ZGM"), "priority", equalTo("HIGH"));
    }

    // ---------------------------------------------------------------------------------------------- ETags and preconditions

    @Test
    void answersConditionalRequestsAndGuardsWrites() {
        long programme = programme();
        long id = create(programme, Map.of());
        String etag = json().get(PATH + "/" + id).then().statusCode(200).header("ETag", endsWith("\"")).extract().header("ETag");
        given().header("If-None-Match", etag).when().get(PATH + "/" + id).then().statusCode(304);
        given().header("If-None-Match", "\"12345\"").when().get(PATH + "/" + id).then().statusCode(200);

        json().body(body(programme, Map.of("title", "Bez If-Match"))).when().put(PATH + "/" + id).then().statusCode(428)
                .contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));
        given().contentType("application/merge-patch+json").body(Map.of("title", "Bez If-Match")).when().patch(PATH + "/" + id)
                .then().statusCode(428);
        json().when().delete(PATH + "/" + id).then().statusCode(428);
        json().header("If-Match", "\"12345\"").body(body(programme, Map.of("title", "Nieaktualny"))).when().put(PATH + "/" + id)
                .then().statusCode(412).contentType("application/problem+json");

        String newEtag = patch(id, Map.of("title", "Zmieniony")).statusCode(200).body("title", equalTo("Zmieniony"))
                .extract().header("ETag");
        assertTrue(!newEtag.equals(etag), "the ETag moves with every write");
        mergePatch(etag).body(Map.of("title", "Lost update")).when().patch(PATH + "/" + id).then().statusCode(412);
        given().header("If-None-Match", etag).when().get(PATH + "/" + id).then().statusCode(200).body("title", equalTo("Zmieniony"));
        json().header("If-Match", etag).when().delete(PATH + "/" + id).then().statusCode(412);
        json().get(PATH + "/" + id).then().statusCode(200).header("ETag", equalTo(newEtag));
    }

    @Test
    void aReaderWhoMayNotSeeDraftsSeesNoLinkToADraftProjectOrItsIndicator() {
        long programme = Fixtures.programme(Fixtures.municipality(), Map.of("published", true));
        long published = rows.project(programme, "Jawny");
        String publishedPath = "/api/v1/projects/" + published;
        mergePatch(Fixtures.etag(publishedPath)).body(Map.of("published", true)).patch(publishedPath).then().statusCode(200);
        long draft = rows.project(programme, "Roboczy");
        long ofDraft = Fixtures.post("/api/v1/indicators", pl.odnowa.indicator.IndicatorFixtures.body(programme,
                Map.of("scope", "PROJECT", "projectId", draft, "code", "D1"))).longValue();
        long open = rows.indicator(programme, "W1");
        long id = create(programme, Map.of("projectIds", List.of(published, draft), "indicatorIds", List.of(ofDraft, open)));
        String path = PATH + "/" + id;
        String full = json().get(path).then().statusCode(200)
                .body("projectIds", contains((int) published, (int) draft), "indicatorIds", contains((int) ofDraft, (int) open))
                .extract().header("ETag");

        String partial = anonymous().accept(ContentType.JSON).get(path).then().statusCode(200)
                .body("projectIds", contains((int) published), "indicatorIds", contains((int) open)).extract().header("ETag");
        anonymous().accept(ContentType.JSON).queryParam("programme", programme).get(PATH).then().statusCode(200)
                .body("items[0].projectIds", contains((int) published), "items[0].indicatorIds", contains((int) open));
        // the superadmin's tag names the superadmin's body: a reader holding it gets its own
        anonymous().accept(ContentType.JSON).header("If-None-Match", full).get(path).then().statusCode(200)
                .body("projectIds", contains((int) published));
        anonymous().accept(ContentType.JSON).header("If-None-Match", partial).get(path).then().statusCode(304);
        // filtering by the draft (or its indicator) finds nothing, as an unknown id: it does not tell what links to it
        for (Map.Entry<String, Long> filter : Map.of("project", draft, "indicator", ofDraft).entrySet()) {
            anonymous().accept(ContentType.JSON).queryParam(filter.getKey(), filter.getValue()).get(PATH).then().statusCode(200)
                    .body("totalItems", equalTo(0));
            json().queryParam(filter.getKey(), filter.getValue()).get(PATH).then().statusCode(200)
                    .body("totalItems", equalTo(1), "items[0].id", equalTo((int) id));
        }
        anonymous().accept(ContentType.JSON).queryParam("project", published).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(1));

        // published, the project shows in the reader's body, whose tag moves with it
        String draftPath = "/api/v1/projects/" + draft;
        mergePatch(Fixtures.etag(draftPath)).body(Map.of("published", true)).patch(draftPath).then().statusCode(200);
        anonymous().accept(ContentType.JSON).header("If-None-Match", partial).get(path).then().statusCode(200)
                .header("ETag", equalTo(full))
                .body("projectIds", contains((int) published, (int) draft), "indicatorIds", contains((int) ofDraft, (int) open));
    }

    @Test
    void unknownIdsAre404Problems() {
        long programme = programme();
        String missing = PATH + "/999999999";
        json().get(missing).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("recommendation 999999999 does not exist"));
        json().header("If-Match", "\"0\"").body(body(programme, Map.of())).when().put(missing).then().statusCode(404)
                .contentType("application/problem+json");
        mergePatch("\"0\"").body(Map.of("title", "x")).when().patch(missing).then().statusCode(404);
        json().header("If-Match", "\"0\"").when().delete(missing).then().statusCode(404);
        json().get(PATH + "/abc").then().statusCode(404).contentType("application/problem+json");
        assertNothingIn(programme);
    }

    @Test
    void deletesARecommendationWithItsLinks() {
        long programme = programme();
        long area = rows.area(programme, AreaKind.DEGRADED);
        long id = create(programme, Map.of("areaIds", List.of(area), "sdgTargets", List.of("11.1")));
        json().header("If-Match", etag(id)).when().delete(PATH + "/" + id).then().statusCode(204);
        json().get(PATH + "/" + id).then().statusCode(404);
        listOf(programme, Map.of("area", area)).body("totalItems", equalTo(0));
        // the area is free again: another recommendation may link to it
        create(programme, Map.of("areaIds", List.of(area)));
    }

    // ---------------------------------------------------------------------------------------------- list

    @Test
    void filtersByEveryCriterion() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        long other = Fixtures.programme(teryt);
        long area = rows.area(programme, AreaKind.REVITALISATION);
        long project = rows.project(programme, "Projekt");
        long indicator = rows.indicator(programme, "W1");
        create(programme, Map.of("title", "A", "priority", "HIGH", "status", "ACCEPTED", "owner", "Wydział Strategii i Rozwoju Gospodarczego",
                "dueDate", "2025-06-30", "areaIds", List.of(area), "sdgTargets", List.of("11.4")));
        create(programme, Map.of("title", "B", "priority", "LOW", "owner", "Zarząd Gospodarki Mieszkaniowej (ZGM) 100%",
                "dueDate", "2027-01-01", "projectIds", List.of(project), "sdgTargets", List.of("11.1", "11.4")));
        create(programme, Map.of("title", "C", "priority", "MEDIUM", "status", "IMPLEMENTED", "indicatorIds", List.of(indicator)));
        create(other, Map.of("title", "D", "priority", "HIGH", "sdgTargets", List.of("11.4")));

        json().queryParam("municipality", teryt).queryParam("sort", "title").get(PATH).then().statusCode(200)
                .body("items.title", contains("A", "B", "C", "D"), "totalItems", equalTo(4));
        json().queryParams(Map.of("municipality", teryt, "sdgTarget", "11.4", "sort", "title")).get(PATH).then()
                .body("items.title", contains("A", "B", "D"));
        listOf(programme, Map.of("sort", "title")).body("items.title", contains("A", "B", "C"));
        listOf(programme, Map.of("status", "accepted")).body("items.title", contains("A"));
        listOf(programme, Map.of("status", "PROPOSED")).body("items.title", contains("B"));
        listOf(programme, Map.of("priority", "MEDIUM")).body("items.title", contains("C"));
        listOf(programme, Map.of("sdgTarget", "11.1")).body("items.title", contains("B"));
        listOf(programme, Map.of("sdgTarget", "11.7")).body("totalItems", equalTo(0));
        listOf(programme, Map.of("area", area)).body("items.title", contains("A"));
        listOf(programme, Map.of("project", project)).body("items.title", contains("B"));
        listOf(programme, Map.of("indicator", indicator)).body("items.title", contains("C"));
        listOf(programme, Map.of("owner", "strategii")).body("items.title", contains("A"));
        listOf(programme, Map.of("owner", "WYDZIAŁ")).body("items.title", contains("A"));
        listOf(programme, Map.of("owner", "100%")).body("items.title", contains("B"));
        listOf(programme, Map.of("owner", "%")).body("items.title", contains("B"));
        listOf(programme, Map.of("owner", "_")).body("totalItems", equalTo(0));
        listOf(programme, Map.of("dueBefore", "2027-01-01")).body("items.title", contains("A"));
        listOf(programme, Map.of("dueBefore", "2027-01-02", "sort", "title")).body("items.title", contains("A", "B"));
        listOf(programme, Map.of("sdgTarget", "11.4", "priority", "LOW")).body("items.title", contains("B"));
        listOf(999_999_999L, Map.of()).body("totalItems", equalTo(0));
    }

    @Test
    void rejectsBadFiltersNamingTheParameter() {
        Map<String, String> bad = Map.of("status", "DONE", "priority", "URGENT", "programme", "two", "area", "1.5",
                "project", "x", "indicator", "-", "dueBefore", "31.12.2026", "sdgTarget", "11.9", "owner", "o".repeat(201),
                "municipality", "12345678");
        bad.forEach((name, value) -> json().queryParam(name, value).get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(name)));
    }

    @Test
    void pagesAndSorts() {
        long programme = programme();
        create(programme, Map.of("title", "b", "priority", "LOW", "status", "IMPLEMENTED", "dueDate", "2026-03-01"));
        create(programme, Map.of("title", "d", "priority", "HIGH", "status", "PROPOSED", "dueDate", "2026-01-01"));
        create(programme, Map.of("title", "a", "priority", "MEDIUM", "status", "REJECTED", "statusReason", "r", "dueDate", "2026-02-01"));
        create(programme, Map.of("title", "c", "priority", "HIGH", "status", "IN_PROGRESS"));
        create(programme, Map.of("title", "e", "priority", "MEDIUM", "status", "ACCEPTED", "dueDate", "2025-12-01"));

        // default: priority (HIGH first), then due date (none last)
        listOf(programme, Map.of()).body("items.title", contains("d", "c", "e", "a", "b"));
        listOf(programme, Map.of("sort", "title")).body("items.title", contains("a", "b", "c", "d", "e"));
        listOf(programme, Map.of("sort", "-title")).body("items.title", contains("e", "d", "c", "b", "a"));
        listOf(programme, Map.of("sort", "dueDate")).body("items.title", contains("e", "d", "a", "b", "c"));
        listOf(programme, Map.of("sort", "status")).body("items.title", contains("d", "e", "c", "b", "a"));
        listOf(programme, Map.of("sort", "-priority,title")).body("items.title", contains("b", "a", "e", "c", "d"));
        listOf(programme, Map.of("sort", "createdAt")).body("items.title", contains("b", "d", "a", "c", "e"));
        listOf(programme, Map.of("sort", "-updatedAt")).body("items.title", hasSize(5));
        listOf(programme, Map.of("sort", "title", "page", 1, "size", 2))
                .body("items.title", contains("c", "d"), "page", equalTo(1), "size", equalTo(2), "totalItems", equalTo(5), "totalPages", equalTo(3));
        listOf(programme, Map.of("sort", "title", "page", 2, "size", 2)).body("items.title", contains("e"));
        listOf(programme, Map.of("page", 9, "size", 2)).body("items", empty(), "totalItems", equalTo(5));

        json().queryParam("sort", "owner").get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"), "errors[0].message", containsString("dueDate"));
        json().queryParam("sort", "priority;drop table recommendation").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        json().queryParam("size", 0).get(PATH).then().statusCode(400).body("errors[0].field", equalTo("size"));
        json().queryParam("size", 201).get(PATH).then().statusCode(400).body("errors[0].field", equalTo("size"));
        json().queryParam("page", -1).get(PATH).then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void aPageOf200CostsAsManyStatementsAsAPageOf2() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        long area = rows.area(programme, AreaKind.REVITALISATION);
        long project = rows.project(programme, "Projekt");
        long indicator = rows.indicator(programme, "W1");
        rows.recommendations(programme, 200, area, project, indicator, List.of("11.1", "11.4"));

        long small = statementsDuring(() -> listOf(programme, Map.of("size", 2)).body("items", hasSize(2)));
        long large = statementsDuring(() -> listOf(programme, Map.of("size", 200))
                .body("items", hasSize(200), "items[199].areaIds", contains((int) area), "items[199].projectIds", contains((int) project),
                        "items[199].indicatorIds", contains((int) indicator), "items[199].sdgTargets", contains("11.1", "11.4"),
                        "items[199].municipality", equalTo(teryt)));
        assertEquals(small, large, "the statement count must not grow with the page size");
        org.hamcrest.MatcherAssert.assertThat(large, lessThanOrEqualTo(10L));
        long filtered = statementsDuring(() -> json().queryParams(Map.of("municipality", teryt, "sdgTarget", "11.4", "area", area,
                "size", 200)).get(PATH).then().statusCode(200).body("totalItems", equalTo(200)));
        org.hamcrest.MatcherAssert.assertThat(filtered, lessThanOrEqualTo(large + 1));
        listOf(programme, Map.of("status", "IMPLEMENTED")).body("totalItems", equalTo(50), "items.status", not(hasItem("PROPOSED")));
    }
}
