package pl.odnowa.reliability;

import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import pl.odnowa.common.ApiTest;

/**
 * PostgreSQL restarted under the running backend: while it is down the API answers 503 problems (with
 * Retry-After) and writes nothing; when it is back, the backend recovers by itself, without a restart.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest extends ApiTest {

    static Path dataDir;
    static int port;
    static EmbeddedPostgres postgres;

    /** A PostgreSQL of this test's own, on a fixed port and data directory, so it can be stopped and started again. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                if (postgres == null) {
                    dataDir = Files.createTempDirectory("odnowa-outage-");
                    start();
                }
                return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                        "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres",
                        "odnowa.demo-data.enabled", "false");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(90)).start();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        anonymous().get("/api/v1/programmes").then().statusCode(200);
        port = postgres.getPort();
        postgres.close();
        try {
            for (int i = 0; i < 3; i++) {
                anonymous().get("/api/v1/programmes").then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", "5").body("status", equalTo(503));
            }
        } finally {
            start();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Response last;
        do {
            last = anonymous().get("/api/v1/programmes");
            if (last.statusCode() == 200) {
                break;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        last.then().statusCode(200);
        json().body(Map.of("teryt", uniqueTeryt(), "name", unique("Gmina"))).post("/api/v1/municipalities").then().statusCode(201);
    }
}
