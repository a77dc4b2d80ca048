package pl.odnowa.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import pl.odnowa.common.ApiTest;

/** The exports of the Bielsko-Biała demo data (TERYT 2461011), as a user of a fresh installation sees them. */
@QuarkusTest
class DemoExportTest extends ApiTest {

    private static final String TERYT = "2461011";

    private static long programme(String shortName) {
        List<Number> ids = given().accept("application/json").queryParam("municipality", TERYT).queryParam("size", 100)
                .get("/api/v1/programmes").then().statusCode(200).extract()
                .path("items.findAll { it.shortName == '" + shortName + "' }.id");
        assertEquals(1, ids.size());
        return ids.get(0).longValue();
    }

    @Test
    void exportsTheCitysProjectsWithPolishTitles() {
        CsvFiles csv = CsvFiles.download("/api/v1/exports/projects.csv", "municipality", TERYT);
        CSVRecord starowka = csv.rows().stream()
                .filter(r -> r.get("title").equals("Nowa Starówka – nowe możliwości. Rewitalizacja Starego Miasta w Bielsku-Białej – etap I"))
                .findFirst().orElseThrow(() -> new AssertionError(csv.text()));
        assertEquals("11347418.62", starowka.get("totalCost"));
        assertEquals("COMPLETION", starowka.get("status"));
        assertEquals("Stare Miasto, Bielsko-Biała", starowka.get("location"));
        assertEquals("", starowka.get("implementingEntities"), "no source names who carried it out");
        assertTrue(csv.rows().stream().anyMatch(r -> r.get("title").equals("Bielsko-Biała łączy ludzi")), csv.text());
        assertEquals(String.valueOf(programme("Stare Miasto 2004–2006")), starowka.get("programme"));
    }

    @Test
    void exportsTheCitysIndicatorsInBothFormats() {
        long prom = programme("PROM 2014–2021");
        CsvFiles openSdg = CsvFiles.download("/api/v1/exports/indicators/open-sdg.csv", "programme", prom);
        CsvFiles sdmx = CsvFiles.download("/api/v1/exports/indicators/sdmx.csv", "programme", prom);
        assertTrue(openSdg.rows().size() > 5, openSdg.text());
        assertEquals(openSdg.rows().size(), sdmx.rows().size());
        assertTrue(openSdg.rows().stream().allMatch(r -> r.get("GeoCode").equals(TERYT)));
        assertTrue(openSdg.rows().stream().anyMatch(r -> r.get("Series").equals("W6") && r.get("Units").equals("km")), openSdg.text());
        for (int i = 0; i < openSdg.rows().size(); i++) {
            CSVRecord o = openSdg.rows().get(i);
            CSVRecord s = sdmx.rows().get(i);
            assertEquals(List.of(o.get("Series"), o.get("GeoCode"), o.get("Subarea"), o.get("Year"), o.get("Value"), o.get("Units")),
                    List.of(s.get("INDICATOR"), s.get("REF_AREA"), s.get("SUBAREA"), s.get("TIME_PERIOD"), s.get("OBS_VALUE"),
                            s.get("UNIT_MEASURE")));
        }
    }
}
