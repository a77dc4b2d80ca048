package pl.odnowa.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.odnowa.reliability.Http.Reply;

/**
 * The backend stopped while a bulk import is writing (the test waits until the import's transaction holds its write
 * lock on the project table, before any answer was sent). Killed with SIGKILL: after a restart the import is not
 * there at all (no project, no audit entry), and sending the same file again writes all of it. Stopped with
 * SIGTERM, as an orchestrator stops a replica: the import finishes and is answered before the process exits.
 */
class ImportLifecycleIT {

    /** Large enough that the import is still writing a second after it began. */
    private static final int ROWS = 30_000;
    /** Small enough to finish well within the 30 s that shutdown waits for requests (quarkus.shutdown.timeout). */
    private static final int GRACEFUL_ROWS = 3_000;
    private static final String PROJECT_AUDITS = "select count(*) from audit_log where entity = 'project'";

    private static TestDatabase database;
    private static String jdbcUrl;

    @BeforeAll
    static void startDatabase() throws Exception {
        database = TestDatabase.start();
        jdbcUrl = database.jdbcUrl();
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        database.close();
    }

    @Test
    void anImportCutByKillMinus9IsNotThereAtAllAfterRestart() throws Exception {
        String csv = csv(ROWS);
        long programme;
        long killedAfterMs;
        long projectAudits;
        try (Backend backend = Backend.launch("import-killed", jdbcUrl, Map.of()).awaitReady()) {
            Http admin = Http.signIn(backend);
            programme = admin.createProgramme(backend, "9200001");
            projectAudits = database.count(PROJECT_AUDITS);

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
            assertEquals(0, database.count("select count(*) from project where programme_id = ?", programme), "no project of the cut import");
            assertEquals(projectAudits, database.count(PROJECT_AUDITS), "no audit entry of the cut import");
            assertEquals(0, admin.get(restarted.uri("/api/v1/projects?programme=" + programme)).body().path("total").asInt());

            Reply again = admin.send("POST", restarted.uri("/api/v1/programmes/" + programme + "/import?kind=projects"),
                    "text/csv", csv, Map.of());
            assertEquals(200, again.status(), again::toString);
            assertEquals(ROWS, again.body().path("projects").path("created").asInt(), again::toString);
            assertEquals(ROWS, database.count("select count(*) from project where programme_id = ?", programme), "the whole import after the retry");
            System.out.printf("[import-crash] after restart: 0 of %d projects were there; the same file again created %d%n", ROWS, ROWS);
        }
    }

    @Test
    void anImportInFlightFinishesWhenTheBackendIsStoppedGracefully() throws Exception {
        try (Backend backend = Backend.launch("import-sigterm", jdbcUrl, Map.of()).awaitReady()) {
            Http admin = Http.signIn(backend);
            long programme = admin.createProgramme(backend, "9200002");
            CompletableFuture<Reply> answer = admin.sendAsync("POST",
                    backend.uri("/api/v1/programmes/" + programme + "/import?kind=projects"), "text/csv", csv(GRACEFUL_ROWS));
            awaitImportWriting(answer);
            long stopping = System.nanoTime();
            backend.close(); // SIGTERM; returns when the process has exited
            long stoppedAfterMs = (System.nanoTime() - stopping) / 1_000_000;
            Reply reply = answer.get();
            assertEquals(200, reply.status(), reply::toString);
            assertEquals(GRACEFUL_ROWS, reply.body().path("projects").path("created").asInt(), reply::toString);
            assertEquals(GRACEFUL_ROWS, database.count("select count(*) from project where programme_id = ?", programme));
            System.out.printf("[import-sigterm] SIGTERM during an import of %d projects: answered 200 with all of them, "
                    + "process exited %d ms after the signal%n", GRACEFUL_ROWS, stoppedAfterMs);
        }
    }

    /** Waits until a transaction holds the lock that inserting into project takes: the import is writing. */
    private static void awaitImportWriting(CompletableFuture<Reply> answer) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (answer.isDone()) {
                throw new AssertionError("the import finished before it could be killed: " + answer.get());
            }
            if (database.count("select count(*) from pg_locks l join pg_class c on c.oid = l.relation "
                    + "where c.relname = 'project' and l.mode = 'RowExclusiveLock' and l.pid <> pg_backend_pid()") > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import did not start writing within 120 s");
    }

    private static String csv(int rows) {
        StringBuilder csv = new StringBuilder("externalId,kind,title,status,totalCost\r\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("CRASH-").append(i).append(",BASIC,Projekt ").append(i).append(",PIPELINE,").append(i).append(".00\r\n");
        }
        return csv.toString();
    }
}
