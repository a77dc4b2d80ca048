package pl.odnowa.diagnosis;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import pl.odnowa.common.ApiTest;

/** The list of a municipality's units one page at a time, and merge-patching a unit (If-Match, 412, 400 naming the field). */
@QuarkusTest
class SpatialUnitResourceTest extends ApiTest {

    private static final String UNITS = "/api/v1/spatial-units";

    /** Five units imported out of order: C 300, A 500, E 100, B 200, D 400 residents. */
    private static String fiveUnits() {
        String teryt = DelimitationTest.municipality("16.00", 52000);
        String csv = "code,name,areaHa,residents\r\nC,Osiedle C,30.00,300\r\nA,Osiedle A,10.00,500\r\nE,Osiedle E,50.00,100\r\n"
                + "B,Osiedle B,20.00,200\r\nD,Osiedle D,40.00,400\r\n";
        json().contentType("text/csv").body(csv).post(UNITS + "/import?municipality=" + teryt).then().statusCode(200)
                .body("created", equalTo(5));
        return teryt;
    }

    @Test
    void theListComesOnePageAtATimeSortedByCodeOrAsAsked() {
        String teryt = fiveUnits();
        // 5 units, 2 a page: pages A B | C D | E.
        anonymous().queryParam("municipality", teryt).queryParam("size", 2).get(UNITS).then().statusCode(200)
                .body("items.code", contains("A", "B"), "page", equalTo(0), "size", equalTo(2), "totalItems", equalTo(5),
                        "totalPages", equalTo(3));
        anonymous().queryParam("municipality", teryt).queryParam("size", 2).queryParam("page", 2).get(UNITS).then().statusCode(200)
                .body("items.code", contains("E"), "items[0].residents", equalTo(100), "items[0].areaHa", equalTo(50.0f));
        // Default: 20 a page, all five.
        anonymous().queryParam("municipality", teryt).get(UNITS).then().statusCode(200)
                .body("items.code", contains("A", "B", "C", "D", "E"), "size", equalTo(20), "totalPages", equalTo(1));
        // Most residents first: A 500, D 400, C 300.
        anonymous().queryParam("municipality", teryt).queryParam("sort", "-residents").queryParam("size", 3).get(UNITS)
                .then().statusCode(200).body("items.code", contains("A", "D", "C"));
        anonymous().queryParam("municipality", teryt).queryParam("sort", "name,-code").get(UNITS).then().statusCode(200)
                .body("items.code", contains("A", "B", "C", "D", "E"));
        // The page has an ETag: asked again with it, 304 until something on it changes.
        String pageTag = anonymous().queryParam("municipality", teryt).queryParam("size", 2).get(UNITS).then().statusCode(200)
                .extract().header("ETag");
        anonymous().header("If-None-Match", pageTag).queryParam("municipality", teryt).queryParam("size", 2).get(UNITS).then()
                .statusCode(304);
        // Nothing changed after a future instant.
        anonymous().queryParam("municipality", teryt).queryParam("updatedSince", "2999-01-01T00:00:00Z").get(UNITS).then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void badListParametersAreProblemsNamingThem() {
        String teryt = fiveUnits();
        badList(Map.of("municipality", teryt, "size", "0"), "size");
        badList(Map.of("municipality", teryt, "size", "201"), "size");
        badList(Map.of("municipality", teryt, "page", "-1"), "page");
        badList(Map.of("municipality", teryt, "sort", "geometry"), "sort");
        badList(Map.of("municipality", teryt, "updatedSince", "yesterday"), "updatedSince");
        badList(Map.of(), "municipality");
        badList(Map.of("municipality", "9999999x"), "municipality");
    }

    private static void badList(Map<String, ?> query, String field) {
        anonymous().queryParams(query).get(UNITS).then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    private static ExtractableResponse<Response> created(String teryt) {
        return json().body(Map.of("municipality", teryt, "code", "P1", "name", "Osiedle P", "geometry", DelimitationTest.square(1),
                "residents", 4200, "residentsDate", "2023-12-31", "source", "illustrative: test unit")).post(UNITS)
                .then().statusCode(201).extract();
    }

    @Test
    void aMergePatchChangesOnlyTheFieldsItNamesAndNeedsTheCurrentEtag() {
        String teryt = DelimitationTest.municipality("16.00", 52000);
        var unit = created(teryt);
        String path = UNITS + "/" + unit.path("id");
        String etag = unit.header("ETag");
        float area = unit.path("areaHa");
        int version = unit.path("version");

        // Worked example: new name and residents; code, geometry, area and date stay; source cleared by null.
        var patched = mergePatch(etag).body("{\"name\": \"Osiedle P-Zachód\", \"residents\": 4350, \"source\": null}").patch(path)
                .then().statusCode(200)
                .body("name", equalTo("Osiedle P-Zachód"), "residents", equalTo(4350), "code", equalTo("P1"),
                        "residentsDate", equalTo("2023-12-31"), "source", nullValue(), "areaHa", equalTo(area),
                        "geometry.coordinates[0][2][1]", equalTo(49.81f), "version", equalTo(version + 1))
                .header("ETag", not(equalTo(etag))).extract();

        // The old ETag is stale now: 412, and nothing changes.
        mergePatch(etag).body("{\"name\": \"Too late\"}").patch(path).then().statusCode(412)
                .contentType(containsString("application/problem+json"));
        json().contentType("application/merge-patch+json").body("{\"name\": \"No ETag\"}").patch(path).then().statusCode(428);
        String current = patched.header("ETag");

        // Bad values are 400 problems naming the field, and nothing is written.
        badPatch(path, current, "{\"residents\": -5}", "residents");
        badPatch(path, current, "{\"name\": \"\"}", "name");
        badPatch(path, current, "{\"code\": \"no spaces\"}", "code");
        badPatch(path, current, "{\"residents\": \"many\"}", "residents");
        badPatch(path, current, "{\"crs\": \"EPSG:2180\"}", "crs");
        badPatch(path, current, "{\"municipality\": \"1261011\"}", "municipality");
        badPatch(path, current, "{\"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[19.0, 49.8], [19.01, 49.81], [19.01, 49.8], "
                + "[19.0, 49.81], [19.0, 49.8]]]}}", "geometry");
        // A geometry replaces the stored one whole: without coordinates it is refused, not merged into the old one.
        badPatch(path, current, "{\"geometry\": {\"type\": \"Polygon\"}}", "geometry");
        mergePatch(current).body("[1, 2]").patch(path).then().statusCode(400).body("errors.field", hasItem("body"));
        json().get(path).then().statusCode(200).header("ETag", equalTo(current)).body("name", equalTo("Osiedle P-Zachód"),
                "residents", equalTo(4350));

        // A new geometry in EPSG:2180 (a 1 km square: 100 ha) without areaHa gets its area measured again.
        List<List<Double>> ring = List.of(List.of(500000.0, 300000.0), List.of(501000.0, 300000.0), List.of(501000.0, 301000.0),
                List.of(500000.0, 301000.0), List.of(500000.0, 300000.0));
        String body = "{\"crs\": \"EPSG:2180\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [" + ring + "]}}";
        var moved = mergePatch(current).body(body).patch(path).then().statusCode(200).body("version", equalTo(version + 2)).extract();
        float ha = moved.path("areaHa");
        assertEquals(100.0, ha, 0.5);
        float lon = moved.path("geometry.coordinates[0][0][0]");
        assertEquals(19.0, lon, 1e-4);

        // Two units cannot share a code.
        json().body(Map.of("municipality", teryt, "code", "P2", "name", "Osiedle P2")).post(UNITS).then().statusCode(201);
        mergePatch(moved.header("ETag")).body("{\"code\": \"P2\"}").patch(path).then().statusCode(409);

        // Create, two patches: three history entries.
        json().get(path + "/history").then().statusCode(200).body("items.size()", equalTo(3));
        mergePatch("\"1\"").body("{\"name\": \"x\"}").patch(UNITS + "/999999999").then().statusCode(404);
        anonymous().contentType("application/merge-patch+json").header("If-Match", moved.header("ETag")).body("{\"name\": \"x\"}")
                .patch(path).then().statusCode(401);
    }

    private static void badPatch(String path, String etag, String patch, String field) {
        mergePatch(etag).body(patch).patch(path).then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem(field));
    }
}
