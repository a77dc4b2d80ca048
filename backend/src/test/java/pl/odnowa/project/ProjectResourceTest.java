package pl.odnowa.project;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.odnowa.project.ProjectFixtures.PATH;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

@QuarkusTest
class ProjectResourceTest extends ApiTest {

    @Inject
    DataSource db;

    // ---- create and read ----------------------------------------------------------------------

    @Test
    void createsTheOldTownProjectAndRoundTripsItsMoneyExactly() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt, Map.of("legalBasis", "PR", "periodFrom", 2004, "periodTo", 2006, "status", "COMPLETED"));
        long area = ProjectFixtures.area(db, programme, "REVITALISATION");
        long oldTown = ProjectFixtures.subarea(db, area, "S1");
        String body = """
                {"programmeId": %d, "kind": "BASIC",
                 "title": "Nowa Starówka – nowe możliwości. Rewitalizacja Starego Miasta w Bielsku-Białej – etap I",
                 "description": "Rynek, cztery ulice, fontanna i oświetlenie",
                 "implementingEntities": ["Gmina Bielsko-Biała"], "scope": "ok. 10 ha", "location": "Stare Miasto",
                 "longitude": 19.0445, "latitude": "49.8223", "status": "COMPLETION",
                 "plannedStart": "2005-01-01", "plannedEnd": "2006-12-31", "actualStart": "2005-03-01", "actualEnd": "2007-06-30",
                 "estimatedValue": 11347418.62, "totalCost": "11347418.62", "eligibleCost": "11347418.62",
                 "fundingSources": [
                   {"source": "Unia Europejska – EFRR", "instrument": "GRANT", "amount": 6380223.26, "fund": "ZPORR 2004–2006", "measure": "3.3"},
                   {"source": "Gmina Bielsko-Biała", "instrument": "OWN", "amount": "4967195.36"}],
                 "subareaIds": [%d], "sdgTargets": ["11.7", "11.4"]}
                """.formatted(programme, oldTown);
        io.restassured.response.ExtractableResponse<io.restassured.response.Response> created = json().body(body).when().post(PATH).then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", equalTo("\"0\""))
                .body("programmeId", equalTo((int) programme), "municipality", equalTo(teryt), "kind", equalTo("BASIC"),
                        "currency", equalTo("PLN"), "status", equalTo("COMPLETION"), "plannedEnd", equalTo("2006-12-31"),
                        "totalCost", equalTo("11347418.62"), "estimatedValue", equalTo("11347418.62"),
                        "eligibleCost", equalTo("11347418.62"),
                        "fundingSources[0].amount", equalTo("6380223.26"), "fundingSources[0].instrument", equalTo("GRANT"),
                        "fundingSources[0].measure", equalTo("3.3"), "fundingSources[1].amount", equalTo("4967195.36"),
                        "fundingTotal", equalTo("11347418.62"),
                        "fundingByInstrument.GRANT", equalTo("6380223.26"), "fundingByInstrument.OWN", equalTo("4967195.36"),
                        "fundingByInstrument.LOAN", nullValue(),
                        "subareaIds", contains((int) oldTown), "sdgTargets", contains("11.4", "11.7"),
                        "implementingEntities", contains("Gmina Bielsko-Biała"), "version", equalTo(0),
                        "createdAt", notNullValue(), "updatedAt", notNullValue())
                .extract();
        String location = created.header("Location");
        // GET reads in one statement without entities (ProjectReader): the same answer as a list built from entities
        assertEquals(json().get(PATH + "?programme=" + programme).then().statusCode(200).extract().jsonPath().getMap("items[0]"),
                json().get(location).then().statusCode(200).extract().jsonPath().getMap(""));
        JsonPath read = json().get(location).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("totalCost", equalTo("11347418.62"), "fundingSources[0].amount", equalTo("6380223.26"),
                        "fundingSources[0].fund", equalTo("ZPORR 2004–2006"), "subareaIds", contains((int) oldTown),
                        "sdgTargets", contains("11.4", "11.7"), "actualEnd", equalTo("2007-06-30"))
                .extract().jsonPath();
        assertEquals(0, new java.math.BigDecimal("19.0445").compareTo(read.getObject("longitude", java.math.BigDecimal.class)));
        long id = read.getLong("id");
        assertEquals("11347418.62", ProjectFixtures.text(db, "select total_cost::text from project where id = ?", id));
        assertEquals(List.of("6380223.26", "4967195.36"), ProjectFixtures.rows(db,
                "select amount::text from project_funding where project_id = ? order by position", id));
        assertEquals("nowa starowka nowe mozliwosci rewitalizacja starego miasta w bielsku bialej etap i "
                + "rynek cztery ulice fontanna i oswietlenie",
                ProjectFixtures.text(db, "select search_text from project where id = ?", id));
    }

    @Test
    void keepsFloatishAmountsExact() {
        long programme = Fixtures.programme(Fixtures.municipality());
        // As doubles 0.1 + 0.2 = 0.30000000000000004 > 0.3 and the funding check would fail.
        String body = """
                {"programmeId": %d, "kind": "COMPLEMENTARY", "title": "Drobne kwoty", "status": "PIPELINE",
                 "totalCost": 0.3, "estimatedValue": 12345678901234.56,
                 "fundingSources": [{"source": "A", "instrument": "GRANT", "amount": 0.1},
                                    {"source": "B", "instrument": "GRANT", "amount": 0.2}]}
                """.formatted(programme);
        long id = json().body(body).post(PATH).then().statusCode(201)
                .body("totalCost", equalTo("0.30"), "fundingSources.amount", contains("0.10", "0.20"),
                        "fundingTotal", equalTo("0.30"), "fundingByInstrument.GRANT", equalTo("0.30"),
                        "estimatedValue", equalTo("12345678901234.56"))
                .extract().jsonPath().getLong("id");
        assertEquals("12345678901234.56", ProjectFixtures.text(db, "select estimated_value::text from project where id = ?", id));
        // A merge patch keeps the fields it does not name exactly, and reads the ones it names exactly.
        mergePatch(id, "{\"title\": \"Drobne kwoty – korekta\"}").then().statusCode(200)
                .body("estimatedValue", equalTo("12345678901234.56"), "fundingSources.amount", contains("0.10", "0.20"));
        mergePatch(id, "{\"estimatedValue\": 98765432109876.54, \"totalCost\": 0.30000000000000000, "
                + "\"eligibleCost\": 0.1}").then().statusCode(200)
                .body("estimatedValue", equalTo("98765432109876.54"), "totalCost", equalTo("0.30"), "eligibleCost", equalTo("0.10"),
                        "fundingTotal", equalTo("0.30"));
        assertEquals("98765432109876.54", ProjectFixtures.text(db, "select estimated_value::text from project where id = ?", id));
    }

    // ---- search -------------------------------------------------------------------------------

    @Test
    void searchesTitleAndDescriptionIgnoringCaseAndDiacritics() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long starowka = ProjectFixtures.project(programme, Map.of("title", "Nowa Starówka – nowe możliwości"));
        long stare = ProjectFixtures.project(programme, Map.of("title", "Rewitalizacja Starego Miasta – etap II",
                "description", "Nowe życie w starych-nowych budynkach"));
        long laczy = ProjectFixtures.project(programme, Map.of("title", "Bielsko-Biała łączy ludzi",
                "description", "Projekt społeczny; 89 uczestników"));
        assertSearch(programme, "starowka", starowka);
        assertSearch(programme, "Starówka", starowka);
        assertSearch(programme, "STARÓWKA", starowka);
        assertSearch(programme, "stare", stare);
        assertSearch(programme, "star", starowka, stare);
        assertSearch(programme, "nowa starówka", starowka);
        assertSearch(programme, "ŁĄCZY", laczy);
        assertSearch(programme, "laczy ludzi", laczy);
        assertSearch(programme, "zycie", stare);
        assertSearch(programme, "budynkach nowych", stare);
        assertSearch(programme, "89", laczy);
        assertSearch(programme, "starowka ludzi");
        // tsquery syntax is never interpreted: operators become word separators.
        assertSearch(programme, "star:* | !( <->", starowka, stare);
        assertSearch(programme, "ludzi & !laczy", laczy);
        assertSearch(programme, "'starowka'", starowka);
        for (String q : List.of("!!!", "&|", "  ", "–")) {
            if (!q.isBlank()) {
                json().queryParams(Map.of("programme", programme, "q", q)).get(PATH).then().statusCode(400)
                        .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
            }
        }
        json().queryParams(Map.of("programme", programme, "q", "a".repeat(201))).get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void everyFilterIsServedByAnIndex() {
        // The SQL shapes Hibernate generates for the filters. The planner prefers sequential scans on small
        // tables, so they are disabled: what is left shows which index can serve each filter (a key lists the
        // indexes that can, separated by |: two indexes lead with programme_id, and either may be chosen).
        Map<String, String> filters = Map.of(
                "programme_municipality_idx", "join programme g on g.id = p.programme_id where g.municipality_teryt = '2461011'",
                "project_programme_idx|project_programme_status_cost_pub_idx", "where p.programme_id = 1",
                "subarea_area_code_uq", "where exists (select 1 from project_subarea s join subarea sa on sa.id = s.subarea_id "
                        + "where sa.area_id = 1 and p.id = s.project_id)",
                "project_subarea_subarea_idx", "where exists (select 1 from project_subarea s where s.subarea_id = 1 and p.id = s.project_id)",
                "project_status_idx", "where p.status = 'PIPELINE'",
                "project_kind_idx", "where p.kind = 'BASIC'",
                "project_sdg_target_target_idx", "where exists (select 1 from project_sdg_target t where t.target_code = '11.4' "
                        + "and p.id = t.project_id)",
                "project_search_idx", "where project_matches(p.search_text, 'starowka:* & now:*') = true");
        filters.forEach((index, where) -> {
            String plan = String.join("\n", explain("select p.id from project p " + where));
            System.out.println("EXPLAIN " + where + "\n" + plan);
            assertTrue(java.util.regex.Pattern.compile(index).matcher(plan).find(), index + " not used:\n" + plan);
        });
    }

    // ---- filters, sorting, paging -------------------------------------------------------------

    @Test
    void filtersByEveryParameter() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        long other = Fixtures.programme(teryt);
        long degraded = ProjectFixtures.area(db, programme, "DEGRADED");
        long revitalisation = ProjectFixtures.area(db, programme, "REVITALISATION");
        long s1 = ProjectFixtures.subarea(db, revitalisation, "S1");
        long s2 = ProjectFixtures.subarea(db, revitalisation, "S2");
        long d1 = ProjectFixtures.subarea(db, degraded, "D1");
        long a = ProjectFixtures.project(programme, Map.of("title", "A", "status", "COMPLETION", "kind", "BASIC",
                "subareaIds", List.of(s1, d1), "sdgTargets", List.of("11.4")));
        long b = ProjectFixtures.project(programme, Map.of("title", "B", "status", "PIPELINE", "kind", "COMPLEMENTARY",
                "subareaIds", List.of(s2), "sdgTargets", List.of("11.4", "11.7")));
        long c = ProjectFixtures.project(other, Map.of("title", "C", "status", "PIPELINE", "kind", "BASIC"));

        assertIds(Map.of("municipality", teryt), a, b, c);
        assertIds(Map.of("programme", programme), a, b);
        assertIds(Map.of("programme", other), c);
        assertIds(Map.of("area", revitalisation), a, b);
        assertIds(Map.of("area", degraded), a);
        assertIds(Map.of("subarea", s2), b);
        assertIds(Map.of("subarea", s1), a);
        assertIds(Map.of("municipality", teryt, "status", "pipeline"), b, c);
        assertIds(Map.of("municipality", teryt, "kind", "BASIC"), a, c);
        assertIds(Map.of("municipality", teryt, "sdgTarget", "11.7"), b);
        assertIds(Map.of("municipality", teryt, "sdgTarget", "11.4"), a, b);
        assertIds(Map.of("municipality", teryt, "status", "PIPELINE", "kind", "BASIC"), c);
        assertIds(Map.of("area", revitalisation, "sdgTarget", "11.7", "status", "PIPELINE"), b);

        for (String parameter : List.of("programme", "area", "subarea")) {
            json().queryParam(parameter, "abc").get(PATH).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(parameter));
        }
        json().queryParam("status", "FINISHED").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("status"), "errors[0].message", containsString("POST_COMPLETION"));
        json().queryParam("kind", "MAIN").get(PATH).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        json().queryParam("municipality", "24610").get(PATH).then().statusCode(400).body("errors[0].field", equalTo("municipality"));
        json().queryParam("sdgTarget", "11.4.1.2.3.4").get(PATH).then().statusCode(400).body("errors[0].field", equalTo("sdgTarget"));
    }

    @Test
    void sortsAndPages() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long x = ProjectFixtures.project(programme, Map.of("title", "Beta", "status", "PIPELINE", "totalCost", "300.00",
                "estimatedValue", "10", "plannedStart", "2023-01-01", "plannedEnd", "2024-01-01"));
        long y = ProjectFixtures.project(programme, Map.of("title", "Alfa", "status", "SUSPENDED", "totalCost", "1000.00",
                "estimatedValue", "30", "plannedStart", "2022-01-01", "plannedEnd", "2025-01-01", "kind", "COMPLEMENTARY"));
        long z = ProjectFixtures.project(programme, Map.of("title", "Gamma", "status", "COMPLETION", "totalCost", "99.99",
                "estimatedValue", "20", "plannedStart", "2024-01-01", "plannedEnd", "2024-06-01"));
        assertIds(Map.of("programme", programme), y, x, z); // default: title
        assertIds(Map.of("programme", programme, "sort", "-totalCost"), y, x, z);
        assertIds(Map.of("programme", programme, "sort", "totalCost"), z, x, y);
        assertIds(Map.of("programme", programme, "sort", "estimatedValue"), x, z, y);
        assertIds(Map.of("programme", programme, "sort", "plannedStart"), y, x, z);
        assertIds(Map.of("programme", programme, "sort", "-plannedEnd"), y, z, x);
        assertIds(Map.of("programme", programme, "sort", "status"), z, x, y);
        assertIds(Map.of("programme", programme, "sort", "-kind,title"), y, x, z);
        assertIds(Map.of("programme", programme, "sort", "createdAt"), x, y, z);
        assertIds(Map.of("programme", programme, "sort", "-updatedAt"), z, y, x);
        json().queryParams(Map.of("programme", programme, "size", 2, "page", 1)).get(PATH).then().statusCode(200)
                .body("items.id", contains((int) z), "page", equalTo(1), "size", equalTo(2), "totalItems", equalTo(3),
                        "totalPages", equalTo(2));
        json().queryParams(Map.of("programme", programme, "size", 2, "page", 5)).get(PATH).then().statusCode(200)
                .body("items", empty(), "totalItems", equalTo(3));
        json().queryParams(Map.of("programme", programme, "sort", "searchText")).get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sort"),
                        "errors[0].message", containsString("plannedStart"));
        json().queryParams(Map.of("size", 201)).get(PATH).then().statusCode(400).body("errors[0].field", equalTo("size"));
        json().queryParams(Map.of("page", -1)).get(PATH).then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void listsTwoHundredProjectsWithABoundedNumberOfStatements() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long area = ProjectFixtures.area(db, programme, "REVITALISATION");
        long s1 = ProjectFixtures.subarea(db, area, "S1");
        long s2 = ProjectFixtures.subarea(db, area, "S2");
        long first = ProjectFixtures.project(programme, Map.of("title", "Kamienica 0", "totalCost", "1000.00",
                "fundingSources", List.of(Map.of("source", "RPO WSL", "instrument", "LOAN", "amount", "600.00"),
                        Map.of("source", "Gmina", "instrument", "OWN", "amount", "400.00")),
                "subareaIds", List.of(s1), "sdgTargets", List.of("11.1", "11.4"), "implementingEntities", List.of("ZGM")));
        ProjectFixtures.copies(db, first, 199, s2);
        long page200 = statementsDuring(() -> json().queryParams(Map.of("programme", programme, "size", 200)).get(PATH)
                .then().statusCode(200).body("items.size()", equalTo(200), "items[199].fundingByInstrument.LOAN", equalTo("600.00"),
                        "items[0].sdgTargets", contains("11.1", "11.4"), "items[0].municipality", notNullValue()));
        long page2 = statementsDuring(() -> json().queryParams(Map.of("programme", programme, "size", 2)).get(PATH)
                .then().statusCode(200).body("items.size()", equalTo(2)));
        long byArea = statementsDuring(() -> json().queryParams(Map.of("area", area, "q", "kamienica", "size", 200)).get(PATH)
                .then().statusCode(200).body("items.size()", equalTo(200), "totalItems", equalTo(200)));
        assertEquals(page2, page200, "statements must not grow with the page size");
        assertEquals(page200, byArea);
        // page, total and nested lists in one plain SQL statement (ProjectReader#list): none through Hibernate.
        assertEquals(0, page200, "Hibernate statements for a list of 200");
    }

    // ---- conditional requests -----------------------------------------------------------------

    @Test
    void answersConditionalRequests() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = ProjectFixtures.project(programme, Map.of());
        String etag = Fixtures.etag(PATH + "/" + id);
        json().header("If-None-Match", etag).get(PATH + "/" + id).then().statusCode(304).header("ETag", etag);
        json().header("If-None-Match", "\"99\"").get(PATH + "/" + id).then().statusCode(200);
        String before = read(id);
        Map<String, Object> body = ProjectFixtures.body(programme, Map.of("title", "Nowy tytuł"));
        json().body(body).put(PATH + "/" + id).then().statusCode(428).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        json().header("If-Match", "\"99\"").body(body).put(PATH + "/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("detail", containsString(etag));
        mergePatchWith(null, id, "{\"title\": \"X\"}").then().statusCode(428);
        mergePatchWith("\"99\"", id, "{\"title\": \"X\"}").then().statusCode(412);
        json().delete(PATH + "/" + id).then().statusCode(428);
        json().header("If-Match", "\"99\"").delete(PATH + "/" + id).then().statusCode(412);
        assertEquals(before, read(id));
        json().get(PATH + "/999999999").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("project 999999999"));
        json().header("If-Match", "\"0\"").body(body).put(PATH + "/999999999").then().statusCode(404);
        mergePatchWith("\"0\"", 999999999, "{}").then().statusCode(404);
        json().header("If-Match", "\"0\"").delete(PATH + "/999999999").then().statusCode(404);
        json().get(PATH + "/abc").then().statusCode(404).contentType("application/problem+json");
    }

    // ---- updates ------------------------------------------------------------------------------

    @Test
    void replacesAProjectAndItsLinks() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long area = ProjectFixtures.area(db, programme, "REVITALISATION");
        long s1 = ProjectFixtures.subarea(db, area, "S1");
        long s2 = ProjectFixtures.subarea(db, area, "S2");
        long id = ProjectFixtures.project(programme, Map.of("subareaIds", List.of(s1), "sdgTargets", List.of("11.1"),
                "totalCost", "100", "fundingSources", List.of(Map.of("source", "A", "instrument", "GRANT", "amount", "100"))));
        Map<String, Object> replacement = ProjectFixtures.body(programme, Map.of(
                "title", "Nowe życie w starych-nowych budynkach – etap II", "status", "COMPLETION", "currency", "EUR",
                "totalCost", "8937573.00", "eligibleCost", "6771303.00",
                "fundingSources", List.of(Map.of("source", "RPO WSL 2014–2020", "instrument", "LOAN", "amount", "4739912",
                        "measure", "10.4")),
                "subareaIds", List.of(s2, s1), "sdgTargets", List.of("11.1", "11.4"),
                "implementingEntities", List.of("Gmina Bielsko-Biała", "ZGM")));
        json().header("If-Match", "\"0\"").body(replacement).put(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1), "title", equalTo(replacement.get("title")), "currency", equalTo("EUR"),
                        "totalCost", equalTo("8937573.00"), "eligibleCost", equalTo("6771303.00"),
                        "fundingSources.size()", equalTo(1), "fundingSources[0].amount", equalTo("4739912.00"),
                        "fundingByInstrument.LOAN", equalTo("4739912.00"), "fundingByInstrument.GRANT", nullValue(),
                        "subareaIds", contains((int) s1, (int) s2), "sdgTargets", contains("11.1", "11.4"),
                        "implementingEntities", contains("Gmina Bielsko-Biała", "ZGM"));
        assertSearch(programme, "budynkach", id);
        // Emptying the lists removes the links.
        json().header("If-Match", "\"1\"").body(ProjectFixtures.body(programme, Map.of("title", "Pusty")))
                .put(PATH + "/" + id).then().statusCode(200)
                .body("subareaIds", empty(), "sdgTargets", empty(), "fundingSources", empty(), "fundingTotal", equalTo("0.00"),
                        "currency", equalTo("PLN"), "totalCost", nullValue(), "implementingEntities", empty());
        assertEquals("0", ProjectFixtures.text(db, "select count(*) from project_subarea where project_id = ?", id));
        assertEquals("0", ProjectFixtures.text(db, "select count(*) from project_funding where project_id = ?", id));
    }

    @Test
    void refusesToMoveAProjectToAnotherProgramme() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        long other = Fixtures.programme(teryt);
        long id = ProjectFixtures.project(programme, Map.of("title", "Stały"));
        String before = read(id);
        json().header("If-Match", "\"0\"").body(ProjectFixtures.body(other, Map.of("title", "Przeniesiony")))
                .put(PATH + "/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("programmeId"));
        mergePatch(id, "{\"programmeId\": " + other + "}").then().statusCode(400).body("errors[0].field", equalTo("programmeId"));
        assertEquals(before, read(id));
    }

    @Test
    void mergePatchesSomeFields() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = ProjectFixtures.project(programme, Map.of("title", "Centrum Aktywności Międzypokoleniowej",
                "description", "ul. Partyzantów", "currency", "EUR", "totalCost", "500.00", "sdgTargets", List.of("11.3"),
                "fundingSources", List.of(Map.of("source", "Gmina", "instrument", "OWN", "amount", "500.00"))));
        mergePatch(id, "{\"status\": \"COMPLETION\", \"description\": null, \"currency\": null}").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("COMPLETION"), "description", nullValue(), "currency", equalTo("PLN"),
                        "title", equalTo("Centrum Aktywności Międzypokoleniowej"), "totalCost", equalTo("500.00"),
                        "fundingSources[0].amount", equalTo("500.00"), "sdgTargets", contains("11.3"));
        assertEquals("centrum aktywnosci miedzypokoleniowej",
                ProjectFixtures.text(db, "select search_text from project where id = ?", id));
        mergePatchWith("\"1\"", id, "{\"sdgTargets\": [\"11.7\"], \"fundingSources\": []}").then().statusCode(200)
                .body("sdgTargets", contains("11.7"), "fundingSources", empty(), "version", equalTo(2));
        // A patch is validated like a PUT body.
        String before = read(id);
        mergePatchWith("\"2\"", id, "{\"title\": null}").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"));
        mergePatchWith("\"2\"", id, "{\"totalCost\": \"1.001\"}").then().statusCode(400).body("errors[0].field", equalTo("totalCost"));
        mergePatchWith("\"2\"", id, "{\"colour\": \"red\"}").then().statusCode(400).body("errors[0].field", equalTo("colour"));
        mergePatchWith("\"2\"", id, "[1]").then().statusCode(400).body("errors[0].field", equalTo("body"));
        mergePatchWith("\"2\"", id, "{\"title\": ").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"));
        mergePatchWith("\"2\"", id, "").then().statusCode(400).body("errors[0].field", equalTo("body"));
        mergePatchWith("\"2\"", id, "{\"totalCost\": 1e400000}").then().statusCode(400).body("errors[0].field", equalTo("totalCost"));
        assertEquals(before, read(id));
    }

    // ---- kind not recorded --------------------------------------------------------------------

    @Test
    void aProjectsKindMayBeNotRecordedAndAPatchWithNullClearsIt() {
        long programme = Fixtures.programme(Fixtures.municipality());
        // POST {"programmeId": p, "title": "Skwer przy ul. Cechowej"} (no kind) → 201, kind null (not recorded).
        long id = Fixtures.post(PATH, Map.of("programmeId", programme, "title", "Skwer przy ul. Cechowej")).longValue();
        json().get(PATH + "/" + id).then().statusCode(200)
                .body("kind", nullValue(), "status", nullValue(), "title", equalTo("Skwer przy ul. Cechowej"));
        assertEquals(null, ProjectFixtures.text(db, "select kind from project where id = ?", id));
        // The list (ProjectReader, plain SQL) carries the null too; kind=BASIC does not match a not recorded kind.
        long basic = ProjectFixtures.project(programme, Map.of("kind", "BASIC"));
        JsonPath list = json().queryParams(Map.of("programme", programme, "sort", "kind")).get(PATH).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of((int) basic, (int) id), list.getList("items.id"), "sort=kind puts not recorded last");
        assertEquals(java.util.Arrays.asList("BASIC", null), list.getList("items.kind"));
        assertIds(Map.of("programme", programme, "kind", "BASIC"), basic);
        assertIds(Map.of("programme", programme, "kind", "COMPLEMENTARY"));
        // PATCH {"kind": "COMPLEMENTARY"} records it (version 1); PATCH {"kind": null} clears it again (version 2).
        mergePatch(id, "{\"kind\": \"COMPLEMENTARY\"}").then().statusCode(200)
                .body("kind", equalTo("COMPLEMENTARY"), "version", equalTo(1));
        assertIds(Map.of("programme", programme, "kind", "COMPLEMENTARY"), id);
        mergePatch(id, "{\"kind\": null}").then().statusCode(200).header("ETag", "\"2\"")
                .body("kind", nullValue(), "version", equalTo(2), "title", equalTo("Skwer przy ul. Cechowej"));
        json().get(PATH + "/" + id).then().statusCode(200).body("kind", nullValue());
        // A PUT without kind replaces a recorded kind with "not recorded", like any other optional field.
        json().header("If-Match", Fixtures.etag(PATH + "/" + basic)).body(Map.of("programmeId", programme, "title", "Bez rodzaju"))
                .put(PATH + "/" + basic).then().statusCode(200).body("kind", nullValue(), "title", equalTo("Bez rodzaju"));
        // The schema documents it: kind is not required and null means not recorded.
        JsonPath doc = RestAssured.given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(!doc.getList("components.schemas.ProjectRequest.required").contains("kind"));
        assertTrue(doc.getString("components.schemas.ProjectRequest.properties.kind.description").contains("not recorded"));
        assertTrue(doc.getString("components.schemas.Project.properties.kind.description").contains("not recorded"));
    }

    // ---- delete -------------------------------------------------------------------------------

    @Test
    void deletesAProjectWithItsFundingAndLinks() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long area = ProjectFixtures.area(db, programme, "REVITALISATION");
        long s1 = ProjectFixtures.subarea(db, area, "S1");
        long id = ProjectFixtures.project(programme, Map.of("subareaIds", List.of(s1), "sdgTargets", List.of("11.4"),
                "fundingSources", List.of(Map.of("source", "A", "instrument", "OTHER", "amount", "1"))));
        json().header("If-Match", "\"0\"").delete(PATH + "/" + id).then().statusCode(204);
        json().get(PATH + "/" + id).then().statusCode(404);
        assertEquals("0", ProjectFixtures.text(db, "select (select count(*) from project_funding where project_id = ?)"
                + " + (select count(*) from project_subarea where project_id = ?)"
                + " + (select count(*) from project_sdg_target where project_id = ?)", id, id, id));
    }

    @Test
    void refusesToDeleteAProjectThatIndicatorsOrRecommendationsReferTo() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long measured = ProjectFixtures.project(programme, Map.of("sdgTargets", List.of("11.4"),
                "fundingSources", List.of(Map.of("source", "A", "instrument", "GRANT", "amount", "1"))));
        long recommended = ProjectFixtures.project(programme, Map.of());
        long indicator = ProjectFixtures.indicator(db, programme, measured);
        long recommendation = ProjectFixtures.recommendation(db, programme, recommended);
        String before = read(measured);
        json().header("If-Match", "\"0\"").delete(PATH + "/" + measured).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("indicators are still scoped to this project"));
        json().header("If-Match", "\"0\"").delete(PATH + "/" + recommended).then().statusCode(409)
                .body("detail", containsString("recommendations still link to this project"));
        assertEquals(before, read(measured));
        json().get(PATH + "/" + recommended).then().statusCode(200).body("version", equalTo(0));
        ProjectFixtures.execute(db, "delete from indicator where id = ?", indicator);
        ProjectFixtures.execute(db, "delete from recommendation where id = ?", recommendation);
        json().header("If-Match", "\"0\"").delete(PATH + "/" + measured).then().statusCode(204);
        json().header("If-Match", "\"0\"").delete(PATH + "/" + recommended).then().statusCode(204);
    }

    // ---- validation ---------------------------------------------------------------------------

    @Test
    void rejectsMissingFieldsWrongTypesAndUnknownProperties() {
        long programme = Fixtures.programme(Fixtures.municipality());
        rejected(Map.of("programmeId", programme), "title");
        rejected(Map.of("kind", "BASIC", "title", "T", "status", "PIPELINE"), "programmeId");
        rejected(ProjectFixtures.body(programme, Map.of("title", 12)), "title");
        rejected(ProjectFixtures.body(programme, Map.of("title", "   ")), "title");
        rejected(ProjectFixtures.body(programme, Map.of("kind", "MAIN")), "kind");
        rejected(ProjectFixtures.body(programme, Map.of("status", "DONE")), "status");
        rejected(ProjectFixtures.body(programme, Map.of("colour", "red")), "colour");
        rejected(ProjectFixtures.body(programme, Map.of("programmeId", "two")), "programmeId");
        rejected(ProjectFixtures.body(programme, Map.of("totalCost", "lots")), "totalCost");
        rejected(ProjectFixtures.body(programme, Map.of("totalCost", true)), "totalCost");
        rejected(ProjectFixtures.body(programme, Map.of("plannedStart", "2022-13-01")), "plannedStart");
        rejected(ProjectFixtures.body(programme, Map.of("implementingEntities", "Gmina")), "implementingEntities");
        rejected(ProjectFixtures.body(programme, Map.of("fundingSources", List.of(Map.of("source", "A", "instrument", "GIFT", "amount", 1)))),
                "fundingSources[0].instrument");
        rejected(ProjectFixtures.body(programme, Map.of("fundingSources", List.of(Map.of("source", "A", "instrument", "GRANT")))),
                "fundingSources[0].amount");
        rejected(ProjectFixtures.body(programme, Map.of("subareaIds", List.of("x"))), "subareaIds[0]");
        json().body("{\"programmeId\": " + programme + ", \"title\": ").post(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        json().post(PATH).then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, ProjectFixtures.count(programme));
    }

    @Test
    void rejectsOversizeAndOutOfRangeValues() {
        long programme = Fixtures.programme(Fixtures.municipality());
        rejected(ProjectFixtures.body(programme, Map.of("title", "x".repeat(501))), "title");
        rejected(ProjectFixtures.body(programme, Map.of("location", "x".repeat(501))), "location");
        rejected(ProjectFixtures.body(programme, Map.of("description", "x".repeat(10001))), "description");
        rejected(ProjectFixtures.body(programme, Map.of("implementingEntities", List.of("ok", "x".repeat(301)))), "implementingEntities[1]");
        rejected(ProjectFixtures.body(programme, Map.of("fundingSources", List.of(
                Map.of("source", "x".repeat(301), "instrument", "GRANT", "amount", "1", "fund", "f".repeat(101))))),
                "fundingSources[0].fund", "fundingSources[0].source");
        rejected(ProjectFixtures.body(programme, Map.of("sdgTargets", List.of("11.4", "11.4.1.2.3")) ), "sdgTargets[1]");
        rejected(ProjectFixtures.body(programme, Map.of("totalCost", "-0.01")), "totalCost");
        rejected(ProjectFixtures.body(programme, Map.of("totalCost", "1.001")), "totalCost");
        rejected(ProjectFixtures.body(programme, Map.of("estimatedValue", "100000000000000.00")), "estimatedValue");
        rejected(ProjectFixtures.body(programme, Map.of("eligibleCost", "1e20")), "eligibleCost");
        rejected(ProjectFixtures.body(programme, Map.of("fundingSources", List.of(Map.of("source", "A", "instrument", "GRANT", "amount", "-5")))),
                "fundingSources[0].amount");
        rejected(ProjectFixtures.body(programme, Map.of("longitude", 180.5, "latitude", "-90.01")), "latitude", "longitude");
        rejected(ProjectFixtures.body(programme, Map.of("longitude", "19.1234567")), "longitude");
        rejected(ProjectFixtures.body(programme, Map.of("currency", "pln")), "currency");
        rejected(ProjectFixtures.body(programme, Map.of("currency", "XYZ")), "currency");
        rejected(ProjectFixtures.body(programme, Map.of("sdgTargets", java.util.Collections.nCopies(21, "11.4"))), "sdgTargets");
        assertEquals(0, ProjectFixtures.count(programme));
    }

    @Test
    void rejectsInconsistentDatesAndMoney() {
        long programme = Fixtures.programme(Fixtures.municipality());
        rejected(ProjectFixtures.body(programme, Map.of("plannedStart", "2022-05-19", "plannedEnd", "2022-05-18")), "plannedEnd");
        rejected(ProjectFixtures.body(programme, Map.of("actualStart", "2022-05-19", "actualEnd", "2021-01-01")), "actualEnd");
        rejected(ProjectFixtures.body(programme, Map.of("totalCost", "8937573.00", "eligibleCost", "8937573.01")), "eligibleCost");
        rejected(ProjectFixtures.body(programme, Map.of("totalCost", "8937573.00", "fundingSources", List.of(
                Map.of("source", "RPO", "instrument", "LOAN", "amount", "4739912.00"),
                Map.of("source", "Gmina", "instrument", "OWN", "amount", "4197661.01")))), "fundingSources");
        ValidatableResponse both = json().body(ProjectFixtures.body(programme, Map.of("plannedStart", "2023-01-01",
                "plannedEnd", "2022-01-01", "actualStart", "2023-01-01", "actualEnd", "2022-01-01"))).post(PATH).then();
        both.statusCode(400).body("errors.field", containsInAnyOrder("plannedEnd", "actualEnd"), "detail", equalTo("2 fields are invalid"));
        // Equal dates and a funding mix equal to the total are fine.
        ProjectFixtures.project(programme, Map.of("plannedStart", "2022-05-19", "plannedEnd", "2022-05-19", "totalCost", "8937573.00",
                "eligibleCost", "8937573.00", "fundingSources", List.of(
                        Map.of("source", "RPO", "instrument", "LOAN", "amount", "4739912.00"),
                        Map.of("source", "Gmina", "instrument", "OWN", "amount", "4197661.00"))));
        // Without a total cost the funding mix is not capped.
        ProjectFixtures.project(programme, Map.of("fundingSources", List.of(Map.of("source", "A", "instrument", "GRANT", "amount", "5"))));
        assertEquals(2, ProjectFixtures.count(programme));
    }

    @Test
    void rejectsUnknownAndForeignReferences() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        long other = Fixtures.programme(teryt);
        long mine = ProjectFixtures.subarea(db, ProjectFixtures.area(db, programme, "REVITALISATION"), "S1");
        long foreign = ProjectFixtures.subarea(db, ProjectFixtures.area(db, other, "REVITALISATION"), "S1");
        json().body(ProjectFixtures.body(999999999L, Map.of())).post(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("programmeId"), "errors[0].message", containsString("does not exist"));
        rejected(ProjectFixtures.body(programme, Map.of("subareaIds", List.of(mine, 999999999L))), "subareaIds[1]");
        rejected(ProjectFixtures.body(programme, Map.of("subareaIds", List.of(foreign))), "subareaIds[0]");
        rejected(ProjectFixtures.body(programme, Map.of("subareaIds", List.of(mine, mine))), "subareaIds[1]");
        rejected(ProjectFixtures.body(programme, Map.of("sdgTargets", List.of("11.4", "11.9"))), "sdgTargets[1]");
        rejected(ProjectFixtures.body(programme, Map.of("sdgTargets", List.of("11.4", "11.4"))), "sdgTargets[1]");
        rejected(ProjectFixtures.body(programme, Map.of("sdgTargets", List.of("11.4.1"), "subareaIds", List.of(foreign),
                "plannedStart", "2023-01-01", "plannedEnd", "2022-01-01")), "plannedEnd", "sdgTargets[0]", "subareaIds[0]");
        json().body(ProjectFixtures.body(programme, Map.of("subareaIds", List.of(foreign)))).post(PATH).then()
                .body("errors[0].message", containsString("another programme"));
        assertEquals(0, ProjectFixtures.count(programme));
        // A failed update leaves the project as it was.
        long id = ProjectFixtures.project(programme, Map.of("subareaIds", List.of(mine), "sdgTargets", List.of("11.4")));
        String before = read(id);
        json().header("If-Match", "\"0\"").body(ProjectFixtures.body(programme, Map.of("title", "Zmieniony",
                "subareaIds", List.of(foreign), "sdgTargets", List.of("11.7")))).put(PATH + "/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("subareaIds[0]"));
        mergePatch(id, "{\"title\": \"Zmieniony\", \"sdgTargets\": [\"11.99\"]}").then().statusCode(400)
                .body("errors[0].field", equalTo("sdgTargets[0]"));
        assertEquals(before, read(id));
    }

    // ---- documentation ------------------------------------------------------------------------

    @Test
    void documentsTheProjectsApi() {
        JsonPath doc = RestAssured.given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("Projects"), doc.getList("paths.'/api/v1/projects'.get.tags"));
        assertEquals("listProjects", doc.getString("paths.'/api/v1/projects'.get.operationId"));
        assertEquals("patchProject", doc.getString("paths.'/api/v1/projects/{id}'.patch.operationId"));
        assertEquals("string", doc.getString("components.schemas.Project.properties.totalCost.type"));
        assertEquals("string", doc.getString("components.schemas.FundingSource.properties.amount.type"));
        assertEquals("11347418.62", doc.getString("components.schemas.Project.properties.totalCost.examples[0]"));
        // Money examples are strings, so no float parsing distorts them in the documentation either.
        assertEquals("11347418.62", doc.getString("components.schemas.ProjectRequest.properties.totalCost.examples[0]"));
        assertEquals("6380223.26", doc.getString("components.schemas.FundingSourceRequest.properties.amount.examples[0]"));
        assertEquals(List.of("11.4", "11.7"), doc.getList("components.schemas.ProjectRequest.properties.sdgTargets.examples[0]"));
        assertTrue(doc.getMap("paths.'/api/v1/projects/{id}'.patch.requestBody.content").containsKey("application/merge-patch+json"));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private void rejected(Map<String, Object> body, String... fields) {
        json().body(body).when().post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:odnowa:problem:validation-failed"), "status", equalTo(400),
                        "instance", equalTo(PATH), "errors.field", contains(fields));
    }

    private void assertSearch(long programme, String q, long... expected) {
        List<Integer> ids = json().queryParams(Map.of("programme", programme, "q", q, "sort", "createdAt")).get(PATH)
                .then().statusCode(200).extract().jsonPath().getList("items.id", Integer.class);
        assertEquals(java.util.Arrays.stream(expected).mapToObj(i -> (int) i).toList(), ids, "q=" + q);
    }

    private void assertIds(Map<String, Object> params, long... expected) {
        Map<String, Object> query = new HashMap<>(params);
        List<Integer> ids = json().queryParams(query).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(expected.length)).extract().jsonPath().getList("items.id", Integer.class);
        assertEquals(java.util.Arrays.stream(expected).mapToObj(i -> (int) i).toList(), ids, params.toString());
    }

    private static String read(long id) {
        return json().get(PATH + "/" + id).then().statusCode(200).extract().asString();
    }

    private static io.restassured.response.Response mergePatch(long id, String patch) {
        String etag = Fixtures.etag(PATH + "/" + id);
        return mergePatchWith(etag, id, patch);
    }

    private static io.restassured.response.Response mergePatchWith(String etag, long id, String patch) {
        var request = RestAssured.given().contentType("application/merge-patch+json").accept("application/json").body(patch);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.when().patch(PATH + "/" + id);
    }

    private List<String> explain(String sql) {
        try (var c = db.getConnection(); var s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set local enable_seqscan = off");
            List<String> plan = new java.util.ArrayList<>();
            try (var rs = s.executeQuery("explain " + sql)) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            }
            c.rollback();
            c.setAutoCommit(true);
            return plan;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
