package pl.odnowa.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import pl.odnowa.area.AreaKind;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;
import pl.odnowa.indicator.IndicatorFixtures;

@QuarkusTest
class ImportResourceTest extends ApiTest {

    /** RestAssured sends text in ISO-8859-1 unless the charset is named. */
    private static final String CSV_UTF8 = "text/csv; charset=UTF-8";

    @Inject
    IndicatorFixtures fixtures;

    @Inject
    ImportService service;

    @Inject
    DataSource db;

    private static String path(long programme) {
        return "/api/v1/programmes/" + programme + "/import";
    }

    /** A programme with an indicator W1 and a revitalisation area with subareas S1 and S2; returns {programme, S1 id}. */
    private long[] programme(String teryt) {
        long programme = Fixtures.programme(teryt);
        long[] area = fixtures.area(programme, AreaKind.REVITALISATION, "S1", "S2");
        IndicatorFixtures.indicator(programme, IndicatorFixtures.with("code", "W1"));
        return new long[] {programme, area[1]};
    }

    private static Map<String, Object> body(long subareaId) {
        return Map.of(
                "projects", List.of(
                        Map.of("externalId", "P-1", "kind", "BASIC", "title", "Rewitalizacja Starego Miasta – etap I",
                                "status", "IMPLEMENTATION", "totalCost", "1000.5", "longitude", "19.0445",
                                "subareaIds", List.of(subareaId), "sdgTargets", List.of("11.4", "11.3"),
                                "fundingSources", List.of(Map.of("source", "EFRR", "instrument", "GRANT", "amount", "600"))),
                        Map.of("externalId", "P-2", "kind", "COMPLEMENTARY", "title", "Klub seniora", "status", "PIPELINE")),
                "observations", List.of(
                        Map.of("indicatorCode", "W1", "year", 2023, "value", "12.50", "source", "GUS BDL"),
                        Map.of("indicatorCode", "W1", "subareaCode", "S1", "year", 2023, "value", 14.25)));
    }

    private static JsonPath projects(long programme) {
        return given().accept(ContentType.JSON).queryParam("programme", programme).queryParam("sort", "title")
                .when().get("/api/v1/projects").then().statusCode(200).extract().jsonPath();
    }

    private long count(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private long auditEntries(long programme) {
        return auditEntries(programme, "true");
    }

    /** Audit entries of the programme's projects and observations that meet {@code condition}. */
    private long auditEntries(long programme, String condition) {
        return count("select count(*) from audit_log a where " + condition + " and ((a.entity = 'project' and a.entity_id in "
                + "(select id::text from project where programme_id = ?)) or (a.entity = 'observation' and a.entity_id in "
                + "(select o.id::text from observation o join indicator i on i.id = o.indicator_id where i.programme_id = ?)))",
                programme, programme);
    }

    @Test
    void jsonImportCreatesProjectsAndObservationsAndTheSameFileAgainChangesNothing() {
        long[] p = programme(Fixtures.municipality());
        json().body(body(p[1])).when().post(path(p[0])).then().statusCode(200)
                .body("projects.created", equalTo(2)).body("projects.updated", equalTo(0)).body("projects.unchanged", equalTo(0))
                .body("observations.created", equalTo(2)).body("observations.unchanged", equalTo(0));
        JsonPath first = projects(p[0]);
        assertEquals(List.of("Klub seniora", "Rewitalizacja Starego Miasta – etap I"), first.getList("items.title"));
        assertEquals("P-1", first.getString("items[1].externalId"));
        assertEquals("1000.50", first.getString("items[1].totalCost"));
        assertEquals(List.of("11.3", "11.4"), first.getList("items[1].sdgTargets"));
        assertEquals("600.00", first.getString("items[1].fundingSources[0].amount"));
        assertEquals(false, first.getBoolean("items[1].published"));
        long audit = auditEntries(p[0]);
        assertTrue(audit >= 4, "the import is in the audit log: " + audit);
        assertEquals(audit, auditEntries(p[0], "a.actor = 'admin'"), "every entry of the import names who imported it");

        json().body(body(p[1])).when().post(path(p[0])).then().statusCode(200)
                .body("projects.created", equalTo(0)).body("projects.updated", equalTo(0)).body("projects.unchanged", equalTo(2))
                .body("observations.created", equalTo(0)).body("observations.updated", equalTo(0))
                .body("observations.unchanged", equalTo(2));
        JsonPath second = projects(p[0]);
        assertEquals(first.getList("items.version"), second.getList("items.version"));
        assertEquals(first.getList("items.updatedAt"), second.getList("items.updatedAt"));
        assertEquals(audit, auditEntries(p[0]), "an unchanged import writes no audit entries");
        long indicator = given().accept(ContentType.JSON).queryParam("programme", p[0]).when().get("/api/v1/indicators")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        given().accept(ContentType.JSON).queryParam("sort", "value").when().get("/api/v1/indicators/" + indicator + "/observations")
                .then().statusCode(200).body("items.value", contains("12.5", "14.25"))
                .body("items.subareaId", contains(null, (int) p[1])).body("items.source", contains("GUS BDL", null));
    }

    @Test
    void aRowUpdatesOnlyTheFieldsItNamesAndOnlyTheProjectsThatChange() {
        long[] p = programme(Fixtures.municipality());
        json().body(body(p[1])).when().post(path(p[0])).then().statusCode(200);
        JsonPath before = projects(p[0]);
        json().body(Map.of("projects", List.of(
                        Map.of("externalId", "P-1", "status", "COMPLETION", "actualEnd", "2025-06-30"),
                        Map.of("externalId", "P-2", "title", "Klub seniora"),
                        Map.of("externalId", "P-3", "kind", "BASIC", "title", "Park kieszonkowy", "status", "PIPELINE",
                                "published", true))))
                .when().post(path(p[0])).then().statusCode(200)
                .body("projects.created", equalTo(1)).body("projects.updated", equalTo(1)).body("projects.unchanged", equalTo(1))
                .body("observations.created", equalTo(0));
        JsonPath after = projects(p[0]);
        assertEquals(List.of("Klub seniora", "Park kieszonkowy", "Rewitalizacja Starego Miasta – etap I"), after.getList("items.title"));
        assertEquals(before.getInt("items[0].version"), after.getInt("items[0].version"));
        assertEquals(before.getInt("items[1].version") + 1, after.getInt("items[2].version"));
        assertEquals("COMPLETION", after.getString("items[2].status"));
        assertEquals("2025-06-30", after.getString("items[2].actualEnd"));
        assertEquals("1000.50", after.getString("items[2].totalCost"), "fields the row leaves out keep their values");
        assertEquals("EFRR", after.getString("items[2].fundingSources[0].source"));
        assertEquals(true, after.getBoolean("items[1].published"));
    }

    @Test
    void csvImportsProjectsAndObservations() {
        long[] p = programme(Fixtures.municipality());
        String projectsCsv = "externalId,kind,title,status,totalCost,plannedStart,sdgTargets,subareaIds,published,implementingEntities\r\n"
                + "C-1,BASIC,\"Kamienica, ul. Wzgórze 7\",IMPLEMENTATION,250000,2024-03-01,11.1;11.4," + p[1] + ",true,Gmina;MZB\r\n"
                + "C-2,COMPLEMENTARY,Świetlica,PIPELINE,,,,,,\r\n";
        given().contentType(CSV_UTF8).accept(ContentType.JSON).queryParam("kind", "projects").body(projectsCsv)
                .when().post(path(p[0])).then().statusCode(200)
                .body("projects.created", equalTo(2)).body("observations.created", equalTo(0));
        JsonPath projects = projects(p[0]);
        assertEquals(List.of("Kamienica, ul. Wzgórze 7", "Świetlica"), projects.getList("items.title"));
        assertEquals("250000.00", projects.getString("items[0].totalCost"));
        assertEquals(List.of("11.1", "11.4"), projects.getList("items[0].sdgTargets"));
        assertEquals(List.of("Gmina", "MZB"), projects.getList("items[0].implementingEntities"));
        assertEquals(List.of((int) p[1]), projects.getList("items[0].subareaIds"));
        assertEquals(true, projects.getBoolean("items[0].published"));

        String observationsCsv = "\uFEFFindicatorCode,subareaCode,year,value,source\r\nW1,,2021,7.5,GUS\r\nW1,S2,2021,8,\r\n";
        given().contentType(CSV_UTF8).accept(ContentType.JSON).queryParam("kind", "observations").body(observationsCsv)
                .when().post(path(p[0])).then().statusCode(200).body("observations.created", equalTo(2));
        given().contentType(CSV_UTF8).accept(ContentType.JSON).queryParam("kind", "observations").body(observationsCsv)
                .when().post(path(p[0])).then().statusCode(200)
                .body("observations.created", equalTo(0)).body("observations.unchanged", equalTo(2));
        given().contentType(CSV_UTF8).accept(ContentType.JSON).queryParam("kind", "projects").body(projectsCsv)
                .when().post(path(p[0])).then().statusCode(200).body("projects.unchanged", equalTo(2));
    }

    @Test
    void anEmptyKindIsNotRecordedInCsvAndJson() {
        long[] p = programme(Fixtures.municipality());
        // CSV: K-1 with an empty kind cell → created with kind null; K-2 with BASIC → BASIC.
        String csv = "externalId,kind,title\r\nK-1,,Skwer przy ul. Cechowej\r\nK-2,BASIC,Kamienica Rynek 5\r\n";
        given().contentType(CSV_UTF8).accept(ContentType.JSON).queryParam("kind", "projects").body(csv)
                .when().post(path(p[0])).then().statusCode(200).body("projects.created", equalTo(2));
        JsonPath created = projects(p[0]);
        assertEquals(List.of("Kamienica Rynek 5", "Skwer przy ul. Cechowej"), created.getList("items.title"));
        assertEquals(java.util.Arrays.asList("BASIC", null), created.getList("items.kind"));
        // The same file again changes nothing; an empty cell for K-2 clears its recorded kind (one update).
        given().contentType(CSV_UTF8).accept(ContentType.JSON).queryParam("kind", "projects").body(csv)
                .when().post(path(p[0])).then().statusCode(200).body("projects.unchanged", equalTo(2));
        given().contentType(CSV_UTF8).accept(ContentType.JSON).queryParam("kind", "projects")
                .body("externalId,kind\r\nK-2,\r\n").when().post(path(p[0])).then().statusCode(200)
                .body("projects.updated", equalTo(1));
        assertEquals(java.util.Arrays.asList(null, null), projects(p[0]).getList("items.kind"));
        // JSON: a row without kind, and one with "kind": null, are created with kind null; "kind": "COMPLEMENTARY" is kept.
        java.util.Map<String, Object> nullKind = new java.util.HashMap<>(Map.of("externalId", "J-2", "title", "Klub seniora"));
        nullKind.put("kind", null);
        json().body(Map.of("projects", List.of(Map.of("externalId", "J-1", "title", "Park kieszonkowy"), nullKind,
                        Map.of("externalId", "J-3", "kind", "COMPLEMENTARY", "title", "Zajęcia dla młodzieży"))))
                .when().post(path(p[0])).then().statusCode(200).body("projects.created", equalTo(3));
        JsonPath all = projects(p[0]);
        assertEquals(List.of("Kamienica Rynek 5", "Klub seniora", "Park kieszonkowy", "Skwer przy ul. Cechowej",
                "Zajęcia dla młodzieży"), all.getList("items.title"));
        assertEquals(java.util.Arrays.asList(null, null, null, null, "COMPLEMENTARY"), all.getList("items.kind"));
    }

    @Test
    void everyBadRowAndFieldIsReportedAndNothingIsWritten() {
        long[] p = programme(Fixtures.municipality());
        long audit = auditEntries(p[0]);
        Map<String, Object> body = Map.of(
                "projects", List.of(
                        Map.of("externalId", "OK-1", "kind", "BASIC", "title", "Dobry projekt", "status", "PIPELINE"),
                        Map.of("externalId", "BAD-1", "kind", "BASIC", "title", "Zły projekt", "status", "PIPELINE",
                                "totalCost", "100", "eligibleCost", "200"),
                        Map.of("externalId", "BAD-2", "kind", "SOMETIMES", "title", "", "status", "PIPELINE"),
                        Map.of("kind", "BASIC", "title", "Bez id", "status", "PIPELINE"),
                        Map.of("externalId", "OK-1", "kind", "BASIC", "title", "Drugi raz", "status", "PIPELINE")),
                "observations", List.of(
                        Map.of("indicatorCode", "W1", "year", 2023, "value", "1"),
                        Map.of("indicatorCode", "W9", "year", 2023, "value", "1"),
                        Map.of("indicatorCode", "W1", "year", 1800, "value", "1"),
                        Map.of("indicatorCode", "W1", "subareaCode", "S7", "year", 2023, "value", "1"),
                        Map.of("indicatorCode", "W1", "year", 2023, "value", "2", "colour", "red")));
        json().body(body).when().post(path(p[0])).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:odnowa:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("projects[1].eligibleCost", "projects[2].kind",
                        "projects[3].externalId", "projects[4].externalId", "observations[1].indicatorCode",
                        "observations[2].year", "observations[3].subareaCode", "observations[4].colour"))
                .body("errors.find { it.field == 'projects[4].externalId' }.message", containsString("projects[0]"));
        json().body(Map.of("projects", List.of(Map.of("externalId", "BAD-2", "kind", "BASIC", "title", "",
                        "status", "PIPELINE", "totalCost", "-1")))).when().post(path(p[0])).then().statusCode(400)
                .body("errors.field", contains("projects[0].title", "projects[0].totalCost"));
        assertEquals(0, projects(p[0]).getInt("totalItems"));
        assertEquals(0, count("select count(*) from observation o join indicator i on i.id = o.indicator_id where i.programme_id = ?", p[0]));
        assertEquals(audit, auditEntries(p[0]));
    }

    @Test
    void csvErrorsNameTheRowAndColumn() {
        long[] p = programme(Fixtures.municipality());
        given().contentType("text/csv").accept(ContentType.JSON).queryParam("kind", "observations")
                .body("indicatorCode,year,value\r\nW1,2020,1\r\nW1,20x0,abc\r\n")
                .when().post(path(p[0])).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("rows[2].year"));
        given().contentType("text/csv").accept(ContentType.JSON).queryParam("kind", "observations")
                .body("indicatorCode,year,value\r\nW1,2020,1\r\nW1,2021,abc\r\n")
                .when().post(path(p[0])).then().statusCode(400)
                .body("errors.field", contains("rows[2].value"));
        given().contentType("text/csv").accept(ContentType.JSON).queryParam("kind", "projects")
                .body("externalId,colour\r\nX,red\r\n")
                .when().post(path(p[0])).then().statusCode(400)
                .body("errors.field", contains("header.colour"));
        given().contentType("text/csv").accept(ContentType.JSON).body("externalId\r\nX\r\n")
                .when().post(path(p[0])).then().statusCode(400)
                .body("errors.field", contains("kind"));
        assertEquals(0, count("select count(*) from observation o join indicator i on i.id = o.indicator_id where i.programme_id = ?", p[0]));
    }

    @Test
    void onlyEditorsOfTheMunicipalityMayImportAndARefusedImportWritesNothing() {
        String teryt = Fixtures.municipality();
        long[] p = programme(teryt);
        String otherKey = apiKey(Fixtures.municipality(), "EDITOR");
        String viewerKey = apiKey(teryt, "VIEWER");
        anonymous().contentType(ContentType.JSON).body(body(p[1])).when().post(path(p[0])).then().statusCode(401)
                .contentType("application/problem+json");
        as(otherKey).contentType(ContentType.JSON).body(body(p[1])).when().post(path(p[0])).then().statusCode(403)
                .contentType("application/problem+json");
        as(viewerKey).contentType(ContentType.JSON).body(body(p[1])).when().post(path(p[0])).then().statusCode(403);
        assertEquals(0, projects(p[0]).getInt("totalItems"));
        as(apiKey(teryt, "EDITOR")).contentType(ContentType.JSON).body(body(p[1])).when().post(path(p[0])).then()
                .statusCode(200).body("projects.created", equalTo(2));
        json().body(body(p[1])).when().post(path(999_999_999)).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aCsvRowIsReportedOnceThoughTheImportReadsTheFileTwice() {
        long[] p = programme(Fixtures.municipality());
        given().contentType(CSV_UTF8).accept(ContentType.JSON).queryParam("kind", "projects")
                .body("externalId,kind,title,status\r\nD-1,BASIC,A,PIPELINE\r\nD-1,BASIC,B,PIPELINE\r\nD-2,BASIC,C,PIPELINE,x\r\n")
                .when().post(path(p[0])).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("rows[2].externalId", "rows[3]"))
                .body("errors.find { it.field == 'rows[2].externalId' }.message", containsString("rows[1]"));
        assertEquals(0, projects(p[0]).getInt("totalItems"));
    }

    /** More external ids than one lookup statement asks for (10,000: a statement takes at most 32,767 parameters). */
    @Test
    void aLargeImportFindsAllItsProjectsWhenSentAgain() {
        long[] p = programme(Fixtures.municipality());
        int rows = 12_000;
        StringBuilder csv = new StringBuilder("externalId,kind,title,status\r\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("L-").append(i).append(",BASIC,Projekt ").append(i).append(",PIPELINE\r\n");
        }
        given().contentType(CSV_UTF8).accept(ContentType.JSON).queryParam("kind", "projects").body(csv.toString())
                .when().post(path(p[0])).then().statusCode(200).body("projects.created", equalTo(rows));
        csv.append("L-").append(rows + 1).append(",BASIC,Nowy,PIPELINE\r\n");
        given().contentType(CSV_UTF8).accept(ContentType.JSON).queryParam("kind", "projects").body(csv.toString())
                .when().post(path(p[0])).then().statusCode(200)
                .body("projects.created", equalTo(1)).body("projects.unchanged", equalTo(rows));
        assertEquals(rows + 1, projects(p[0]).getInt("totalItems"));
    }

    @Test
    void anOversizeBodyIsA413Problem() {
        long[] p = programme(Fixtures.municipality());
        long limit = service.maxBytes();
        service.maxBytes(200);
        try {
            String big = "{\"projects\": [], \"observations\": []" + " ".repeat(200) + "}";
            json().body(big).when().post(path(p[0])).then().statusCode(413)
                    .contentType("application/problem+json")
                    .body("status", equalTo(413)).body("errors.field", hasItems("body"));
            json().body("{\"projects\": []}").when().post(path(p[0])).then().statusCode(200);
        } finally {
            service.maxBytes(limit);
        }
    }

    private static String apiKey(String teryt, String role) {
        return given().contentType(ContentType.JSON).body(Map.of("name", unique("import test"), "municipality", teryt, "role", role))
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
    }
}
