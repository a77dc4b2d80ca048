package pl.odnowa.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Callers;
import pl.odnowa.common.Fixtures;

@QuarkusTest
class AuthenticationTest extends ApiTest {

    @Inject
    EntityManager entityManager;

    @Test
    void signingInGivesAShortLivedTokenThatIdentifiesTheUser() {
        String teryt = Fixtures.municipality();
        String username = Callers.user(teryt, "EDITOR");
        anonymous().contentType(ContentType.JSON).body(Map.of("username", username.toUpperCase(), "password", Callers.PASSWORD))
                .when().post("/api/v1/auth/token")
                .then().statusCode(200)
                .body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(7200)).body("role", equalTo("EDITOR"))
                .body("municipality", equalTo(teryt)).body("accessToken", startsWith("eyJ"));
    }

    @Test
    void wrongPasswordsAndUnknownUsersGetTheSame401Problem() {
        String username = Callers.user(Fixtures.municipality(), "VIEWER");
        for (String name : new String[] {username, "nobody-" + unique("x").replace(' ', '-')}) {
            anonymous().contentType(ContentType.JSON).body(Map.of("username", name, "password", "wrong password!"))
                    .when().post("/api/v1/auth/token")
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("detail", equalTo("the username or password is wrong, or the user is disabled"));
        }
    }

    @Test
    void repeatedFailuresForOneUsernameAreThrottledEvenWithTheRightPassword() {
        String username = Callers.user(Fixtures.municipality(), "VIEWER");
        for (int i = 0; i < 5; i++) {
            anonymous().contentType(ContentType.JSON).body(Map.of("username", username, "password", "wrong password " + i))
                    .post("/api/v1/auth/token").then().statusCode(401);
        }
        anonymous().contentType(ContentType.JSON).body(Map.of("username", username, "password", Callers.PASSWORD))
                .post("/api/v1/auth/token")
                .then().statusCode(429).contentType("application/problem+json").header("Retry-After", "900")
                .body("detail", equalTo("too many failed sign-ins for this username; try again later"));
    }

    @Test
    void aDisabledUserCannotSignIn() {
        String teryt = Fixtures.municipality();
        String username = Callers.user(teryt, "EDITOR");
        long id = given().queryParam("municipality", teryt).get("/api/v1/users").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.username == '" + username + "' }.id");
        given().contentType(ContentType.JSON).header("If-Match", Fixtures.etag("/api/v1/users/" + id))
                .body(Map.of("username", username, "municipality", teryt, "role", "EDITOR", "enabled", false))
                .put("/api/v1/users/" + id).then().statusCode(200).body("enabled", equalTo(false));
        anonymous().contentType(ContentType.JSON).body(Map.of("username", username, "password", Callers.PASSWORD))
                .post("/api/v1/auth/token").then().statusCode(401);
    }

    @Test
    void badCredentialsAre401EvenOnReads() {
        anonymous().header("Authorization", "Bearer not-a-token").get("/api/v1/programmes")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("the bearer token is neither a token of this API nor an API key"));
        anonymous().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/v1/programmes").then().statusCode(401);
        // a token signed with another key
        String forged = "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJvZG5vd2EiLCJzdWIiOiJhZG1pbiIsInJvbGUiOiJTVVBFUkFETUlOIiwiZXhwIjo0MTAyNDQ0ODAwfQ."
                + "c2lnbmF0dXJlLW9mLWFub3RoZXIta2V5LWMyNG5ibkYwZFhKbA";
        as(forged).get("/api/v1/programmes").then().statusCode(401).body("detail", equalTo("the token's signature is not valid"));
        anonymous().get("/api/v1/programmes").then().statusCode(200);
    }

    @Test
    void anonymousWritesAre401ProblemsAndWriteNothing() {
        String teryt = Fixtures.municipality();
        anonymous().contentType(ContentType.JSON)
                .body(Map.of("municipality", teryt, "name", "Program", "legalBasis", "GPR", "status", "DRAFT", "periodFrom", 2025))
                .post("/api/v1/programmes")
                .then().statusCode(401).contentType("application/problem+json").body("errors[0].field", equalTo("Authorization"));
        given().queryParam("municipality", teryt).get("/api/v1/programmes").then().body("totalItems", equalTo(0));
    }

    @Test
    void apiKeysAreShownOnceStoredHashedAndWorkInEitherHeaderUntilRevoked() {
        String teryt = Fixtures.municipality();
        var created = given().contentType(ContentType.JSON).body(Map.of("name", "Obserwatorium", "municipality", teryt, "role", "EDITOR"))
                .post("/api/v1/api-keys").then().statusCode(201).body("key", startsWith("odn_")).extract();
        String key = created.path("key");
        long id = ((Number) created.path("id")).longValue();
        String prefix = created.path("prefix");
        assertTrue(key.startsWith(prefix + "_"));

        given().get("/api/v1/api-keys/" + id).then().statusCode(200).body("key", nullValue()).body("prefix", equalTo(prefix));
        String stored = (String) entityManager.createNativeQuery("select key_hash from api_key where id = ?1").setParameter(1, id).getSingleResult();
        assertFalse(stored.contains(key.substring(prefix.length() + 1)), "only a hash of the key is stored");
        assertEquals(ApiKeyService.hash(key), stored);

        long programme = Fixtures.programme(teryt);
        as(key).contentType(ContentType.JSON).body(Map.of("programmeId", programme, "kind", "BASIC", "title", "Z klucza", "status", "PIPELINE"))
                .post("/api/v1/projects").then().statusCode(201);
        anonymous().header("X-API-Key", key).contentType(ContentType.JSON)
                .body(Map.of("programmeId", programme, "kind", "BASIC", "title", "Z nagłówka", "status", "PIPELINE"))
                .post("/api/v1/projects").then().statusCode(201);
        given().get("/api/v1/api-keys/" + id).then().body("lastUsedAt", notNullValue());
        given().queryParam("entity", "project").queryParam("municipality", teryt).get("/api/v1/audit")
                .then().statusCode(200).body("items.actor", hasItem("key:" + prefix));

        given().header("If-Match", Fixtures.etag("/api/v1/api-keys/" + id)).delete("/api/v1/api-keys/" + id).then().statusCode(204);
        as(key).get("/api/v1/programmes").then().statusCode(401).body("detail", equalTo("the API key was revoked"));
        given().get("/api/v1/api-keys/" + id).then().body("revokedAt", notNullValue());
    }

    @Test
    void expiredAndUnknownKeysAre401() {
        String teryt = Fixtures.municipality();
        String key = Callers.apiKey(teryt, "VIEWER");
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update api_key set expires_at = now() - interval '1 minute' where key_hash = ?1")
                .setParameter(1, ApiKeyService.hash(key)).executeUpdate());
        as(key).get("/api/v1/programmes").then().statusCode(401).body("detail", startsWith("the API key was valid until"));
        as("odn_AAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB").get("/api/v1/programmes").then().statusCode(401)
                .body("detail", equalTo("the API key is not known"));
    }

    @Test
    void keyExpiryIsBoundedAndScopeRulesHold() {
        String teryt = Fixtures.municipality();
        given().contentType(ContentType.JSON).body(Map.of("name", "k", "municipality", teryt, "role", "EDITOR",
                "expiresAt", OffsetDateTime.now(ZoneOffset.UTC).plusYears(3).toString()))
                .post("/api/v1/api-keys").then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));
        given().contentType(ContentType.JSON).body(Map.of("name", "k", "role", "EDITOR"))
                .post("/api/v1/api-keys").then().statusCode(400).body("errors[0].field", equalTo("municipality"));
        // an admin issues keys for its own municipality only, and never a superadmin key
        String admin = Callers.token(teryt, "ADMIN");
        as(admin).contentType(ContentType.JSON).body(Map.of("name", "k", "municipality", teryt, "role", "ADMIN"))
                .post("/api/v1/api-keys").then().statusCode(201);
        as(admin).contentType(ContentType.JSON).body(Map.of("name", "k", "municipality", Fixtures.municipality(), "role", "VIEWER"))
                .post("/api/v1/api-keys").then().statusCode(403);
        as(admin).contentType(ContentType.JSON).body(Map.of("name", "k", "role", "SUPERADMIN"))
                .post("/api/v1/api-keys").then().statusCode(403);
    }

    @Test
    void usersAreManagedByTheirMunicipalitysAdminsAndNeverShowPasswords() {
        String teryt = Fixtures.municipality();
        String admin = Callers.token(teryt, "ADMIN");
        as(admin).contentType(ContentType.JSON)
                .body(Map.of("username", "ed" + System.nanoTime(), "password", Callers.PASSWORD, "municipality", teryt, "role", "EDITOR"))
                .post("/api/v1/users").then().statusCode(201).body("password", nullValue()).body("passwordHash", nullValue());
        as(admin).contentType(ContentType.JSON)
                .body(Map.of("username", "sa" + System.nanoTime(), "password", Callers.PASSWORD, "role", "SUPERADMIN"))
                .post("/api/v1/users").then().statusCode(403);
        as(admin).contentType(ContentType.JSON)
                .body(Map.of("username", "x" + System.nanoTime(), "password", "short", "municipality", teryt, "role", "EDITOR"))
                .post("/api/v1/users").then().statusCode(400).body("errors[0].field", equalTo("password"));
        as(admin).queryParam("municipality", "2461011").get("/api/v1/users").then().statusCode(200)
                .body("items.municipality", org.hamcrest.Matchers.everyItem(equalTo(teryt)));
        as(Callers.token(teryt, "EDITOR")).get("/api/v1/users").then().statusCode(403);
        String hash = (String) entityManager.createNativeQuery("select password_hash from app_user where lower(username) = 'admin'")
                .getSingleResult();
        assertTrue(hash.startsWith("$2a$"), "bcrypt hash");
    }
}
