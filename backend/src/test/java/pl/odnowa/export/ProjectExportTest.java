package pl.odnowa.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

@QuarkusTest
class ProjectExportTest extends ApiTest {

    private static final String PATH = "/api/v1/exports/projects.csv";
    private static final String TITLE = "Rewitalizacja \"Starówki\", etap I";

    @Inject
    DataSource db;

    @Inject
    ExportService service;

    String teryt;
    long programme;
    long restored;
    long pipeline;
    long greenery;

    @BeforeEach
    void setUp() {
        teryt = Fixtures.municipality();
        programme = Fixtures.programme(teryt);
        restored = project(Map.ofEntries(Map.entry("title", TITLE), Map.entry("kind", "BASIC"), Map.entry("status", "COMPLETION"),
                Map.entry("description", "Projekt łączy rynek z czterema ulicami"),
                Map.entry("location", "Stare Miasto, Bielsko-Biała"), Map.entry("plannedStart", "2005-01-01"),
                Map.entry("plannedEnd", "2006-12-31"), Map.entry("actualStart", "2005-03-01"), Map.entry("actualEnd", "2007-06-30"),
                Map.entry("currency", "PLN"), Map.entry("estimatedValue", "11347418.62"), Map.entry("totalCost", "11347418.62"),
                Map.entry("eligibleCost", "10000000"),
                Map.entry("fundingSources", List.of(
                        Map.of("source", "Unia Europejska – EFRR", "instrument", "GRANT", "amount", "6380223.26"),
                        Map.of("source", "Budżet państwa", "instrument", "GRANT", "amount", "1.00"),
                        Map.of("source", "Gmina Bielsko-Biała", "instrument", "OWN", "amount", "4967194.36"))),
                Map.entry("sdgTargets", List.of("11.4", "11.3")),
                Map.entry("implementingEntities", List.of("Gmina Bielsko-Biała", "Miejski Zarząd Dróg")),
                Map.entry("source", "mapadotacji.gov.pl, projekt 796313")));
        pipeline = project(Map.of("title", "Ale łączy Starówka", "kind", "COMPLEMENTARY", "status", "PIPELINE",
                "source", "illustrative"));
        greenery = project(Map.of("title", "Zielone podwórka", "kind", "BASIC", "status", "IMPLEMENTATION", "currency", "EUR",
                "totalCost", 100, "sdgTargets", List.of("11.7"), "fundingSources", List.of(
                        Map.of("source", "Bank", "instrument", "LOAN", "amount", 50),
                        Map.of("source", "Darczyńcy", "instrument", "OTHER", "amount", "25.5"))));
    }

    private long project(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("programmeId", programme);
        return Fixtures.post("/api/v1/projects", body).longValue();
    }

    private List<String> restoredRow() {
        return List.of(String.valueOf(restored), String.valueOf(programme), "BASIC", "COMPLETION", TITLE,
                "Stare Miasto, Bielsko-Biała", "2005-01-01", "2006-12-31", "2005-03-01", "2007-06-30", "PLN", "11347418.62",
                "11347418.62", "10000000.00", "6380224.26", "", "4967194.36", "", "11.3;11.4",
                "Gmina Bielsko-Biała;Miejski Zarząd Dróg", "mapadotacji.gov.pl, projekt 796313", "false");
    }

    private List<String> pipelineRow() {
        return List.of(String.valueOf(pipeline), String.valueOf(programme), "COMPLEMENTARY", "PIPELINE", "Ale łączy Starówka",
                "", "", "", "", "", "PLN", "", "", "", "", "", "", "", "", "", "illustrative", "true");
    }

    private List<String> greeneryRow() {
        return List.of(String.valueOf(greenery), String.valueOf(programme), "BASIC", "IMPLEMENTATION", "Zielone podwórka",
                "", "", "", "", "", "EUR", "", "100.00", "", "", "50.00", "", "25.50", "11.7", "", "", "false");
    }

    @Test
    void writesEveryProjectOfTheFilterSortedByTitle() {
        CsvFiles csv = CsvFiles.download(PATH, "programme", programme);
        assertEquals(List.of("id", "programme", "kind", "status", "title", "location", "plannedStart", "plannedEnd",
                "actualStart", "actualEnd", "currency", "estimatedValue", "totalCost", "eligibleCost", "fundingGrant",
                "fundingLoan", "fundingOwn", "fundingOther", "sdgTargets", "implementingEntities", "source", "illustrative"),
                csv.header());
        assertEquals(List.of(pipelineRow(), restoredRow(), greeneryRow()), csv.cells());
        // quoted by the library: the title's comma and doubled quotes, the location's comma; UTF-8 Polish letters
        assertTrue(csv.text().contains(",\"Rewitalizacja \"\"Starówki\"\", etap I\",\"Stare Miasto, Bielsko-Biała\","), csv.text());
        assertTrue(csv.text().contains(",Ale łączy Starówka,"), csv.text());
        given().queryParam("programme", programme).get(PATH).then()
                .header("Content-Disposition", "attachment; filename=\"odnowa-projects.csv\"");
    }

    @Test
    void appliesTheFiltersOfTheProjectsList() {
        assertEquals(List.of(restoredRow()), CsvFiles.download(PATH, "programme", programme, "status", "completion").cells());
        assertEquals(List.of(pipelineRow()), CsvFiles.download(PATH, "programme", programme, "kind", "COMPLEMENTARY").cells());
        assertEquals(List.of(greeneryRow()), CsvFiles.download(PATH, "programme", programme, "sdgTarget", "11.7").cells());
        assertEquals(List.of(pipelineRow(), restoredRow()), CsvFiles.download(PATH, "programme", programme, "q", "LACZY").cells());
        assertEquals(List.of(pipelineRow()), CsvFiles.download(PATH, "programme", programme, "q", "starówka").cells());
        assertEquals(List.of(pipelineRow(), restoredRow(), greeneryRow()), CsvFiles.download(PATH, "municipality", teryt).cells());
        CsvFiles none = CsvFiles.download(PATH, "programme", programme, "q", "nieistniejący");
        assertEquals(22, none.header().size());
        assertEquals(0, none.rows().size());
    }

    @Test
    void refusesBadFilters() {
        Map<String, String> bad = Map.of("programme", "abc", "municipality", "24610", "status", "DONE", "kind", "OTHER",
                "sdgTarget", "11.1234567", "q", "--");
        bad.forEach((name, value) -> given().queryParam(name, value).get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of(name))));
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        service.maxProjectRows(2);
        try {
            given().queryParam("programme", programme).get(PATH).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("programme")), "detail", containsString("narrow the filter"));
            assertEquals(2, CsvFiles.download(PATH, "programme", programme, "kind", "BASIC").rows().size());
        } finally {
            service.maxProjectRows(ExportService.MAX_PROJECT_ROWS);
        }
    }

    @Test
    void costsTheSameStatementsForTwoHundredFiftyRowsAsForThree() throws SQLException {
        long big = Fixtures.programme(teryt);
        long template = Fixtures.post("/api/v1/projects", Map.of("programmeId", big, "kind", "BASIC", "title", "Kamienica 0",
                "status", "IMPLEMENTATION", "totalCost", "1000.00", "sdgTargets", List.of("11.1", "11.3"),
                "implementingEntities", List.of("TBS Bielsko-Biała"), "fundingSources", List.of(
                        Map.of("source", "EFRR", "instrument", "GRANT", "amount", "600.00"),
                        Map.of("source", "Gmina", "instrument", "OWN", "amount", "400.00")))).longValue();
        copies(template, 249);
        try {
            List<List<String>> rows = CsvFiles.download(PATH, "programme", big).cells();
            assertEquals(250, rows.size());
            assertTrue(rows.stream().allMatch(r -> r.get(14).equals("600.00") && r.get(16).equals("400.00")
                    && r.get(18).equals("11.1;11.3") && r.get(19).equals("TBS Bielsko-Biała")), rows.toString());
            long many = statementsDuring(() -> CsvFiles.download(PATH, "programme", big));
            long few = statementsDuring(() -> CsvFiles.download(PATH, "programme", programme));
            // no entity is loaded: the count and the rows are two plain JDBC statements (ExportService#rows), which
            // Hibernate's statistics do not see
            assertEquals(0, few);
            assertEquals(0, many);
        } finally {
            // The bulk rows go again, and the statistics with them: the plans other tests check (which index
            // serves a projects filter) depend on the size of the project table.
            execute("delete from project where programme_id = ?", big);
            execute("vacuum analyze project, project_funding, project_sdg_target");
        }
    }

    private void execute(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.execute();
        }
    }

    /** n copies of the project ("Kamienica 1" …) with its funding and SDG targets, in one statement. */
    private void copies(long projectId, int n) throws SQLException {
        String columns = "programme_id, kind, description, implementing_entities, scope, location, longitude, latitude, "
                + "status, planned_start, planned_end, actual_start, actual_end, currency, estimated_value, total_cost, "
                + "eligible_cost";
        String sql = "with copies as (insert into project (title, search_text, " + columns + ") "
                + "select 'Kamienica ' || g, 'kamienica ' || g, " + columns + " from project, generate_series(1, ?) g "
                + "where id = ? returning id), "
                + "funding as (insert into project_funding (project_id, position, source, instrument, amount, fund, measure) "
                + "select c.id, f.position, f.source, f.instrument, f.amount, f.fund, f.measure "
                + "from copies c cross join project_funding f where f.project_id = ?) "
                + "insert into project_sdg_target (project_id, target_code) "
                + "select c.id, t.target_code from copies c cross join project_sdg_target t where t.project_id = ?";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, n);
            s.setLong(2, projectId);
            s.setLong(3, projectId);
            s.setLong(4, projectId);
            s.execute();
        }
    }
}
