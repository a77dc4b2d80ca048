package pl.odnowa.common;

import static io.restassured.RestAssured.given;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.RequestSpecification;

/**
 * Base of the API tests: a real PostgreSQL, helpers that create unique data (the database may be
 * shared and keep rows between runs) and a counter of the SQL statements a request sends.
 */
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
public abstract class ApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The superadmin of the test configuration (%test.odnowa.admin-password). */
    public static final String ADMIN_PASSWORD = "test-admin-password";
    private static String adminToken;

    @Inject
    EntityManagerFactory entityManagerFactory;

    /**
     * Every request of a test runs as the superadmin unless it says otherwise ({@link #anonymous()},
     * {@link #as(String)}): most tests are about data, not about who may write it (see the security tests).
     */
    @BeforeEach
    void signInAsSuperadmin() {
        if (adminToken == null) {
            adminToken = token("admin", ADMIN_PASSWORD);
        }
        RestAssured.requestSpecification = new RequestSpecBuilder().addHeader("Authorization", "Bearer " + adminToken).build();
    }

    /** Signs in and returns the token. */
    public static String token(String username, String password) {
        return anonymous().contentType(ContentType.JSON)
                .body(java.util.Map.of("username", username, "password", password))
                .when().post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
    }

    /** A request without credentials. */
    protected static RequestSpecification anonymous() {
        RequestSpecification spec = given();
        ((FilterableRequestSpecification) spec).removeHeader("Authorization");
        return spec;
    }

    /** A request with these credentials (a token or an API key) instead of the superadmin's. */
    protected static RequestSpecification as(String bearer) {
        return anonymous().header("Authorization", "Bearer " + bearer);
    }

    protected static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A JSON Merge Patch request with If-Match (charset named: RestAssured would send ISO-8859-1). */
    protected static RequestSpecification mergePatch(String etag) {
        return given().contentType("application/merge-patch+json; charset=UTF-8").accept(ContentType.JSON).header("If-Match", etag);
    }

    /** A TERYT code no other test run uses: 9 followed by 6 random digits. */
    /**
     * A TERYT code no other test of this run uses: consecutive numbers from a random start (random codes alone collide:
     * a suite creates thousands of municipalities among a million codes). A shared database may still hold a code from
     * an earlier run, so {@link Fixtures#municipality()} tries the next one on a 409.
     */
    protected static String uniqueTeryt() {
        return "9" + String.format("%06d", Math.floorMod(TERYT_START + TERYT_SEQUENCE.getAndIncrement(), 1_000_000));
    }

    private static final int TERYT_START = Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000);
    private static final AtomicInteger TERYT_SEQUENCE = new AtomicInteger();

    protected static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8) + "-" + SEQUENCE.incrementAndGet();
    }

    protected Statistics statistics() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    /** Number of JDBC statements prepared while running {@code request}. */
    protected long statementsDuring(Runnable request) {
        Statistics stats = statistics();
        stats.clear();
        request.run();
        return stats.getPrepareStatementCount();
    }
}
