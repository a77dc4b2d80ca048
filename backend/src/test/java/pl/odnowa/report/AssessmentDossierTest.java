package pl.odnowa.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;
import pl.odnowa.indicator.IndicatorFixtures;

/**
 * The art. 22 dossier through HTTP, with a worked example. The monitoring figures are the test's own and marked
 * illustrative (no public source gives a real programme's monitoring).
 */
@QuarkusTest
class AssessmentDossierTest extends ApiTest {

    long programme;
    String path;

    /**
     * A programme (2022–2030) with an adoption step, one consultation, a project monitored in 2024 (EFRR planned
     * 100,000.00, actual 80,000.00 → execution 80%, progress 40%), a project without a 2024 record, and an OUTPUT
     * indicator (baseline 2022: 1, target 2030: 5, observed 2024: 3 → degree of achievement 3 ÷ 5 = 60%).
     */
    void programmeWithMonitoring() {
        programme = Fixtures.programme(Fixtures.municipality());
        path = "/api/v1/programmes/" + programme + "/assessment-dossier";
        Fixtures.post("/api/v1/procedure-steps", Map.of("programmeId", programme, "kind", "ADOPTION", "date", "2022-11-29",
                "title", "Uchwała w sprawie przyjęcia GPR", "documentNumber", "LI/1234/2022", "source", "test"));
        Fixtures.post("/api/v1/consultations", Map.of("programmeId", programme, "subject", "Projekt GPR",
                "startDate", "2022-06-14", "endDate", "2022-07-20", "forms", List.of("ELECTRONIC_COMMENTS", "MEETING", "WALK_STUDY"),
                "source", "test"));
        long square = Fixtures.post("/api/v1/projects", Map.of("programmeId", programme, "kind", "BASIC",
                "title", "Rewitalizacja placu", "status", "IMPLEMENTATION")).longValue();
        Fixtures.post("/api/v1/projects", Map.of("programmeId", programme, "kind", "COMPLEMENTARY",
                "title", "Zielony dziedziniec", "status", "PIPELINE"));
        Fixtures.post("/api/v1/monitoring-records", Map.of("projectId", square, "year", 2024, "progress", "40",
                "funding", List.of(Map.of("source", "Unia Europejska – EFRR", "instrument", "GRANT",
                        "planned", "100000.00", "actual", "80000.00")),
                "source", "test, dane ilustracyjne"));
        long output = IndicatorFixtures.indicator(programme, Map.of("code", "M1", "level", "OUTPUT", "direction", "HIGHER",
                "unit", "ha", "namePl", "Powierzchnia zrewitalizowanych przestrzeni", "nameEn", "Area of revitalised spaces",
                "baseline", Map.of("year", 2022, "value", "1"), "target", Map.of("year", 2030, "value", "5"), "source", "test"));
        IndicatorFixtures.observation(output, 2024, "3", null);
    }

    @Test
    void theDossierOf2024HoldsTheMonitoringFiguresInHtmlAndMarkdownInPolishAndEnglish() throws Exception {
        programmeWithMonitoring();
        String html = text("text/html", "pl");
        for (String s : List.of("materiały za 2024 r.", "1. Procedura", "LI/1234/2022", "uchwalenie GPR (art. 19)",
                "2. Konsultacje społeczne (art. 6)", "Projekt GPR", "2022-06-14 – 2022-07-20", "spacery studyjne",
                "3. Zgodność z ustawą", "art. 22", "4. Monitorowanie projektów w 2024 r.", "Rewitalizacja placu", "40%",
                "100 000,00 PLN", "80 000,00 PLN", "80%", "dane ilustracyjne, nieoficjalne",
                // the project without a 2024 record: not recorded, never 0
                "Zielony dziedziniec", "nie odnotowano",
                "Razem (projekty z pełnymi danymi: 1 z 2; z zapisem za rok: 1): plan 100 000,00 PLN, wykonanie 80 000,00 PLN, realizacja 80%",
                "5. Wydatki 2024 r. według źródeł finansowania", "Unia Europejska – EFRR",
                "6. Wskaźniki do 2024 r.", "M1 Powierzchnia zrewitalizowanych przestrzeni [ha]", "2022: 1", "2030: 5", "2024: 3", "60%")) {
            assertTrue(html.contains(s), "HTML has " + s);
        }
        assertFalse(html.contains("0,00 PLN</td><td>0,00 PLN"), "nothing unrecorded is shown as 0");
        ReportResourceTest.xml(html); // well-formed XHTML: openhtmltopdf prints it

        String md = text("text/markdown", "pl");
        for (String s : List.of("# Ocena aktualności i stopnia realizacji programu rewitalizacji (art. 22) – materiały za 2024 r.",
                "## 4. Monitorowanie projektów w 2024 r.",
                "| Rewitalizacja placu | w realizacji | 40% | 100 000,00 PLN | 80 000,00 PLN | 80% |",
                "| Zielony dziedziniec | planowany | nie odnotowano | nie odnotowano | nie odnotowano | nie odnotowano |",
                "  - Unia Europejska – EFRR (GRANT): plan 100 000,00 PLN, wykonanie 80 000,00 PLN, realizacja 80%",
                "*dane ilustracyjne, nieoficjalne*", "| M1 Powierzchnia zrewitalizowanych przestrzeni [ha] | wskaźnik produktu | 2022: 1 | 2030: 5 | 2024: 3 | 3 | 60% |")) {
            assertTrue(md.contains(s), "Markdown has " + s + "\n" + md);
        }

        String en = text("text/markdown", "en");
        for (String s : List.of("dossier for 2024", "## 4. Monitoring of the projects in 2024",
                "| Rewitalizacja placu | in implementation | 40% | 100,000.00 PLN | 80,000.00 PLN | 80% |",
                "not recorded", "*illustrative figures, not official*", "M1 Area of revitalised spaces [ha]", "60%")) {
            assertTrue(en.contains(s), "English Markdown has " + s + "\n" + en);
        }
        assertTrue(text("text/html", "en").contains("adoption of the GPR (art. 19)"));
    }

    @Test
    void thePdfIsAPdfWithTheFiguresAndJsonCarriesTheSameData() throws Exception {
        programmeWithMonitoring();
        byte[] pdf = given().accept("application/pdf").queryParam("year", 2024).when().get(path).then().statusCode(200)
                .contentType("application/pdf").extract().body().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("100 000,00 PLN"), text);
            assertTrue(text.contains("Monitorowanie projektów w 2024 r."), text);
        }
        given().accept("application/json").queryParam("year", 2024).queryParam("lang", "en").when().get(path).then()
                .statusCode(200).body("year", equalTo(2024)).body("lang", equalTo("en"))
                .body("projects.rows[0].cells", equalTo(List.of("Rewitalizacja placu", "in implementation", "40%",
                        "100,000.00 PLN", "80,000.00 PLN", "80%")))
                .body("projects.rows[0].illustrative", equalTo(true))
                .body("indicators.rows[0].cells[6]", equalTo("60%"));
    }

    @Test
    void aMissingOrOutOfPeriodYearAndAnUnknownLanguageAreProblemsNamingTheField() {
        programme = Fixtures.programme(Fixtures.municipality());
        path = "/api/v1/programmes/" + programme + "/assessment-dossier";
        given().accept("text/html").when().get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("year"));
        given().accept("application/json").queryParam("year", "2031").when().get(path).then().statusCode(400)
                .body("errors.field", hasItem("year"));
        given().accept("application/json").queryParam("year", "dwa").when().get(path).then().statusCode(400)
                .body("errors.field", hasItem("year"));
        given().accept("application/json").queryParam("year", "2024").queryParam("lang", "de").when().get(path).then()
                .statusCode(400).body("errors.field", hasItem("lang"));
        given().accept("image/png").queryParam("year", "2024").when().get(path).then().statusCode(406);
        given().accept("application/json").queryParam("year", "2024").when().get("/api/v1/programmes/999999999/assessment-dossier")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private String text(String accept, String lang) {
        return given().accept(accept).queryParam("year", 2024).queryParam("lang", lang).when().get(path).then().statusCode(200)
                .contentType(startsWith(accept)).extract().body().asString();
    }
}
