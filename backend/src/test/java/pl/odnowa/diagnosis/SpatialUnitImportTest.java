package pl.odnowa.diagnosis;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;

/** Bulk import of units and values: every bad row in one 400 problem, nothing written; EPSG:2180 transformed; ETags. */
@QuarkusTest
class SpatialUnitImportTest extends ApiTest {

    private static final String GOOD = "{\"type\": \"Polygon\", \"coordinates\": [[[19.0, 49.8], [19.01, 49.8], [19.01, 49.81], [19.0, 49.81], [19.0, 49.8]]]}";
    // A bow tie: the ring crosses itself.
    private static final String BROKEN = "{\"type\": \"Polygon\", \"coordinates\": [[[19.0, 49.8], [19.01, 49.81], [19.01, 49.8], [19.0, 49.81], [19.0, 49.8]]]}";

    @Test
    void badRowsAreAllNamedAndNothingIsWritten() {
        String teryt = DelimitationTest.municipality("16.00", 52000);
        String features = "{\"type\": \"FeatureCollection\", \"features\": ["
                + "{\"type\": \"Feature\", \"geometry\": " + GOOD + ", \"properties\": {\"code\": \"A\", \"name\": \"A\", \"residents\": 100}},"
                + "{\"type\": \"Feature\", \"geometry\": " + BROKEN + ", \"properties\": {\"code\": \"B\", \"name\": \"B\"}},"
                + "{\"type\": \"Feature\", \"geometry\": null, \"properties\": {\"code\": \"A\", \"name\": \"again\"}}]}";
        json().contentType("application/geo+json").body(features).post("/api/v1/spatial-units/import?municipality=" + teryt)
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("features[1].geometry", "features[2].code"),
                        "errors.find { it.field == 'features[1].geometry' }.message", containsString("Self-intersection"));
        json().get("/api/v1/spatial-units?municipality=" + teryt).then().statusCode(200).body("totalItems", equalTo(0));

        String csv = "code,name,residents,geometry\r\nA,Osiedle A,100,\"" + GOOD.replace("\"", "\"\"") + "\"\r\nB,Osiedle B,200,\r\n";
        json().contentType("text/csv").body(csv).post("/api/v1/spatial-units/import?municipality=" + teryt)
                .then().statusCode(200).body("created", equalTo(2));
        json().contentType("text/csv").body(csv).post("/api/v1/spatial-units/import?municipality=" + teryt)
                .then().statusCode(200).body("created", equalTo(0), "unchanged", equalTo(2));

        json().body(Map.of("municipality", teryt, "code", "R1", "year", 2023, "name", "Bezrobocie", "sphere", "SOCIAL",
                "direction", "HIGHER_IS_WORSE", "rate", true)).post("/api/v1/diagnostic-indicators").then().statusCode(201);
        String values = "unitCode,indicatorCode,year,value\r\nA,R1,2023,12.5\r\nZZ,R1,2023,3\r\nB,R1,2023,101\r\nB,NOPE,2023,1\r\n";
        json().contentType("text/csv").body(values).post("/api/v1/diagnostic-indicators/values?municipality=" + teryt)
                .then().statusCode(400)
                .body("errors.field", hasItems("rows[2].unitCode", "rows[3].value", "rows[4].indicatorCode"),
                        "errors.find { it.field == 'rows[3].value' }.message", containsString("between 0 and 100"));
        json().get("/api/v1/diagnostic-indicators?municipality=" + teryt).then().statusCode(200).body("[0].values.size()", equalTo(0));
        json().contentType("text/csv").body("unitCode,indicatorCode,year,value\r\nA,R1,2023,12.5\r\nB,R1,2023,2.5\r\n")
                .post("/api/v1/diagnostic-indicators/values?municipality=" + teryt).then().statusCode(200).body("created", equalTo(2));
        // Residents-weighted: (12.5 × 100 + 2.5 × 200) / 300.
        json().get("/api/v1/diagnostic-indicators?municipality=" + teryt).then().statusCode(200)
                .body("[0].reference", equalTo((float) (1750.0 / 300)), "[0].referenceMethod", equalTo("residents-weighted mean"));
    }

    @Test
    void puwg1992CoordinatesAreStoredInWgs84AndWritesNeedTheCurrentEtag() {
        String teryt = DelimitationTest.municipality("16.00", 52000);
        // A 1 km square in EPSG:2180 on the central meridian 19° E (y 300 km: about 50.57° N): 100 ha.
        List<List<Double>> ring = List.of(List.of(500000.0, 300000.0), List.of(501000.0, 300000.0), List.of(501000.0, 301000.0),
                List.of(500000.0, 301000.0), List.of(500000.0, 300000.0));
        var created = json().body(Map.of("municipality", teryt, "code", "K1", "name", "Kwadrat", "crs", "EPSG:2180",
                "geometry", Map.of("type", "Polygon", "coordinates", List.of(ring)))).post("/api/v1/spatial-units")
                .then().statusCode(201).extract();
        float lon = created.path("geometry.coordinates[0][0][0]");
        float lat = created.path("geometry.coordinates[0][0][1]");
        assertEquals(19.0, lon, 1e-4);
        assertEquals(50.567, lat, 1e-3);
        float ha = created.path("areaHa");
        assertEquals(100.0, ha, 0.5);
        String path = "/api/v1/spatial-units/" + created.path("id");
        Map<String, Object> body = Map.of("code", "K1", "name", "Nowa nazwa");
        json().header("If-Match", "\"99\"").body(body).put(path).then().statusCode(412);
        json().header("If-Match", created.header("ETag")).body(body).put(path).then().statusCode(200).body("name", equalTo("Nowa nazwa"));
        anonymous().contentType("application/json").body(body).put(path).then().statusCode(401);
        json().get(path + "/history").then().statusCode(200).body("items.size()", equalTo(2));
    }
}
