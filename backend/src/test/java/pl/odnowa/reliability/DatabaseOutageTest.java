package pl.odnowa.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import pl.odnowa.common.ApiTest;
import pl.odnowa.reliability.Http.Reply;

/**
 * PostgreSQL restarted under the running backend and under load: while it is down the API answers 503 problems
 * (with Retry-After); when it is back, the backend recovers by itself, without a restart.
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

    /**
     * Four clients keep reading and writing while PostgreSQL goes down and comes back. Every answer is a 200/201, or
     * a 503 problem with Retry-After; every write answered 201 is there afterwards; the backend is not restarted.
     */
    @Test
    void underLoadAnswers503WhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        anonymous().get("/api/v1/programmes").then().statusCode(200);
        Http http = Http.bearer(token("admin", ADMIN_PASSWORD));
        AtomicBoolean running = new AtomicBoolean(true);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        Queue<String> created = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> load = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            boolean writer = i % 2 == 0;
            load.add(clients.submit(() -> {
                while (running.get()) {
                    String teryt = uniqueTeryt();
                    Reply reply = writer
                            ? http.post(uri("/api/v1/municipalities"), Map.of("teryt", teryt, "name", unique("Gmina")))
                            : http.get(uri("/api/v1/programmes?size=5"));
                    statuses.merge(reply.status(), 1, Integer::sum);
                    if (reply.status() == 201) {
                        created.add(teryt);
                    } else if (reply.status() == 503 ? !reply.isProblem() || !"5".equals(reply.header("Retry-After")) : reply.status() != 200) {
                        unexpected.add(reply.toString());
                    }
                }
                return null;
            }));
        }
        Thread.sleep(1_000);
        port = postgres.getPort();
        postgres.close();
        int before = statuses.getOrDefault(503, 0);
        Thread.sleep(3_000); // down under load
        int whileDown = statuses.getOrDefault(503, 0) - before;
        start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int okBefore = statuses.getOrDefault(200, 0);
        while (statuses.getOrDefault(200, 0) < okBefore + 20 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(1_000);
        running.set(false);
        for (Future<?> client : load) {
            client.get();
        }
        clients.shutdown();

        System.out.printf("[outage] PostgreSQL stopped for 3 s under 4 clients: answers %s; %d × 503 while down; %d writes "
                + "answered 201, all kept; unexpected %d%n", statuses, whileDown, created.size(), unexpected.size());
        assertTrue(unexpected.isEmpty(), "200/201 or a 503 problem with Retry-After: " + unexpected);
        assertTrue(whileDown > 0, "the clients were answered 503 while the database was down");
        assertTrue(statuses.getOrDefault(200, 0) >= okBefore + 20, "the backend serves again without a restart: " + statuses);
        for (String teryt : created) {
            anonymous().get("/api/v1/municipalities/" + teryt).then().statusCode(200);
        }
        json().body(Map.of("teryt", uniqueTeryt(), "name", unique("Gmina"))).post("/api/v1/municipalities").then().statusCode(201);
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }
}
