package pl.odnowa.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Callers;
import pl.odnowa.common.Fixtures;

/** Passwords, tokens and API keys never reach the logs, whatever happens to the request. */
@QuarkusTest
class SecretsInLogsTest extends ApiTest {

    @Test
    void noSecretIsLogged() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String thrown = record.getThrown() == null ? "" : String.valueOf(record.getThrown());
                lines.add(record.getMessage() + " " + java.util.Arrays.toString(record.getParameters()) + " " + thrown);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        String teryt = Fixtures.municipality();
        String username = Callers.user(teryt, "EDITOR");
        String key = Callers.apiKey(teryt, "EDITOR");
        String token;
        try {
            token = token(username, Callers.PASSWORD);
            anonymous().contentType(ContentType.JSON).body(Map.of("username", username, "password", "wrong-secret-42"))
                    .post("/api/v1/auth/token").then().statusCode(401);
            as(token).get("/api/v1/programmes").then().statusCode(200);
            as(token + "x").get("/api/v1/programmes").then().statusCode(401);
            as(key).get("/api/v1/programmes").then().statusCode(200);
            as(key.substring(0, key.length() - 1) + "Z").get("/api/v1/programmes").then().statusCode(401);
            // a request that fails on the server is logged: the log line must not carry its credentials
            as(token).get("/api/test/operations/failure").then().statusCode(500);
            // a request that fails inside a write, after authentication
            as(token).contentType(ContentType.JSON).body("{\"programmeId\": 1, \"kind\": \"BASIC\"").post("/api/v1/projects")
                    .then().statusCode(400);
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("Unexpected error")), "the capture saw the server's error log");
        for (String line : lines) {
            for (String secret : List.of(Callers.PASSWORD, "wrong-secret-42", token, key, key.substring(13))) {
                assertFalse(line.contains(secret), "a log line holds a secret: " + line);
            }
        }
    }
}
