package pl.odnowa.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import pl.odnowa.area.AreaKind;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;
import pl.odnowa.indicator.IndicatorFixtures;

@QuarkusTest
class AreaExportTest extends ApiTest {

    private static final String PATH = "/api/v1/exports/areas.geojson";
    private static final String POLYGON = "{\"type\": \"Polygon\", \"coordinates\": [[[19.038, 49.82], [19.048, 49.82], "
            + "[19.048, 49.826], [19.038, 49.826], [19.038, 49.82]]]}";

    @Inject
    IndicatorFixtures fixtures;

    @Inject
    DataSource db;

    private JsonNode download(long programme) throws Exception {
        byte[] body = given().queryParam("programme", programme).get(PATH).then().statusCode(200)
                .contentType("application/geo+json")
                .header("Content-Disposition", "attachment; filename=\"odnowa-programme-" + programme + "-areas.geojson\"")
                .extract().asByteArray();
        return new ObjectMapper().readTree(new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void exportsEverySubareaOfTheProgrammeWithTheAreasApiProperties() throws Exception {
        long programme = Fixtures.programme(Fixtures.municipality());
        long[] degraded = fixtures.area(programme, AreaKind.DEGRADED, "D1", "D2");
        long[] revitalisation = fixtures.area(programme, AreaKind.REVITALISATION, "S1");
        fixtures.area(Fixtures.programme(Fixtures.municipality()), AreaKind.REVITALISATION, "X1");
        execute("update subarea set name = 'Starówka, „łączy” dzielnice', geometry = ?::jsonb, area_ha = 42.50, residents = 5120,"
                + " residents_date = '2021-12-31', social = true where id = ?", POLYGON, revitalisation[1]);

        JsonNode collection = download(programme);
        assertEquals("FeatureCollection", collection.get("type").asText());
        assertFalse(collection.has("crs"));
        JsonNode features = collection.get("features");
        assertEquals(3, features.size());
        assertEquals(List.of(degraded[1], degraded[2], revitalisation[1]),
                List.of(features.get(0).get("id").asLong(), features.get(1).get("id").asLong(), features.get(2).get("id").asLong()));
        JsonNode s1 = features.get(2);
        assertEquals("Feature", s1.get("type").asText());
        assertEquals(new ObjectMapper().readTree(POLYGON), s1.get("geometry"));
        JsonNode p = s1.get("properties");
        assertEquals("Starówka, „łączy” dzielnice", p.get("name").asText());
        assertEquals("S1", p.get("code").asText());
        assertEquals("REVITALISATION", p.get("kind").asText());
        assertEquals(42.5, p.get("areaHa").doubleValue());
        assertEquals(5120, p.get("population").asInt());
        assertEquals("2021-12-31", p.get("populationDate").asText());
        assertTrue(p.get("social").asBoolean());
        assertEquals(revitalisation[0], p.get("areaId").asLong());
        assertEquals(programme, p.get("programmeId").asLong());
        assertTrue(features.get(0).get("geometry").isNull());
        assertEquals("DEGRADED", features.get(0).get("properties").get("kind").asText());

        // the same Feature as the areas API answers in GeoJSON
        byte[] api = given().accept("application/geo+json").get("/api/v1/areas/" + revitalisation[0]).then().statusCode(200)
                .extract().asByteArray();
        assertEquals(new ObjectMapper().readTree(new String(api, StandardCharsets.UTF_8)).get("features").get(0), s1);
    }

    @Test
    void exportsAnEmptyCollectionForAProgrammeWithoutAreas() throws Exception {
        JsonNode collection = download(Fixtures.programme(Fixtures.municipality()));
        assertEquals(0, collection.get("features").size());
    }

    @Test
    void needsAnExistingProgramme() {
        given().get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("programme")));
        given().queryParam("programme", "x1").get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("programme")));
        given().queryParam("programme", Long.MAX_VALUE).get(PATH).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("programme " + Long.MAX_VALUE + " does not exist"));
    }

    @Test
    void exportsADraftProgrammeOnlyToThoseWhoMaySeeIt() throws Exception {
        long programme = Fixtures.programme(Fixtures.municipality()); // a programme starts unpublished
        fixtures.area(programme, AreaKind.REVITALISATION, "S1");
        anonymous().queryParam("programme", programme).get(PATH).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("programme " + programme + " does not exist"));
        String path = "/api/v1/programmes/" + programme;
        mergePatch(Fixtures.etag(path)).body("{\"published\": true}").patch(path).then().statusCode(200);
        byte[] published = anonymous().queryParam("programme", programme).get(PATH).then().statusCode(200).extract().asByteArray();
        assertEquals(download(programme), new ObjectMapper().readTree(new String(published, StandardCharsets.UTF_8)));
        assertEquals(1, download(programme).get("features").size());
    }

    @Test
    void costsTheSameStatementsForManySubareasAsForOne() throws Exception {
        long big = Fixtures.programme(Fixtures.municipality());
        String[] codes = new String[210];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = "P" + i;
        }
        fixtures.area(big, AreaKind.DEGRADED, codes);
        fixtures.area(big, AreaKind.REVITALISATION, "S1");
        long small = Fixtures.programme(Fixtures.municipality());
        fixtures.area(small, AreaKind.DEGRADED, "D1");
        assertEquals(211, download(big).get("features").size());
        long many = statementsDuring(() -> given().queryParam("programme", big).get(PATH).then().statusCode(200));
        long few = statementsDuring(() -> given().queryParam("programme", small).get(PATH).then().statusCode(200));
        assertEquals(few, many);
        assertTrue(many <= 2, "statements: " + many);
    }

    private void execute(String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
