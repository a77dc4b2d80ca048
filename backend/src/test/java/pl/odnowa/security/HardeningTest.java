package pl.odnowa.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;

/** CORS from the allow-list, security headers, and parameters that never reach SQL as text. */
@QuarkusTest
class HardeningTest extends ApiTest {

    @Test
    void onlyListedOriginsMayCallTheApiFromABrowser() {
        anonymous().header("Origin", "https://gis.example.pl").header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/v1/projects/1")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("https://gis.example.pl"));
        anonymous().header("Origin", "https://evil.example.com").get("/api/v1/programmes")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void answersCarrySecurityHeaders() {
        anonymous().get("/api/v1/programmes").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void sortAndFilterValuesNeverReachSqlAsText() {
        anonymous().queryParam("sort", "title; drop table project").get("/api/v1/projects")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        anonymous().queryParam("q", "'; drop table project; --").get("/api/v1/projects").then().statusCode(200);
        anonymous().queryParam("status", "COMPLETION' or '1'='1").get("/api/v1/projects")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        anonymous().queryParam("sort", "title").get("/api/v1/projects").then().statusCode(200);
    }
}
