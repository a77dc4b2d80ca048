package pl.odnowa.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Callers;
import pl.odnowa.common.Fixtures;

/** A city's admin changes its people's roles, disables and enables them (PUT /users/{id}), as the web app does. */
@QuarkusTest
class UserManagementTest extends ApiTest {

    private static long idOf(String teryt, String username) {
        return given().queryParam("municipality", teryt).queryParam("size", 200).get("/api/v1/users").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.username == '" + username + "' }.id");
    }

    private static Map<String, Object> user(String username, String teryt, String role, boolean enabled) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "role", role, "enabled", enabled));
        body.put("municipality", teryt);
        return body;
    }

    @Test
    void anAdminChangesARoleDisablesAndEnablesAUserAndTheAuditLogSaysWho() {
        String teryt = Fixtures.municipality();
        String adminName = Callers.user(teryt, "ADMIN");
        String admin = token(adminName, Callers.PASSWORD);
        String editor = Callers.user(teryt, "EDITOR");
        long id = idOf(teryt, editor);

        String etag = as(admin).contentType(ContentType.JSON).header("If-Match", Fixtures.etag("/api/v1/users/" + id))
                .body(user(editor, teryt, "VIEWER", true)).put("/api/v1/users/" + id)
                .then().statusCode(200).body("role", equalTo("VIEWER"), "enabled", equalTo(true)).extract().header("ETag");
        etag = as(admin).contentType(ContentType.JSON).header("If-Match", etag)
                .body(user(editor, teryt, "VIEWER", false)).put("/api/v1/users/" + id)
                .then().statusCode(200).body("enabled", equalTo(false)).extract().header("ETag");
        anonymous().contentType(ContentType.JSON).body(Map.of("username", editor, "password", Callers.PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(401);

        as(admin).contentType(ContentType.JSON).header("If-Match", etag)
                .body(user(editor, teryt, "EDITOR", true)).put("/api/v1/users/" + id)
                .then().statusCode(200).body("enabled", equalTo(true), "role", equalTo("EDITOR"));
        token(editor, Callers.PASSWORD); // signs in again, with the password kept

        as(admin).queryParam("entity", "user").queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.actor", hasItem(adminName), "items.after.enabled", hasItem(false));
    }

    @Test
    void nobodyDisablesThemselvesOrChangesTheirOwnRole() {
        String teryt = Fixtures.municipality();
        String adminName = Callers.user(teryt, "ADMIN");
        String admin = token(adminName, Callers.PASSWORD);
        long id = idOf(teryt, adminName);
        String etag = Fixtures.etag("/api/v1/users/" + id);
        for (Map<String, Object> change : new Map[] {user(adminName, teryt, "ADMIN", false), user(adminName, teryt, "EDITOR", true)}) {
            as(admin).contentType(ContentType.JSON).header("If-Match", etag).body(change).put("/api/v1/users/" + id)
                    .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("your own"));
        }
        given().get("/api/v1/users/" + id).then().statusCode(200).body("role", equalTo("ADMIN"), "enabled", equalTo(true))
                .header("ETag", equalTo(etag));
    }

    @Test
    void anotherCitysAdminAndAnEditorCannotChangeAUser() {
        String teryt = Fixtures.municipality();
        String editor = Callers.user(teryt, "EDITOR");
        long id = idOf(teryt, editor);
        String etag = Fixtures.etag("/api/v1/users/" + id);
        for (String caller : new String[] {Callers.token(Fixtures.municipality(), "ADMIN"), Callers.token(teryt, "EDITOR")}) {
            as(caller).contentType(ContentType.JSON).header("If-Match", etag).body(user(editor, teryt, "EDITOR", false))
                    .put("/api/v1/users/" + id).then().statusCode(403).contentType("application/problem+json");
        }
        // an admin cannot raise anyone above admin
        as(Callers.token(teryt, "ADMIN")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(user(editor, null, "SUPERADMIN", true)).put("/api/v1/users/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/users/" + id).then().body("enabled", equalTo(true)).header("ETag", equalTo(etag));
    }

    @Test
    void badRoleOrMissingFieldsAre400NamingTheFieldAndChangeNothing() {
        String teryt = Fixtures.municipality();
        String editor = Callers.user(teryt, "EDITOR");
        long id = idOf(teryt, editor);
        String etag = Fixtures.etag("/api/v1/users/" + id);
        Map<String, Object> bad = user(editor, teryt, "OWNER", true);
        json().header("If-Match", etag).body(bad).put("/api/v1/users/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("role"));
        json().header("If-Match", etag).body(Map.of("username", editor, "municipality", teryt, "enabled", "no"))
                .put("/api/v1/users/" + id).then().statusCode(400).body("errors[0].field", equalTo("enabled"));
        json().body(user(editor, teryt, "EDITOR", false)).put("/api/v1/users/" + id).then().statusCode(428);
        json().header("If-Match", "\"999\"").body(user(editor, teryt, "EDITOR", false)).put("/api/v1/users/" + id)
                .then().statusCode(412);
        given().get("/api/v1/users/" + id).then().body("enabled", equalTo(true)).header("ETag", equalTo(etag));
    }
}
