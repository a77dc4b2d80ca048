package pl.odnowa.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import pl.odnowa.reliability.Http.Reply;

/**
 * Two replicas of the packaged backend on one PostgreSQL, as deploy/k8s runs them. They start together (the
 * migrations and the superadmin are created once), and concurrent conflicting updates through both lose nothing:
 * every write succeeds or gets 412/409, and each object's final state is the sum of the accepted writes.
 * What replicas must share (tokens, the sign-in throttle, the change feed) is the same whichever one answers.
 */
class ReplicasIT {

    private static final int UPDATES = 1_200;
    private static final int THREADS = 32;
    private static final int OBJECTS = 3;

    private static TestDatabase database;
    private static Backend a;
    private static Backend b;
    private static Http admin;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        database = TestDatabase.start();
        String jdbcUrl = database.jdbcUrl();
        a = Backend.launch("replica-a", jdbcUrl, Map.of());
        b = Backend.launch("replica-b", jdbcUrl, Map.of());
        a.awaitReady();
        b.awaitReady();
        admin = Http.signIn(a);
    }

    @AfterAll
    static void stop() throws Exception {
        try (TestDatabase postgres = database; Backend first = a; Backend second = b) {
            // closed in reverse order: the replicas, then the database
        }
    }

    @Test
    void concurrentConflictingUpdatesThroughBothReplicasLoseNothing() throws Exception {
        long programme = admin.createProgramme(a, "9100001");
        long[] projects = new long[OBJECTS];
        for (int i = 0; i < OBJECTS; i++) {
            projects[i] = created(admin.post(a.uri("/api/v1/projects"), Map.of("programmeId", programme, "kind", "BASIC",
                    "title", "Licznik " + i, "status", "IMPLEMENTATION", "totalCost", "0.00")));
        }
        AtomicInteger attempts = new AtomicInteger();
        AtomicIntegerArray accepted = new AtomicIntegerArray(OBJECTS);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            done.add(clients.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (attempts.getAndIncrement() < UPDATES) {
                    int object = random.nextInt(OBJECTS);
                    String path = "/api/v1/projects/" + projects[object];
                    Reply current = admin.get(replica(random).uri(path)); // read on one replica, write on either
                    BigDecimal cost = new BigDecimal(current.body().path("totalCost").asText());
                    Reply write = admin.mergePatch(replica(random).uri(path), current.etag(), Map.of("totalCost", cost.add(BigDecimal.ONE).toPlainString()));
                    statuses.merge(write.status(), 1, Integer::sum);
                    if (write.status() == 200) {
                        accepted.incrementAndGet(object);
                    } else if ((write.status() != 412 && write.status() != 409) || !write.isProblem()) {
                        unexpected.add(write.toString());
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : done) {
            client.get();
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;

        int acceptedTotal = 0;
        for (int i = 0; i < OBJECTS; i++) {
            Reply stored = admin.get(b.uri("/api/v1/projects/" + projects[i]));
            assertEquals(0, new BigDecimal(accepted.get(i)).compareTo(new BigDecimal(stored.body().path("totalCost").asText())),
                    "project " + i + ": the final cost is the number of accepted increments, " + accepted.get(i) + " (none lost)");
            assertEquals(accepted.get(i), database.count("select count(*) from audit_log where entity = 'project' and entity_id = ? "
                    + "and action = 'UPDATE' and part is null", String.valueOf(projects[i])), "one audit entry per accepted update");
            acceptedTotal += accepted.get(i);
        }
        System.out.printf("[replicas] %d conflicting updates of %d projects through 2 replicas, %d clients, %.1f s: %s; "
                + "accepted %d, lost 0, unexpected %d%n", UPDATES, OBJECTS, THREADS, seconds, statuses, acceptedTotal, unexpected.size());
        assertTrue(unexpected.isEmpty(), "every write succeeds or gets a 412/409 problem: " + unexpected);
        assertEquals(UPDATES, statuses.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(acceptedTotal > 0 && statuses.getOrDefault(412, 0) > 0, "the updates really conflicted: " + statuses);
    }

    @Test
    void creatingTheSameObjectThroughBothReplicasAtOnceCreatesItOnce() throws Exception {
        long programme = admin.createProgramme(a, "9100002");
        Map<String, Object> project = Map.of("programmeId", programme, "externalId", "BB-1", "kind", "BASIC",
                "title", "Jeden", "status", "PIPELINE");
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Backend replica = i % 2 == 0 ? a : b;
            replies.add(clients.submit(() -> admin.post(replica.uri("/api/v1/projects"), project)));
        }
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        for (Future<Reply> reply : replies) {
            Reply answer = reply.get();
            statuses.merge(answer.status(), 1, Integer::sum);
            assertTrue(answer.status() == 201 || answer.status() == 409 && answer.isProblem(), "201 or a 409 problem: " + answer);
        }
        clients.shutdown();
        System.out.printf("[replicas] %d creations of one externalId through 2 replicas: %s%n", THREADS, statuses);
        assertEquals(1, statuses.get(201), "created once");
        assertEquals(1, database.count("select count(*) from project where programme_id = ? and external_id = 'BB-1'", programme));
    }

    @Test
    void tokensTheSignInThrottleAndTheChangeFeedAreSharedByTheReplicas() {
        assertEquals(200, admin.get(b.uri("/api/v1/audit?size=1")).status(), "a token issued by A is accepted by B");

        Http anonymous = Http.anonymous();
        Map<String, String> wrong = Map.of("username", "throttled-user", "password", "wrong");
        for (int i = 0; i < 5; i++) { // odnowa.auth.max-failures-per-user: 5
            assertEquals(401, anonymous.post((i % 2 == 0 ? a : b).uri("/api/v1/auth/token"), wrong).status());
        }
        for (Backend replica : List.of(a, b)) {
            assertEquals(429, anonymous.post(replica.uri("/api/v1/auth/token"), wrong).status(),
                    "failures counted on both replicas lock the username on " + replica.name());
        }

        admin.createProgramme(a, "9100003"); // a change to follow
        Reply fromA = admin.get(a.uri("/api/v1/changes?limit=1000"));
        Reply fromB = admin.get(b.uri("/api/v1/changes?limit=1000"));
        assertEquals(200, fromA.status());
        assertTrue(fromA.body().path("items").size() > 0, "the feed lists the changes: " + fromA.body());
        assertEquals(fromA.body(), fromB.body(), "both replicas serve the same feed, in the same order, with the same cursor");
    }

    private static Backend replica(ThreadLocalRandom random) {
        return random.nextBoolean() ? a : b;
    }

    private static long created(Reply reply) {
        assertEquals(201, reply.status(), () -> "created: " + reply.body());
        return reply.body().path("id").asLong();
    }
}
