package pl.odnowa.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.odnowa.indicator.IndicatorFixtures.indicator;
import static pl.odnowa.indicator.IndicatorFixtures.with;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import pl.odnowa.area.AreaKind;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;
import pl.odnowa.indicator.IndicatorFixtures;

@QuarkusTest
class IndicatorExportTest extends ApiTest {

    private static final String OPEN_SDG = "/api/v1/exports/indicators/open-sdg.csv";
    private static final String SDMX = "/api/v1/exports/indicators/sdmx.csv";
    private static final String DF = "ODNOWA:DF_REVITALISATION_INDICATORS(1.0)";

    @Inject
    IndicatorFixtures fixtures;

    String teryt;
    long programme;
    long first;
    long second;
    long empty;

    /** Indicators "B-…" and "A-…" (created in that order) with values for the whole scope and subareas S1, S2. */
    @BeforeEach
    void setUp() {
        teryt = Fixtures.municipality();
        programme = Fixtures.programme(teryt);
        long[] area = fixtures.area(programme, AreaKind.REVITALISATION, "S2", "S1");
        long s2 = area[1];
        long s1 = area[2];
        String suffix = unique("").trim().replace(' ', '-');
        second = indicator(programme, with("code", "B" + suffix, "unit", "osoby"));
        first = indicator(programme, with("code", "A" + suffix, "unit", "%"));
        empty = indicator(programme, with("code", "C" + suffix));
        observation(second, 2021, "7", null, null, null);
        observation(first, 2022, "12.50", null, "GUS BDL", null);
        observation(first, 2019, "1000", null, "GUS BDL", "Starówka, dane \"wstępne\"\nłączy dwa źródła");
        observation(first, 2020, "0.0001", s2, "illustrative", null);
        observation(first, 2019, "3.25", s1, "MOPS", null);
        observation(first, 2021, "123456789012.5", s1, null, null);
    }

    private static void observation(long indicator, int period, String value, Long subarea, String source, String note) {
        Map<String, Object> body = with("period", period, "value", value, "subareaId", subarea, "source", source, "note", note);
        body.values().removeIf(v -> v == null);
        Fixtures.post("/api/v1/indicators/" + indicator + "/observations", body);
    }

    private String code(long indicator) {
        return given().get("/api/v1/indicators/" + indicator).then().statusCode(200).extract().path("code");
    }

    @Test
    void writesOpenSdgTidyCsvSortedBySeriesSubareaYear() {
        CsvFiles csv = CsvFiles.download(OPEN_SDG, "programme", programme);
        String a = code(first);
        String b = code(second);
        assertEquals(List.of("Year", "Series", "Units", "GeoCode", "Subarea", "Value", "COMMENT_OBS"), csv.header());
        // Each figure's source goes along as Open SDG's observation attribute; an illustrative one says so.
        assertEquals(List.of(
                List.of("2019", a, "%", teryt, "", "1000", "GUS BDL"),
                List.of("2022", a, "%", teryt, "", "12.5", "GUS BDL"),
                List.of("2019", a, "%", teryt, "S1", "3.25", "MOPS"),
                List.of("2021", a, "%", teryt, "S1", "123456789012.5", ""),
                List.of("2020", a, "%", teryt, "S2", "0.0001", "ILLUSTRATIVE — not official: illustrative"),
                List.of("2021", b, "osoby", teryt, "", "7", "")), csv.cells());
        assertTrue(csv.text().startsWith("Year,Series,Units,GeoCode,Subarea,Value,COMMENT_OBS\r\n"), csv.text());
    }

    @Test
    void namesTheFileAfterTheSelection() {
        given().queryParam("programme", programme).get(OPEN_SDG).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"odnowa-programme-" + programme + "-indicators-open-sdg.csv\"");
        given().queryParam("indicator", first).get(SDMX).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"odnowa-indicator-" + first + "-sdmx.csv\"");
    }

    @Test
    void exportsOneIndicator() {
        String b = code(second);
        assertEquals(List.of(List.of("2021", b, "osoby", teryt, "", "7", "")),
                CsvFiles.download(OPEN_SDG, "indicator", second).cells());
        assertEquals(1, CsvFiles.download(OPEN_SDG, "indicator", second, "programme", programme).rows().size());
        CsvFiles none = CsvFiles.download(OPEN_SDG, "indicator", empty);
        assertEquals(List.of("Year", "Series", "Units", "GeoCode", "Subarea", "Value", "COMMENT_OBS"), none.header());
        assertEquals(0, none.rows().size());
    }

    @Test
    void writesSdmxCsvWithSourceAndNoteQuoted() {
        CsvFiles csv = CsvFiles.download(SDMX, "programme", programme);
        String a = code(first);
        String b = code(second);
        assertEquals(List.of("DATAFLOW", "INDICATOR", "REF_AREA", "SUBAREA", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE",
                "SOURCE", "COMMENT"), csv.header());
        String note = "Starówka, dane \"wstępne\"\nłączy dwa źródła";
        assertEquals(List.of(
                List.of(DF, a, teryt, "", "2019", "1000", "%", "GUS BDL", note),
                List.of(DF, a, teryt, "", "2022", "12.5", "%", "GUS BDL", ""),
                List.of(DF, a, teryt, "S1", "2019", "3.25", "%", "MOPS", ""),
                List.of(DF, a, teryt, "S1", "2021", "123456789012.5", "%", "", ""),
                List.of(DF, a, teryt, "S2", "2020", "0.0001", "%", "illustrative", ""),
                List.of(DF, b, teryt, "", "2021", "7", "osoby", "", "")), csv.cells());
        // the library quoted the note (comma, doubled quotes, line break) and wrote the Polish letters as UTF-8
        assertTrue(csv.text().contains(",\"Starówka, dane \"\"wstępne\"\"\nłączy dwa źródła\"\r\n"), csv.text());
    }

    @Test
    void requiresProgrammeOrIndicator() {
        for (String path : List.of(OPEN_SDG, SDMX)) {
            given().get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("programme")));
            given().queryParam("programme", "abc").get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("programme")));
            given().queryParam("indicator", "1.5").get(path).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("indicator")));
        }
    }

    @Test
    void answersProblemsAsJsonToACsvClient() {
        given().accept("text/csv").queryParam("programme", "abc").get(OPEN_SDG).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("programme")));
        given().accept("text/csv").queryParam("programme", Long.MAX_VALUE).get(SDMX).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void answersUnknownIdsWith404() {
        for (String path : List.of(OPEN_SDG, SDMX)) {
            given().queryParam("programme", Long.MAX_VALUE).get(path).then().statusCode(404)
                    .contentType("application/problem+json").body("detail", equalTo("programme " + Long.MAX_VALUE + " does not exist"));
            given().queryParam("indicator", Long.MAX_VALUE).get(path).then().statusCode(404)
                    .contentType("application/problem+json").body("detail", equalTo("indicator " + Long.MAX_VALUE + " does not exist"));
            long other = Fixtures.programme(teryt);
            given().queryParam("programme", other).queryParam("indicator", first).get(path).then().statusCode(404)
                    .contentType("application/problem+json").body("status", equalTo(404));
        }
    }

    @Test
    void exportsADraftProgrammeOnlyToThoseWhoMaySeeIt() {
        // setUp's programme is a draft (a programme starts unpublished): to an anonymous reader it does not exist
        for (String path : List.of(OPEN_SDG, SDMX)) {
            anonymous().queryParam("programme", programme).get(path).then().statusCode(404)
                    .contentType("application/problem+json").body("detail", equalTo("programme " + programme + " does not exist"));
            anonymous().queryParam("indicator", first).get(path).then().statusCode(404)
                    .contentType("application/problem+json").body("detail", equalTo("indicator " + first + " does not exist"));
        }
        String programmePath = "/api/v1/programmes/" + programme;
        mergePatch(Fixtures.etag(programmePath)).body("{\"published\": true}").patch(programmePath).then().statusCode(200);
        for (String path : List.of(OPEN_SDG, SDMX)) {
            for (String param : List.of("programme", "indicator")) {
                long id = param.equals("programme") ? programme : first;
                String published = anonymous().queryParam(param, id).get(path).then().statusCode(200).extract().asString();
                assertEquals(given().queryParam(param, id).get(path).then().statusCode(200).extract().asString(), published);
                assertTrue(published.contains(code(first)), published);
            }
        }
    }

    @Test
    void costsTheSameStatementsForTwoHundredRowsAsForOne() {
        long big = Fixtures.programme(teryt);
        fixtures.bulkIndicators(big, 80); // 240 observations
        long small = Fixtures.programme(teryt);
        fixtures.bulkIndicators(small, 1);
        assertEquals(240, CsvFiles.download(OPEN_SDG, "programme", big).rows().size());
        for (String path : List.of(OPEN_SDG, SDMX)) {
            long many = statementsDuring(() -> CsvFiles.download(path, "programme", big));
            long few = statementsDuring(() -> CsvFiles.download(path, "programme", small));
            assertEquals(few, many);
            // the check of the programme; the rows come in one plain JDBC statement read through a cursor
            // (ExportService#rows), which Hibernate's statistics do not see
            assertTrue(many <= 1, "statements: " + many);
        }
        CsvFiles csv = CsvFiles.download(SDMX, "programme", big);
        assertEquals(List.of(DF, "B001", teryt, "", "2020", "20.5", "%", "", ""), csv.rows().get(0).toList());
        assertEquals("B080", csv.rows().get(239).get("INDICATOR"));
    }

    @Test
    void isDocumented() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/exports/indicators/sdmx.csv'.get.operationId", equalTo("exportIndicatorsSdmx"))
                .body("tags.name", hasItem("Exports"));
    }
}
