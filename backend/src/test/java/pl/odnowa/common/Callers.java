package pl.odnowa.common;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;

/** Users and API keys for the security tests, created by the superadmin through the API. */
public final class Callers {

    public static final String PASSWORD = "a-long-test-password";

    private Callers() {
    }

    /** Creates a user with this role in the municipality (null for a superadmin) and returns its username. */
    public static String user(String teryt, String role) {
        String username = "u" + ApiTest.unique("").replaceAll("[^A-Za-z0-9]", "");
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", PASSWORD, "role", role));
        if (teryt != null) {
            body.put("municipality", teryt);
        }
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/users").then().statusCode(201);
        return username;
    }

    /** A token of a new user with this role in the municipality. */
    public static String token(String teryt, String role) {
        return ApiTest.token(user(teryt, role), PASSWORD);
    }

    /** A new API key with this role in the municipality; the key itself. */
    public static String apiKey(String teryt, String role) {
        return given().contentType(ContentType.JSON).body(Map.of("name", ApiTest.unique("key"), "municipality", teryt, "role", role))
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("key");
    }
}
