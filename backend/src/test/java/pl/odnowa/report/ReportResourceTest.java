package pl.odnowa.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;
import pl.odnowa.indicator.IndicatorFixtures;

@QuarkusTest
class ReportResourceTest extends ApiTest {

    static final String TERYT = "2461011";
    static final String MUNICIPALITY = "/api/v1/municipalities/" + TERYT + "/report";
    static final String[] HEADINGS_PL = {"1. Podsumowanie i ciągłość programów", "2. Obszary",
            "3. Projekty według celów szczegółowych SDG 11", "4. Wskaźniki i postęp", "5. Zgodność z przepisami",
            "6. Wnioski z ewaluacji", "7. Rekomendacje"};
    static final String[] HEADINGS_EN = {"1. Summary and lineage", "2. Areas", "3. Projects by SDG 11 target",
            "4. Indicators and progress", "5. Compliance with the rules", "6. Evaluation findings",
            "7. Recommendations"};

    static long demoProgramme(String shortName) {
        List<Map<String, Object>> items = given().accept("application/json").queryParam("municipality", TERYT).queryParam("size", 100)
                .when().get("/api/v1/programmes").then().statusCode(200).extract().path("items");
        return items.stream().filter(p -> shortName.equals(p.get("shortName"))).map(p -> ((Number) p.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    static String programmePath(long id) {
        return "/api/v1/programmes/" + id + "/report";
    }

    static JsonPath json(String path, String lang) {
        return given().accept("application/json").queryParam("lang", lang).when().get(path).then().statusCode(200)
                .contentType("application/json").header("Vary", containsString("Accept")).extract().jsonPath();
    }

    static String text(String path, String accept, String lang) {
        return given().accept(accept).queryParam("lang", lang).when().get(path).then().statusCode(200)
                .contentType(startsWith(accept)).extract().body().asString();
    }

    static String pdfText(String path, String lang) throws Exception {
        byte[] pdf = given().accept("application/pdf").queryParam("lang", lang).when().get(path).then().statusCode(200)
                .contentType("application/pdf").extract().body().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static Document xml(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void municipalityJsonHasEverySection() {
        JsonPath j = json(MUNICIPALITY, "pl");
        assertEquals("Jak rewitalizacja służyła Celowi 11", j.getString("title"));
        assertEquals("municipality", j.getString("scope"));
        assertEquals("pl", j.getString("lang"));
        assertEquals(TERYT, j.getString("summary.teryt"));
        assertEquals("Bielsko-Biała", j.getString("summary.municipality"));
        List<String> lineage = j.getList("summary.lineage.shortName");
        assertTrue(lineage.indexOf("PROM 2007–2013") < lineage.indexOf("PROM 2014–2021"), lineage.toString());
        assertTrue(lineage.indexOf("PROM 2014–2021") < lineage.indexOf("GPR 2030"), lineage.toString());
        assertEquals(HEADINGS_PL[0], j.getString("summary.heading"));
        assertEquals(HEADINGS_PL[1], j.getString("areas.heading"));
        assertEquals(HEADINGS_PL[2], j.getString("projects.heading"));
        assertEquals(HEADINGS_PL[3], j.getString("indicators.heading"));
        assertEquals(HEADINGS_PL[4], j.getString("compliance.heading"));
        assertEquals(HEADINGS_PL[5], j.getString("evaluations.heading"));
        assertEquals(HEADINGS_PL[6], j.getString("recommendations.heading"));
        assertFalse(j.getList("projects.targets").isEmpty());
        assertNotNull(j.getString("projects.targets[0].totalCost"));
        assertTrue(j.getString("projects.targets[0].totalCostText").endsWith(" PLN"));
        assertFalse(j.getList("indicators.items").isEmpty());
        assertNotNull(j.getString("indicators.items[0].status"));
        assertNotNull(j.getString("indicators.items[0].explanation"));
        assertTrue(j.getList("compliance.programmes").size() >= 3);
        assertFalse(j.getList("evaluations.items").isEmpty());
        assertFalse(j.getList("evaluations.items[0].findings").isEmpty());
        assertFalse(j.getList("recommendations.items").isEmpty());
        // drawings are for HTML only
        assertFalse(j.prettify().contains("<svg"));
    }

    @Test
    void programmeJsonCoversOneProgramme() {
        long id = demoProgramme("PROM 2014–2021");
        JsonPath j = json(programmePath(id), "en");
        assertEquals("How revitalisation served SDG 11", j.getString("title"));
        assertEquals("programme", j.getString("scope"));
        assertEquals(id, j.getLong("programmeId"));
        assertEquals(HEADINGS_EN[0], j.getString("summary.heading"));
        assertEquals(HEADINGS_EN[2], j.getString("projects.heading"));
        assertTrue(j.getList("summary.lineage.shortName").contains("GPR 2030"), "the summary shows the whole lineage");
        assertEquals(List.of("PROM 2014–2021"), j.getList("summary.lineage.findAll { it.current }.shortName"));
        assertEquals(1, j.getList("compliance.programmes").size());
        assertEquals("PROM 2014–2021", j.getString("compliance.programmes[0].programme"));
        for (String p : j.<String>getList("projects.targets.projects.flatten().programme")) {
            assertEquals("PROM 2014–2021", p);
        }
        for (String p : j.<String>getList("indicators.items.programme")) {
            assertEquals("PROM 2014–2021", p);
        }
    }

    @Test
    void markdownHasAHeadingPerSection() {
        String md = text(MUNICIPALITY, "text/markdown", "pl");
        assertTrue(md.startsWith("# Jak rewitalizacja służyła Celowi 11\n"), md.substring(0, 80));
        for (String h : HEADINGS_PL) {
            assertTrue(md.contains("\n## " + h + "\n"), h);
        }
        String en = text(programmePath(demoProgramme("PROM 2014–2021")), "text/markdown", "en");
        assertTrue(en.startsWith("# How revitalisation served SDG 11\n"));
        for (String h : HEADINGS_EN) {
            assertTrue(en.contains("\n## " + h + "\n"), h);
        }
        assertTrue(en.contains("Generated: "));
    }

    @Test
    void htmlIsWellFormedWithCharts() throws Exception {
        String html = text(MUNICIPALITY, "text/html", "pl");
        assertTrue(html.strip().startsWith("<!DOCTYPE html>"));
        Document doc = xml(html);
        assertEquals("html", doc.getDocumentElement().getLocalName());
        assertEquals("Jak rewitalizacja służyła Celowi 11", doc.getElementsByTagNameNS("*", "h1").item(0).getTextContent());
        List<String> h2 = new ArrayList<>();
        NodeList list = doc.getElementsByTagNameNS("*", "h2");
        for (int i = 0; i < list.getLength(); i++) {
            h2.add(list.item(i).getTextContent());
        }
        assertEquals(List.of(HEADINGS_PL), h2);
        assertTrue(svgs(doc, "chart") > 0, "an indicator chart");
        assertTrue(html.contains("class=\"baseline\"") || html.contains("class=\"target\""));
    }

    @Test
    void areaMapShowsSubareasWithGeometryAndListsTheOthers() throws Exception {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        Map<String, Object> s1 = subarea("S1", Map.of("type", "Polygon", "coordinates",
                List.of(List.of(List.of(19.03, 49.82), List.of(19.04, 49.82), List.of(19.04, 49.83), List.of(19.03, 49.83),
                        List.of(19.03, 49.82)))));
        Map<String, Object> s2 = subarea("S2", null);
        Map<String, Object> area = new HashMap<>();
        area.put("programmeId", programme);
        area.put("kind", "REVITALISATION");
        area.put("name", "Obszar rewitalizacji – Śródmieście");
        area.put("subareas", List.of(s1, s2));
        Fixtures.post("/api/v1/areas", area);

        JsonPath j = json(programmePath(programme), "pl");
        assertEquals(List.of("S1", "S2"), j.getList("areas.items[0].subareas.code"));
        assertEquals(List.of("S2"), j.getList("areas.items[0].withoutGeometry"));
        assertEquals(List.of(true, false), j.getList("areas.items[0].subareas.hasGeometry"));

        String html = text(programmePath(programme), "text/html", "pl");
        Document doc = xml(html);
        assertEquals(1, svgs(doc, "map"));
        Element path = (Element) doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").item(0);
        assertTrue(path.getAttribute("d").startsWith("M"), path.getAttribute("d"));
        assertTrue(html.contains("Bez granic (nie na mapie): S2"));
        // municipality without programmes: the report still renders every section
        String md = text("/api/v1/municipalities/" + Fixtures.municipality() + "/report", "text/markdown", "en");
        assertTrue(md.contains("No areas.") && md.contains("No projects.") && md.contains("No recommendations."), md);
    }

    static Map<String, Object> subarea(String code, Object geometry) {
        Map<String, Object> s = new HashMap<>();
        s.put("code", code);
        s.put("name", "Podobszar " + code);
        s.put("geometry", geometry);
        s.put("areaHa", "12.50");
        s.put("residents", 1000);
        s.put("residentsDate", "2021-12-31");
        s.put("crisis", Map.of("social", true, "economic", true));
        return s;
    }

    static int svgs(Document doc, String cls) {
        NodeList list = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        int n = 0;
        for (int i = 0; i < list.getLength(); i++) {
            if (cls.equals(((Element) list.item(i)).getAttribute("class"))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void pdfHasSectionTitlesProjectsAndMoney() throws Exception {
        JsonPath j = json(MUNICIPALITY, "pl");
        Map<String, Object> project = j.getMap("projects.targets.projects.flatten().find { it.amount != null }");
        assertNotNull(project, "a demo project with money");
        String text = pdfText(MUNICIPALITY, "pl");
        assertTrue(text.contains("Bielsko-Bia"), text.substring(0, 200));
        if (ReportRenderer.fontAvailable()) {
            assertTrue(text.contains("Jak rewitalizacja służyła Celowi 11"), text.substring(0, 200));
            for (String h : HEADINGS_PL) {
                assertTrue(text.contains(h), h);
            }
            assertTrue(text.contains((String) project.get("title")), (String) project.get("title"));
        }
        assertTrue(text.contains((String) project.get("amountText")), (String) project.get("amountText"));

        String en = pdfText(programmePath(demoProgramme("PROM 2014–2021")), "en");
        for (String h : HEADINGS_EN) {
            assertTrue(en.contains(h), h);
        }
    }

    /** The maps and charts of the HTML are drawn in the PDF too (Batik draws each as a form XObject), not left out. */
    @Test
    void pdfDrawsTheMapsAndCharts() throws Exception {
        String html = text(MUNICIPALITY, "text/html", "pl");
        int drawings = html.split("<svg\\b", -1).length - 1;
        assertTrue(drawings >= 2, "the demo report has charts: " + drawings);
        byte[] pdf = given().accept("application/pdf").queryParam("lang", "pl").when().get(MUNICIPALITY).then()
                .statusCode(200).extract().body().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int forms = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    forms += page.getResources().getXObject(name) instanceof PDFormXObject ? 1 : 0;
                }
            }
            assertEquals(drawings, forms, "one drawing in the PDF per drawing of the HTML");
            assertFalse(new PDFTextStripper().getText(doc).contains("rysunek w wersji HTML"), "no drawing is replaced by a note");
        }
    }

    /** Every figure's source is shown, and what is illustrative is labelled so in JSON, Markdown, HTML and counted apart. */
    @Test
    void everyFormatShowsSourcesAndLabelsIllustrativeFigures() {
        JsonPath j = json(MUNICIPALITY, "en");
        String provenance = j.getString("indicators.provenance");
        assertTrue(provenance.matches("\\d+ of \\d+ progress statuses rest on illustrative data\\."), provenance);
        assertEquals(true, j.getBoolean("indicators.items.find { it.code == 'W2' }.illustrative"));
        assertEquals("proxy for target 11.1", j.getString("indicators.items.find { it.code == 'W2' }.sdgMapping"));
        assertEquals("degree of achievement: 75%", j.getString("indicators.items.find { it.code == 'W1' }.degreeOfAchievement"));
        assertEquals("context indicator", j.getString("indicators.items.find { it.code == 'W5' }.kind"));
        assertEquals(false, j.getBoolean("indicators.items.find { it.code == 'W5' }.illustrative"));
        assertTrue(j.getString("summary.facts.find { it.label == 'Residents' }.source").contains("wikipedia"));
        assertTrue(j.getString("compliance.programmes.find { it.programme == 'PROM 2014–2021' }.rules")
                .contains("judged by the 2014–2020 guidelines"));
        String md = text(MUNICIPALITY, "text/markdown", "pl");
        assertTrue(md.contains("statusów postępu opiera się na danych ilustracyjnych"), md);
        assertTrue(md.contains("Źródło: illustrative — **dane ilustracyjne, nieoficjalne**"), md);
        String html = text(MUNICIPALITY, "text/html", "pl");
        assertTrue(html.contains("<span class=\"illustrative\">dane ilustracyjne, nieoficjalne</span>"), html);
        assertTrue(html.contains("Wytyczne w zakresie rewitalizacji w programach operacyjnych"), "the guidelines are cited");
        // The SDG 11 wording is the UN's, of a dated framework version, and the report says which (V25: 2024-03-01).
        assertTrue(j.getString("summary.facts.find { it.label == 'Wording of the SDG 11 targets and indicators' }.value")
                .matches(".*A/RES/71/313.* \\(version of 2024-03-01\\)"), j.getString("summary.facts.label"));
        assertTrue(md.contains("(wersja z 2024-03-01)"), "the Markdown names the framework version");
        assertTrue(html.contains("(wersja z 2024-03-01)"), "the HTML names the framework version");
    }

    /**
     * A project's kind that is not recorded (every demo project: no source calls one basic or complementary) reads
     * "rodzaj: nie zapisano" / "kind: not recorded" in every format; a recorded one reads as before.
     */
    @Test
    void aProjectKindThatIsNotRecordedIsShownSo() {
        String stageTwo = "Nowe życie w starych-nowych budynkach. Rewitalizacja obszarów zdegradowanych – etap II";
        long prom = demoProgramme("PROM 2014–2021");
        String find = "projects.targets.projects.flatten().find { it.title == '" + stageTwo + "' }.kind";
        assertEquals("rodzaj: nie zapisano", json(programmePath(prom), "pl").getString(find));
        assertEquals("kind: not recorded", json(programmePath(prom), "en").getString(find));
        String md = text(programmePath(prom), "text/markdown", "pl");
        assertTrue(md.contains(stageTwo + " (rodzaj: nie zapisano, w realizacji)"), md);
        String html = text(programmePath(prom), "text/html", "en");
        assertTrue(html.contains(stageTwo + " (kind: not recorded, in implementation)"), html);
        // A city's own project recorded as BASIC, and one without a kind, side by side (PL): podstawowy / nie zapisano.
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        Fixtures.post("/api/v1/projects", Map.of("programmeId", programme, "kind", "BASIC", "title", "Kamienica Rynek 5",
                "sdgTargets", List.of("11.1")));
        Fixtures.post("/api/v1/projects", Map.of("programmeId", programme, "title", "Skwer przy ul. Cechowej",
                "sdgTargets", List.of("11.1")));
        JsonPath own = json(programmePath(programme), "pl");
        assertEquals(List.of("podstawowy", "rodzaj: nie zapisano"),
                own.getList("projects.targets.find { it.code == '11.1' }.projects.sort { it.title }.kind"));
    }

    /** A local indicator maps to a target as a proxy, naming the UN indicator it stands in for, unless it is that one. */
    @Test
    void aLocalIndicatorIsAProxyUnlessRecordedAsTheUnIndicator() {
        long programme = Fixtures.programme(Fixtures.municipality());
        // P1: the city's PM2.5 at one station stands in for 11.6.2 (population-weighted urban mean): a proxy.
        IndicatorFixtures.indicator(programme, IndicatorFixtures.with("code", "P1", "sdgTarget", "11.6",
                "sdgIndicator", "11.6.2"));
        // U1: measured by the UN indicator's own definition, recorded as UN_INDICATOR.
        IndicatorFixtures.indicator(programme, IndicatorFixtures.with("code", "U1", "sdgTarget", "11.6",
                "sdgIndicator", "11.6.2", "sdgRelation", "UN_INDICATOR"));
        JsonPath en = json(programmePath(programme), "en");
        assertEquals("proxy for target 11.6 (standing in for UN indicator 11.6.2)",
                en.getString("indicators.items.find { it.code == 'P1' }.sdgMapping"));
        assertEquals("UN indicator 11.6.2", en.getString("indicators.items.find { it.code == 'U1' }.sdgMapping"));
        JsonPath pl = json(programmePath(programme), "pl");
        assertEquals("wskaźnik zastępczy celu 11.6 (w miejsce wskaźnika ONZ 11.6.2)",
                pl.getString("indicators.items.find { it.code == 'P1' }.sdgMapping"));
        given().accept("application/json").when().get("/api/v1/programmes/" + programme + "/sdg11").then().statusCode(200)
                .body("targets.find { it.code == '11.6' }.indicators.items.find { it.code == 'P1' }.sdgRelation", equalTo("PROXY"),
                        "targets.find { it.code == '11.6' }.indicators.items.find { it.code == 'U1' }.sdgRelation",
                        equalTo("UN_INDICATOR"));
    }

    /** The PDF labels illustrative figures and counts their statuses apart, like the HTML it is drawn from. */
    @Test
    void pdfLabelsIllustrativeFigures() throws Exception {
        String en = pdfText(MUNICIPALITY, "en");
        assertTrue(en.contains("illustrative figures, not official"), "the illustrative label is in the PDF");
        assertTrue(en.replaceAll("\\s+", " ").matches("(?s).*\\d+ of \\d+ progress statuses rest on illustrative data\\..*"),
                "the roll-up's count of illustrative statuses is in the PDF");
        // A line may break after a hyphen of the date: join such breaks before looking.
        String joined = en.replaceAll("-\\s+", "-");
        int at = Math.max(0, joined.indexOf("A/RES/71/313"));
        assertTrue(joined.contains("version of 2024-03-01"), joined.substring(at, Math.min(joined.length(), at + 300)));
    }

    @Test
    void sameDataSameOutput() {
        long id = demoProgramme("PROM 2014–2021");
        for (String accept : List.of("text/html", "text/markdown")) {
            String a = text(MUNICIPALITY, accept, "pl");
            String b = text(MUNICIPALITY, accept, "pl");
            assertEquals(withoutTimestamp(a), withoutTimestamp(b), accept);
            String c = text(programmePath(id), accept, "en");
            String d = text(programmePath(id), accept, "en");
            assertEquals(withoutTimestamp(c), withoutTimestamp(d), accept);
        }
        String a = given().accept("application/json").when().get(MUNICIPALITY).then().statusCode(200).extract().asString();
        String b = given().accept("application/json").when().get(MUNICIPALITY).then().statusCode(200).extract().asString();
        assertEquals(a.replaceAll("\"generatedAt\":\"[^\"]*\"", ""), b.replaceAll("\"generatedAt\":\"[^\"]*\"", ""));
    }

    static String withoutTimestamp(String body) {
        return body.replaceAll("(?m)^.*(Wygenerowano|Generated): .*$", "");
    }

    @Test
    void defaultsAreJsonAndPolish() {
        given().when().get(MUNICIPALITY).then().statusCode(200).contentType("application/json")
                .body("lang", equalTo("pl"), "title", equalTo("Jak rewitalizacja służyła Celowi 11"));
        given().accept("text/html;q=0.9, text/markdown").when().get(MUNICIPALITY).then().statusCode(200)
                .contentType(startsWith("text/markdown"));
    }

    @Test
    void badLangIs400NamingLang() {
        given().accept("application/json").queryParam("lang", "de").when().get(MUNICIPALITY).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("lang"));
        given().accept("text/html").queryParam("lang", "EN").when().get(programmePath(demoProgramme("GPR 2030"))).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("lang"));
    }

    @Test
    void unknownProgrammeOrMunicipalityIs404() {
        given().accept("application/json").when().get("/api/v1/programmes/999999999/report").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404), "detail", containsString("programme"));
        given().accept("application/pdf").when().get("/api/v1/municipalities/0000000/report").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("municipality"));
    }

    @Test
    void unsupportedAcceptIs406() {
        given().accept("image/png").when().get(MUNICIPALITY).then().statusCode(406)
                .contentType("application/problem+json").body("status", equalTo(406));
        given().accept("application/xml").when().get(programmePath(demoProgramme("GPR 2030"))).then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void openApiListsTheFourMediaTypes() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        for (String path : List.of("/api/v1/programmes/{id}/report", "/api/v1/municipalities/{teryt}/report")) {
            Map<String, Object> content = doc.getMap("paths.'" + path + "'.get.responses.'200'.content");
            assertNotNull(content, path);
            assertEquals(List.of("application/json", "application/pdf", "text/html", "text/markdown"),
                    content.keySet().stream().sorted().toList(), path);
            assertNotNull(doc.getMap("paths.'" + path + "'.get.responses.'406'"), path);
            assertTrue(doc.getList("paths.'" + path + "'.get.parameters.name").contains("lang"), path);
        }
    }
}
