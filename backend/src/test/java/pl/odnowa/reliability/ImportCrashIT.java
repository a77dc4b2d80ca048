package pl.odnowa.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import pl.odnowa.reliability.Http.Reply;

/**
 * The backend killed with SIGKILL in the middle of a bulk import: after a restart the import is not there at all
 * (no project, no audit entry), and sending the same file again writes all of it. The kill comes while the import's
 * transaction holds its write lock on the project table, before any answer was sent.
 */
class ImportCrashIT {

    private static final int ROWS = 30_000;

    private static EmbeddedPostgres postgres;
    private static String jdbcUrl;

    @BeforeAll
    static void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        postgres.close();
    }

    @Test
    void anImportCutByKillMinus9IsNotThereAtAllAfterRestart() throws Exception {
        String csv = csv();
        long programme;
        long killedAfterMs;
        try (Backend backend = Backend.launch("import-killed", jdbcUrl, Map.of()).awaitReady()) {
            Http admin = Http.signIn(backend);
            assertEquals(201, admin.post(backend.uri("/api/v1/municipalities"), Map.of("teryt", "9200001", "name", "Gmina importu")).status());
            Reply created = admin.post(backend.uri("/api/v1/programmes"), Map.of("municipality", "9200001", "name", "GPR importu",
                    "legalBasis", "GPR", "status", "IN_FORCE", "periodFrom", 2022, "periodTo", 2030));
            assertEquals(201, created.status(), created::toString);
            programme = created.body().path("id").asLong();

            long started = System.nanoTime();
            CompletableFuture<Reply> answer = admin.sendAsync("POST",
                    backend.uri("/api/v1/programmes/" + programme + "/import?kind=projects"), "text/csv", csv);
            awaitImportWriting(answer);
            Thread.sleep(300); // well into the writing
            assertFalse(answer.isDone(), "the import was still running when the backend was killed");
            killedAfterMs = (System.nanoTime() - started) / 1_000_000;
            backend.kill();
            ExecutionException cut = assertThrows(ExecutionException.class, answer::get, "the client never got an answer");
            System.out.printf("[import-crash] killed with SIGKILL %d ms into an import of %d projects (%s)%n", killedAfterMs, ROWS,
                    cut.getCause().getClass().getSimpleName());
        }

        try (Backend restarted = Backend.launch("import-restarted", jdbcUrl, Map.of()).awaitReady()) {
            Http admin = Http.signIn(restarted);
            assertEquals(0, count("select count(*) from project where programme_id = " + programme), "no project of the cut import");
            assertEquals(0, count("select count(*) from audit_log where entity = 'project'"), "no audit entry of the cut import");
            assertEquals(0, admin.get(restarted.uri("/api/v1/projects?programme=" + programme)).body().path("total").asInt());

            Reply again = admin.send("POST", restarted.uri("/api/v1/programmes/" + programme + "/import?kind=projects"),
                    "text/csv", csv, Map.of());
            assertEquals(200, again.status(), again::toString);
            assertEquals(ROWS, again.body().path("projects").path("created").asInt(), again::toString);
            assertEquals(ROWS, count("select count(*) from project where programme_id = " + programme), "the whole import after the retry");
            System.out.printf("[import-crash] after restart: 0 of %d projects were there; the same file again created %d%n", ROWS, ROWS);
        }
    }

    /** Waits until a transaction holds the lock that inserting into project takes: the import is writing. */
    private static void awaitImportWriting(CompletableFuture<Reply> answer) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (answer.isDone()) {
                throw new AssertionError("the import finished before it could be killed: " + answer.get());
            }
            if (count("select count(*) from pg_locks l join pg_class c on c.oid = l.relation "
                    + "where c.relname = 'project' and l.mode = 'RowExclusiveLock' and l.pid <> pg_backend_pid()") > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import did not start writing within 120 s");
    }

    private static String csv() {
        StringBuilder csv = new StringBuilder("externalId,kind,title,status,totalCost\r\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("CRASH-").append(i).append(",BASIC,Projekt ").append(i).append(",PIPELINE,").append(i).append(".00\r\n");
        }
        return csv.toString();
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
