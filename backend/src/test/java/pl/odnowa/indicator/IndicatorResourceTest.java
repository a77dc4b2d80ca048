package pl.odnowa.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.odnowa.indicator.IndicatorFixtures.body;
import static pl.odnowa.indicator.IndicatorFixtures.indicator;
import static pl.odnowa.indicator.IndicatorFixtures.observation;
import static pl.odnowa.indicator.IndicatorFixtures.with;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import pl.odnowa.area.AreaKind;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

@QuarkusTest
class IndicatorResourceTest extends ApiTest {

    static final String BASE = "/api/v1/indicators";

    @Inject
    IndicatorFixtures fixtures;

    @Inject
    ObservationRepository observations;

    @Test
    void createsAnIndicatorAndReadsItBack() {
        String teryt = Fixtures.municipality();
        long p = Fixtures.programme(teryt);
        Map<String, Object> request = body(p, with("code", "W1", "baseline", Map.of("value", "27.50", "year", 2021),
                "target", Map.of("value", 20, "year", 2030), "sdgTarget", "11.6", "sdgIndicator", "11.6.2"));
        var created = json().body(request).when().post(BASE).then().statusCode(201)
                .header("Location", containsString(BASE + "/"));
        assertIndicatorW1(created, teryt, p);
        String location = created.extract().header("Location");
        String etag = created.extract().header("ETag");
        assertEquals("\"" + created.extract().path("version") + "\"", etag);
        assertIndicatorW1(json().get(location).then().statusCode(200).header("ETag", etag), teryt, p);
    }

    private static void assertIndicatorW1(ValidatableResponse r, String teryt, long p) {
        r.body("id", notNullValue(), "municipality", equalTo(teryt), "programmeId", equalTo((int) p),
                "scope", equalTo("PROGRAMME"), "areaId", nullValue(), "projectId", nullValue(), "code", equalTo("W1"),
                "namePl", equalTo("Średnioroczne stężenie pyłu zawieszonego PM2,5"),
                "nameEn", equalTo("Annual mean concentration of PM2.5"), "unit", equalTo("µg/m³"),
                "direction", equalTo("LOWER"), "level", equalTo("RESULT"), "sdgRelation", equalTo("PROXY"),
                "naturalLimit", nullValue(),
                "baseline.value", equalTo("27.5"), "baseline.year", equalTo(2021),
                "target.value", equalTo("20"), "target.year", equalTo(2030),
                "sdgTarget", equalTo("11.6"), "sdgIndicator", equalTo("11.6.2"), "source", equalTo("illustrative"),
                "latest", nullValue(), "version", notNullValue(), "createdAt", notNullValue(), "updatedAt", notNullValue());
    }

    @Test
    void validatesSdgCodes() {
        long p = Fixtures.programme(Fixtures.municipality());
        json().body(body(p, with("sdgIndicator", "11.2.1"))).post(BASE).then().statusCode(201)
                .body("sdgTarget", equalTo("11.2"), "sdgIndicator", equalTo("11.2.1"));
        json().body(body(p, with("sdgTarget", "11.7"))).post(BASE).then().statusCode(201)
                .body("sdgTarget", equalTo("11.7"), "sdgIndicator", nullValue());
        problem(json().body(body(p, with("sdgTarget", "11.9"))).post(BASE), 400, "sdgTarget")
                .body("errors[0].message", containsString("11.9"));
        problem(json().body(body(p, with("sdgIndicator", "11.6.9"))).post(BASE), 400, "sdgIndicator");
        problem(json().body(body(p, with("sdgTarget", "11.2", "sdgIndicator", "11.6.2"))).post(BASE), 400, "sdgIndicator")
                .body("errors[0].message", containsString("11.6"));
        problem(json().body(body(p, with("sdgTarget", "11.6.2.1.1"))).post(BASE), 400, "sdgTarget");
        problem(json().body(body(p, with("sdgIndicator", 1162))).post(BASE), 400, "sdgIndicator");
        assertEquals(2, total(Map.of("programme", p)));

        // PATCH: a new SDG indicator alone re-derives the target; a target that contradicts the indicator is refused.
        long id = indicator(p, with("sdgIndicator", "11.2.1"));
        patch(id, Map.of("sdgIndicator", "11.6.2")).then().statusCode(200)
                .body("sdgTarget", equalTo("11.6"), "sdgIndicator", equalTo("11.6.2"));
        problem(patch(id, Map.of("sdgTarget", "11.3")), 400, "sdgIndicator");
        patch(id, with("sdgIndicator", null)).then().statusCode(200)
                .body("sdgTarget", equalTo("11.6"), "sdgIndicator", nullValue());
        json().get(BASE + "/" + id).then().body("sdgTarget", equalTo("11.6"), "sdgIndicator", nullValue());
    }

    @Test
    void enforcesTheScopeRules() {
        long p = Fixtures.programme(Fixtures.municipality());
        long area = fixtures.area(p, AreaKind.REVITALISATION, "S1")[0];
        long project = fixtures.project(p);
        long q = Fixtures.programme(Fixtures.municipality());
        long foreignArea = fixtures.area(q, AreaKind.DEGRADED)[0];
        long foreignProject = fixtures.project(q);

        problem(json().body(body(p, with("scope", "AREA"))).post(BASE), 400, "areaId")
                .body("errors[0].message", containsString("required"));
        problem(json().body(body(p, with("scope", "AREA", "areaId", foreignArea))).post(BASE), 400, "areaId")
                .body("errors[0].message", containsString("programme " + p));
        problem(json().body(body(p, with("scope", "AREA", "areaId", 999_999_999))).post(BASE), 400, "areaId")
                .body("errors[0].message", containsString("does not exist"));
        problem(json().body(body(p, with("scope", "AREA", "areaId", area, "projectId", project))).post(BASE), 400, "projectId")
                .body("errors[0].message", containsString("absent"));
        problem(json().body(body(p, with("scope", "PROJECT"))).post(BASE), 400, "projectId");
        problem(json().body(body(p, with("scope", "PROJECT", "projectId", foreignProject))).post(BASE), 400, "projectId");
        problem(json().body(body(p, with("scope", "PROJECT", "projectId", project, "areaId", area))).post(BASE), 400, "areaId");
        problem(json().body(body(p, with("areaId", area))).post(BASE), 400, "areaId");
        problem(json().body(body(p, with("projectId", project))).post(BASE), 400, "projectId");
        json().body(body(p, with("areaId", area, "projectId", project))).post(BASE).then().statusCode(400)
                .body("errors.field", hasItems("areaId", "projectId"));
        problem(json().body(body(p, with("scope", "REGION"))).post(BASE), 400, "scope")
                .body("errors[0].message", containsString("PROGRAMME"));
        problem(json().body(body(999_999_999L, with())).post(BASE), 400, "programmeId");
        assertEquals(0, total(Map.of("programme", p)));

        long byArea = indicator(p, with("scope", "AREA", "areaId", area));
        json().get(BASE + "/" + byArea).then().body("scope", equalTo("AREA"), "areaId", equalTo((int) area), "projectId", nullValue());
        long byProject = indicator(p, with("scope", "PROJECT", "projectId", project));
        json().get(BASE + "/" + byProject).then().body("scope", equalTo("PROJECT"), "projectId", equalTo((int) project));

        // Changing the scope takes the old id away explicitly; the programme never changes.
        problem(patch(byArea, Map.of("scope", "PROGRAMME")), 400, "areaId");
        patch(byArea, with("scope", "PROJECT", "areaId", null, "projectId", project)).then().statusCode(200)
                .body("scope", equalTo("PROJECT"), "areaId", nullValue(), "projectId", equalTo((int) project));
        patch(byArea, with("scope", "PROGRAMME", "projectId", null)).then().statusCode(200)
                .body("scope", equalTo("PROGRAMME"), "projectId", nullValue());
        problem(patch(byProject, Map.of("programmeId", q)), 400, "programmeId")
                .body("errors[0].message", containsString("another programme"));
        problem(put(byProject, body(q, with())), 400, "programmeId");
        json().get(BASE + "/" + byProject).then().body("programmeId", equalTo((int) p), "scope", equalTo("PROJECT"));
    }

    @Test
    void refusesADuplicateCodeWithinAProgramme() {
        long p = Fixtures.programme(Fixtures.municipality());
        indicator(p, with("code", "W1", "namePl", "Pierwszy"));
        long second = indicator(p, with("code", "W2"));
        json().body(body(p, with("code", "W1", "namePl", "Drugi"))).post(BASE).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("W1"));
        problem409(put(second, body(p, with("code", "W1"))));
        json().queryParams(Map.of("programme", p, "sort", "code")).get(BASE).then()
                .body("items.code", contains("W1", "W2"), "items.namePl", hasItem("Pierwszy"));
        long other = Fixtures.programme(Fixtures.municipality());
        indicator(other, with("code", "W1"));
    }

    @Test
    void rejectsBadInputAndWritesNothing() {
        long p = Fixtures.programme(Fixtures.municipality());
        json().body("{}").post(BASE).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("programmeId", "scope", "code", "namePl", "unit", "level"));
        // The kind decides the direction: required for OUTPUT and RESULT, absent for CONTEXT.
        problem(json().body(body(p, with("direction", null))).post(BASE), 400, "direction")
                .body("errors[0].message", containsString("required for an RESULT indicator"));
        problem(json().body(body(p, with("level", "CONTEXT"))).post(BASE), 400, "direction")
                .body("errors[0].message", containsString("absent for a CONTEXT indicator"));
        // Claiming to be the UN indicator needs the UN indicator; a relation needs a target.
        problem(json().body(body(p, with("sdgTarget", "11.6", "sdgRelation", "UN_INDICATOR"))).post(BASE), 400, "sdgRelation");
        problem(json().body(body(p, with("sdgRelation", "PROXY"))).post(BASE), 400, "sdgRelation");
        problem(json().body(body(p, with("naturalLimit", "abc"))).post(BASE), 400, "naturalLimit");
        problem(json().body(body(p, with("baseline", Map.of("value", 1)))).post(BASE), 400, "baseline.year");
        problem(json().body(body(p, with("programmeId", "abc"))).post(BASE), 400, "programmeId");
        problem(json().body(body(p, with("code", 12))).post(BASE), 400, "code");
        problem(json().body(body(p, with("direction", "UP"))).post(BASE), 400, "direction")
                .body("errors[0].message", containsString("HIGHER, LOWER"));
        problem(json().body(body(p, with("level", "IMPACT"))).post(BASE), 400, "level");
        problem(json().body(body(p, with("colour", "green"))).post(BASE), 400, "colour");
        problem(json().body(body(p, with("baseline", Map.of("value", 1, "year", 2020, "month", 5)))).post(BASE), 400, "baseline.month");
        problem(json().body(body(p, with("baseline", Map.of("value", "abc", "year", 2020)))).post(BASE), 400, "baseline.value");
        problem(json().body(body(p, with("baseline", Map.of("value", "12345678901234567", "year", 2020)))).post(BASE), 400, "baseline.value");
        problem(json().body(body(p, with("baseline", Map.of("value", "1.23456", "year", 2020)))).post(BASE), 400, "baseline.value");
        problem(json().body(body(p, with("baseline", Map.of("value", 1, "year", 1899)))).post(BASE), 400, "baseline.year");
        problem(json().body(body(p, with("baseline", Map.of("value", 1)))).post(BASE), 400, "baseline.year");
        problem(json().body(body(p, with("target", Map.of("value", 1, "year", 2201)))).post(BASE), 400, "target.year");
        problem(json().body(body(p, with("target", Map.of("value", 1, "year", 2020.5)))).post(BASE), 400, "target.year");
        problem(json().body(body(p, with("baseline", Map.of("value", 1, "year", 2021), "target", Map.of("value", 2, "year", 2020))))
                .post(BASE), 400, "target.year").body("errors[0].message", containsString("2021"));
        problem(json().body(body(p, with("code", "W".repeat(31)))).post(BASE), 400, "code");
        problem(json().body(body(p, with("namePl", "n".repeat(401)))).post(BASE), 400, "namePl");
        problem(json().body(body(p, with("nameEn", "n".repeat(401)))).post(BASE), 400, "nameEn");
        problem(json().body(body(p, with("unit", "u".repeat(61)))).post(BASE), 400, "unit");
        problem(json().body(body(p, with("source", "s".repeat(501)))).post(BASE), 400, "source");
        problem(json().body(body(p, with("namePl", " "))).post(BASE), 400, "namePl");
        problem(json().body("{\"code\":").post(BASE), 400, "body");
        json().body("[]").post(BASE).then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, total(Map.of("programme", p)));
        // The biggest and most precise values that fit numeric(20,4) are accepted.
        json().body(body(p, with("baseline", Map.of("value", "-9999999999999999.9999", "year", 1900),
                "target", Map.of("value", 0.0001, "year", 2200)))).post(BASE).then().statusCode(201) // sent as 1.0E-4
                .body("baseline.value", equalTo("-9999999999999999.9999"), "target.value", equalTo("0.0001"));
    }

    @Test
    void guardsWritesWithETags() {
        long p = Fixtures.programme(Fixtures.municipality());
        long id = indicator(p, with("code", "W1", "nameEn", "PM2.5", "baseline", Map.of("value", 27, "year", 2021)));
        String path = BASE + "/" + id;
        String etag = Fixtures.etag(path);
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", "\"999\"").get(path).then().statusCode(200);

        problem(json().body(body(p, with("code", "W1", "namePl", "Nowa nazwa"))).put(path), 428, "If-Match");
        problem(json().header("If-Match", "\"999\"").body(body(p, with("code", "W1", "namePl", "Nowa nazwa"))).put(path), 412, "If-Match")
                .body("detail", containsString(etag));
        problem(mergePatch().body(Map.of("unit", "%")).patch(path), 428, "If-Match");
        problem(mergePatch().header("If-Match", "\"999\"").body(Map.of("unit", "%")).patch(path), 412, "If-Match");
        problem(given().delete(path), 428, "If-Match");
        problem(given().header("If-Match", "\"999\"").delete(path), 412, "If-Match");
        json().get(path).then().statusCode(200).header("ETag", etag).body("namePl", not(equalTo("Nowa nazwa")), "unit", equalTo("µg/m³"));

        String afterPut = json().header("If-Match", etag).body(body(p, with("code", "W1", "namePl", "Nowa nazwa", "nameEn", "PM2.5",
                        "baseline", Map.of("value", 27, "year", 2021)))).put(path)
                .then().statusCode(200).body("namePl", equalTo("Nowa nazwa")).extract().header("ETag");
        assertEquals(next(etag), afterPut, "one write, one new version");
        given().header("If-None-Match", etag).get(path).then().statusCode(200).header("ETag", afterPut);
        problem(json().header("If-Match", etag).body(body(p, with("code", "W1"))).put(path), 412, "If-Match");

        String afterPatch = mergePatch().header("If-Match", afterPut).body(with("unit", "%", "nameEn", null))
                .patch(path).then().statusCode(200)
                .body("unit", equalTo("%"), "nameEn", nullValue(), "namePl", equalTo("Nowa nazwa"), "code", equalTo("W1"),
                        "baseline.value", equalTo("27"), "baseline.year", equalTo(2021))
                .extract().header("ETag");
        assertEquals(next(afterPut), afterPatch);
        // A patch is merged into the stored indicator and validated like a PUT body.
        problem(mergePatch().header("If-Match", afterPatch).body(Map.of("baseline", Map.of("year", 1800))).patch(path), 400, "baseline.year");
        problem(mergePatch().header("If-Match", afterPatch).body(with("namePl", null)).patch(path), 400, "namePl");
        problem(mergePatch().header("If-Match", afterPatch).body("[1]").patch(path), 400, "body");
        problem(mergePatch().header("If-Match", afterPatch).body(Map.of("direction", "UP")).patch(path), 400, "direction");
        json().get(path).then().header("ETag", afterPatch).body("unit", equalTo("%"), "direction", equalTo("LOWER"));

        given().header("If-Match", afterPatch).delete(path).then().statusCode(204);
        json().get(path).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void answers404ForAnUnknownIndicator() {
        String path = BASE + "/999999999";
        long p = Fixtures.programme(Fixtures.municipality());
        json().get(path).then().statusCode(404).contentType("application/problem+json").body("detail", containsString("indicator"));
        json().header("If-Match", "\"0\"").body(body(p, with())).put(path).then().statusCode(404);
        mergePatch().header("If-Match", "\"0\"").body(Map.of("unit", "%")).patch(path).then().statusCode(404);
        given().header("If-Match", "\"0\"").delete(path).then().statusCode(404).contentType("application/problem+json");
        json().get(BASE + "/abc").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void deletesObservationsWithItsIndicatorButNotWhileARecommendationLinksToIt() {
        long p = Fixtures.programme(Fixtures.municipality());
        long id = indicator(p, with());
        long obs = observation(id, 2021, "12.5", null);
        long recommendation = fixtures.recommendation(p, id);
        String path = BASE + "/" + id;
        given().header("If-Match", Fixtures.etag(path)).delete(path).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("recommendations"));
        json().get(path + "/observations/" + obs).then().statusCode(200).body("value", equalTo("12.5"));
        fixtures.deleteRecommendation(recommendation);
        given().header("If-Match", Fixtures.etag(path)).delete(path).then().statusCode(204);
        json().get(path).then().statusCode(404);
        json().get(path + "/observations/" + obs).then().statusCode(404);
        assertEquals(0, observations.count("id", obs));
    }

    @Test
    void filtersByEveryParameter() {
        String teryt = Fixtures.municipality();
        long p1 = Fixtures.programme(teryt);
        long p2 = Fixtures.programme(teryt);
        long area = fixtures.area(p1, AreaKind.REVITALISATION, "S1")[0];
        long project = fixtures.project(p1);
        indicator(p1, with("code", "A1", "namePl", "Liczba odnowionych kamienic", "nameEn", "Renovated tenements",
                "level", "OUTPUT", "direction", "HIGHER", "unit", "szt.", "sdgTarget", "11.4"));
        indicator(p1, with("code", "B2", "namePl", "Stężenie PM2,5", "nameEn", "PM2.5 concentration", "level", "CONTEXT",
                "direction", null, "scope", "AREA", "areaId", area, "sdgIndicator", "11.6.2"));
        indicator(p1, with("code", "C3", "namePl", "Odsetek zasiedlonych lokali", "nameEn", "Share of occupied flats",
                "level", "RESULT", "scope", "PROJECT", "projectId", project, "sdgTarget", "11.1"));
        indicator(p2, with("code", "A1", "namePl", "Powierzchnia terenów zielonych", "nameEn", null, "level", "RESULT",
                "sdgIndicator", "11.6.2"));

        assertCodes(Map.of("municipality", teryt), "A1", "A1", "B2", "C3");
        assertCodes(Map.of("programme", p1), "A1", "B2", "C3");
        assertCodes(Map.of("programme", p2), "A1");
        assertCodes(Map.of("municipality", teryt, "scope", "AREA"), "B2");
        assertCodes(Map.of("municipality", teryt, "scope", "programme"), "A1", "A1");
        assertCodes(Map.of("area", area), "B2");
        assertCodes(Map.of("project", project), "C3");
        assertCodes(Map.of("municipality", teryt, "level", "RESULT"), "A1", "C3");
        assertCodes(Map.of("programme", p1, "level", "RESULT"), "C3");
        assertCodes(Map.of("municipality", teryt, "sdgTarget", "11.6"), "A1", "B2");
        assertCodes(Map.of("municipality", teryt, "sdgIndicator", "11.6.2"), "A1", "B2");
        assertCodes(Map.of("programme", p1, "sdgIndicator", "11.6.2"), "B2");
        assertCodes(Map.of("municipality", teryt, "sdgTarget", "11.5"));
        assertCodes(Map.of("municipality", teryt, "q", "pm2"), "B2");
        assertCodes(Map.of("municipality", teryt, "q", "TENEMENT"), "A1");
        assertCodes(Map.of("municipality", teryt, "q", "c3"), "C3");
        assertCodes(Map.of("municipality", teryt, "q", "ZIELONYCH"), "A1");
        assertCodes(Map.of("municipality", teryt, "q", "%"));
        assertCodes(Map.of("municipality", teryt, "q", "_"));
        assertCodes(Map.of("municipality", "9999999", "programme", p1));

        problem(json().queryParam("scope", "REGION").get(BASE), 400, "scope");
        problem(json().queryParam("level", "IMPACT").get(BASE), 400, "level");
        problem(json().queryParam("programme", "abc").get(BASE), 400, "programme");
        problem(json().queryParam("area", "x").get(BASE), 400, "area");
        problem(json().queryParam("project", "1.5").get(BASE), 400, "project");
        problem(json().queryParam("municipality", "24610111").get(BASE), 400, "municipality");
        problem(json().queryParam("sdgTarget", "123456789").get(BASE), 400, "sdgTarget");
        problem(json().queryParam("sdgIndicator", "1".repeat(13)).get(BASE), 400, "sdgIndicator");
        problem(json().queryParam("q", "q".repeat(201)).get(BASE), 400, "q");
    }

    @Test
    void pagesAndSorts() {
        long p = Fixtures.programme(Fixtures.municipality());
        long e1 = indicator(p, with("code", "E1", "namePl", "Delta", "level", "RESULT"));
        indicator(p, with("code", "E2", "namePl", "alfa", "level", "OUTPUT"));
        indicator(p, with("code", "E3", "namePl", "Charlie", "level", "CONTEXT", "direction", null));
        indicator(p, with("code", "E4", "namePl", "Bravo", "level", "OUTPUT"));
        indicator(p, with("code", "E5", "namePl", "Echo", "level", "RESULT"));

        json().queryParams(Map.of("programme", p, "size", 2, "page", 1)).get(BASE).then().statusCode(200)
                .body("items.code", contains("E3", "E4"), "page", equalTo(1), "size", equalTo(2),
                        "totalItems", equalTo(5), "totalPages", equalTo(3));
        json().queryParams(Map.of("programme", p, "size", 2, "page", 2)).get(BASE).then().body("items.code", contains("E5"));
        json().queryParams(Map.of("programme", p, "size", 2, "page", 3)).get(BASE).then().body("items", empty(), "totalItems", equalTo(5));
        assertCodes(Map.of("programme", p, "sort", "-code"), "E5", "E4", "E3", "E2", "E1");
        assertCodes(Map.of("programme", p, "sort", "namePl"), "E4", "E3", "E1", "E5", "E2");
        assertCodes(Map.of("programme", p, "sort", "level,-code"), "E3", "E4", "E2", "E5", "E1");
        assertCodes(Map.of("programme", p, "sort", "createdAt"), "E1", "E2", "E3", "E4", "E5");
        assertCodes(Map.of("programme", p, "sort", "-createdAt"), "E5", "E4", "E3", "E2", "E1");
        patch(e1, Map.of("unit", "%")).then().statusCode(200);
        assertCodes(Map.of("programme", p, "sort", "updatedAt"), "E2", "E3", "E4", "E5", "E1");

        problem(json().queryParam("sort", "unit").get(BASE), 400, "sort").body("errors[0].message", containsString("namePl"));
        problem(json().queryParam("size", 0).get(BASE), 400, "size");
        problem(json().queryParam("size", 201).get(BASE), 400, "size");
        problem(json().queryParam("page", -1).get(BASE), 400, "page");
    }

    @Test
    void showsTheLatestWholeScopeObservation() {
        long p = Fixtures.programme(Fixtures.municipality());
        long subarea = fixtures.area(p, AreaKind.REVITALISATION, "S1")[1];
        long measured = indicator(p, with("code", "M1"));
        long empty = indicator(p, with("code", "M2"));
        observation(measured, 2021, "12.50", null);
        observation(measured, 2019, 10, null);
        observation(measured, 2023, 99, subarea);
        json().get(BASE + "/" + measured).then().body("latest.period", equalTo(2021), "latest.value", equalTo("12.5"));
        json().get(BASE + "/" + empty).then().body("latest", nullValue());
        json().queryParams(Map.of("programme", p)).get(BASE).then()
                .body("items.code", contains("M1", "M2"), "items[0].latest.period", equalTo(2021),
                        "items[0].latest.value", equalTo("12.5"), "items[1].latest", nullValue());
    }

    @Test
    void listCostsTheSameStatementsForTwoOrTwoHundredIndicators() {
        long p = Fixtures.programme(Fixtures.municipality());
        fixtures.bulkIndicators(p, 200);
        long big = statementsDuring(() -> json().queryParams(Map.of("programme", p, "size", 200)).get(BASE).then().statusCode(200)
                .body("items", hasSize(200), "items[0].code", equalTo("B001"), "items[0].latest.period", equalTo(2022),
                        "items[199].latest.value", equalTo("22.5"), "items[199].municipality", notNullValue()));
        long small = statementsDuring(() -> json().queryParams(Map.of("programme", p, "size", 2)).get(BASE).then().statusCode(200)
                .body("items", hasSize(2), "totalItems", equalTo(200)));
        assertEquals(small, big, "statements for 2 vs 200 items");
        assertTrue(big <= 5, "a page of 200 indicators took " + big + " statements");
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The ETag of the version after {@code etag}. */
    static String next(String etag) {
        return "\"" + (Long.parseLong(etag.replace("\"", "")) + 1) + "\"";
    }

    private static void assertCodes(Map<String, ?> params, String... codes) {
        json().queryParams(params).get(BASE).then().statusCode(200)
                .body("items.code", codes.length == 0 ? empty() : contains(codes), "totalItems", equalTo(codes.length));
    }

    private static int total(Map<String, ?> params) {
        return json().queryParams(params).get(BASE).then().statusCode(200).extract().path("totalItems");
    }

    static ValidatableResponse problem(io.restassured.response.Response response, int status, String field) {
        return response.then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status), "errors.field", hasItem(field));
    }

    private static void problem409(io.restassured.response.Response response) {
        response.then().statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
    }

    private static RequestSpecification mergePatch() {
        return given().contentType("application/merge-patch+json").accept("application/json");
    }

    private static io.restassured.response.Response patch(long id, Map<String, ?> patch) {
        String path = BASE + "/" + id;
        return mergePatch().header("If-Match", Fixtures.etag(path)).body(patch).patch(path);
    }

    private static io.restassured.response.Response put(long id, Map<String, ?> body) {
        String path = BASE + "/" + id;
        return json().header("If-Match", Fixtures.etag(path)).body(body).put(path);
    }
}
