package pl.odnowa.diagnosis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;

/** The map annex of a delimitation (PDF) on the demo's illustrative diagnosis of Bielsko-Biała. */
@QuarkusTest
class DelimitationAnnexTest extends ApiTest {

    private static final String PDF = "/api/v1/municipalities/2461011/delimitations/pdf";
    private static final Map<String, Object> METHOD = Map.of("year", 2021, "selection", List.of("IL-01", "IL-02"));

    @Test
    void theAnnexDrawsTheMapAndListsTheUnitsSharesAndSourcesLabelledIllustrative() throws Exception {
        byte[] pdf = given().contentType("application/json").accept("application/pdf").body(METHOD).when().post(PDF)
                .then().statusCode(200).contentType("application/pdf").extract().body().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Załącznik graficzny: delimitacja obszaru zdegradowanego i obszaru rewitalizacji"), text);
            assertTrue(text.contains("Dane ilustracyjne, nieoficjalne"), text);
            for (int i = 1; i <= 10; i++) {
                assertTrue(text.contains(String.format("IL-%02d", i)), "unit IL-" + i + " in the table");
            }
            assertTrue(text.contains("Obszar zdegradowany: 5 jedn."), text);
            assertTrue(text.contains("Obszar rewitalizacji: 2 jedn."), text);
            assertTrue(text.contains("39500 mieszkańców"), text);
            int drawings = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    drawings += page.getResources().getXObject(name) instanceof PDFormXObject ? 1 : 0;
                }
            }
            assertEquals(1, drawings, "the map, drawn as vectors");
        }
        byte[] en = given().contentType("application/json").accept("application/pdf").queryParam("lang", "en").body(METHOD)
                .when().post(PDF).then().statusCode(200).extract().body().asByteArray();
        try (PDDocument doc = Loader.loadPDF(en)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Illustrative data, not official"));
        }
    }

    @Test
    void anUnknownLanguageIsAProblemNamingIt() {
        given().contentType("application/json").accept("application/pdf, application/problem+json").queryParam("lang", "de")
                .body(METHOD).when().post(PDF).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("lang"));
    }
}
