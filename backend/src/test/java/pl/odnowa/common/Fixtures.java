package pl.odnowa.common;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;

/** Creates unique test data through the API, as a client would. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String municipality() {
        for (int attempt = 0; ; attempt++) {
            String teryt = ApiTest.uniqueTeryt();
            int status = given().contentType(ContentType.JSON).body(Map.of("teryt", teryt, "name", ApiTest.unique("Gmina"),
                    "areaKm2", "100.00", "residents", 100000, "residentsDate", "2023-01-01"))
                    .when().post("/api/v1/municipalities").then().extract().statusCode();
            if (status == 201) {
                return teryt;
            }
            if (status != 409 || attempt == 20) {
                throw new AssertionError("creating municipality " + teryt + " answered " + status);
            }
        }
    }

    public static long programme(String teryt) {
        return programme(teryt, Map.of());
    }

    public static long programme(String teryt, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("municipality", teryt, "name", ApiTest.unique("Programme"),
                "legalBasis", "GPR", "status", "IN_FORCE", "periodFrom", 2022, "periodTo", 2030));
        body.putAll(overrides);
        return post("/api/v1/programmes", body).longValue();
    }

    /** POSTs the body, expects 201 and returns the created id (or TERYT code) as a number. */
    public static Number post(String path, Object body) {
        Object id = given().contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(201).extract().path(path.endsWith("municipalities") ? "teryt" : "id");
        return id instanceof String s ? Long.valueOf(s) : (Number) id;
    }

    public static String etag(String path) {
        return given().accept(ContentType.JSON).when().get(path).then().statusCode(200).extract().header("ETag");
    }
}
