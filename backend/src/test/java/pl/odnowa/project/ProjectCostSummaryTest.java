package pl.odnowa.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Callers;
import pl.odnowa.common.Fixtures;

/**
 * The project cost summary (V85) against the truth: after every kind of write (the API, a CSV import, plain SQL) the
 * answer of GET /api/v1/programmes/{id}/project-costs is the one the GROUP BY over the projects gives (the statement
 * the endpoint sent before V85), for every kind of reader; and concurrent writers of one summary row lose no count.
 */
@QuarkusTest
class ProjectCostSummaryTest extends ApiTest {

    /** The endpoint's statement before V85, for a reader who sees drafts (?2 true) or only published projects. */
    private static final String GROUP_BY = "select p.status, p.currency, count(p.id), count(p.total_cost), sum(p.total_cost) "
            + "from project p join programme pr on pr.id = p.programme_id "
            + "where p.programme_id = ? and (? or (p.published and pr.published)) group by p.status, p.currency";

    /** The summary's rows that are not the GROUP BY of the programme's projects by its key, or the other way round. */
    private static final String MISMATCHES = """
            with truth as (select programme_id, coalesce(status, '') as status, currency, published, count(*) as projects,
                                  count(total_cost) as projects_with_cost, coalesce(sum(total_cost), 0) as total_cost
                             from project where programme_id = ? group by 1, 2, 3, 4),
                 kept as (select programme_id, status, currency, published, projects, projects_with_cost, total_cost
                            from project_cost_summary
                           where programme_id = ? and (projects, projects_with_cost, total_cost) <> (0, 0, 0))
            select coalesce(string_agg(x::text, '; '), '')
              from ((select 'missing' as what, * from truth except select 'missing', * from kept)
                    union all (select 'stale', * from kept except select 'stale', * from truth)) x
            """;

    private static final String SQL_INSERT = "insert into project (programme_id, kind, title, status, total_cost, published) "
            + "values (?, 'BASIC', 'Wpisany w SQL', 'IMPLEMENTATION', 1.01, true)";

    @Inject
    DataSource db;

    @Inject
    ObjectMapper mapper;

    private String teryt;
    private List<Reader> readers;

    /** Who asks, and whether they see the municipality's drafts. */
    private record Reader(String name, Supplier<RequestSpecification> request, boolean drafts) {
    }

    @BeforeEach
    void readers() {
        teryt = Fixtures.municipality();
        String editor = Callers.token(teryt, "EDITOR");
        String outsider = Callers.token(Fixtures.municipality(), "EDITOR");
        readers = List.of(new Reader("anonymous", ApiTest::anonymous, false),
                new Reader("editor of another municipality", () -> as(outsider), false),
                new Reader("editor of the municipality", () -> as(editor), true),
                new Reader("superadmin", RestAssured::given, true));
    }

    private static String path(long programme) {
        return "/api/v1/programmes/" + programme + "/project-costs";
    }

    @Test
    void answersAsTheGroupByAfterEveryKindOfWrite() {
        long programme = Fixtures.programme(teryt); // a draft
        long other = Fixtures.programme(teryt);
        check("no projects", programme);

        long a = ProjectFixtures.project(programme, Map.of("status", "PIPELINE", "totalCost", "100.10", "published", true));
        check("a created", programme);
        long b = ProjectFixtures.project(programme, Map.of("status", "PIPELINE")); // no cost, a draft
        long c = ProjectFixtures.project(programme, Map.of("status", "COMPLETION", "totalCost", "5.05", "currency", "EUR",
                "published", true));
        Map<String, Object> noStatus = new HashMap<>(Map.of("totalCost", "0.00", "published", true));
        noStatus.put("status", null);
        long d = ProjectFixtures.project(programme, noStatus);
        check("b, c, d created", programme);

        patchProgramme(programme, "{\"published\": true}");
        check("programme published", programme);
        int writesOfA = 1;
        patch(a, "{\"status\": \"IMPLEMENTATION\"}");
        writesOfA++;
        check("status changed", programme);
        patch(a, "{\"totalCost\": null}");
        writesOfA++;
        check("cost cleared", programme);
        patch(a, "{\"totalCost\": \"99.99\"}");
        writesOfA++;
        check("cost set again", programme);
        patch(c, "{\"currency\": \"PLN\"}");
        check("currency changed", programme);
        patch(b, "{\"published\": true}");
        patch(a, "{\"published\": false}");
        writesOfA++;
        check("b published, a unpublished", programme);
        patch(a, "{\"title\": \"Tylko nowy tytuł\"}");
        writesOfA++;
        check("title changed", programme);
        json().header("If-Match", Fixtures.etag(ProjectFixtures.PATH + "/" + d))
                .body(ProjectFixtures.body(programme, Map.of("status", "SUSPENDED", "totalCost", "7.00", "published", true)))
                .put(ProjectFixtures.PATH + "/" + d).then().statusCode(200);
        check("d replaced", programme);

        // The API keeps a project in its programme; SQL can move it, and the trigger follows.
        mergePatch(Fixtures.etag(ProjectFixtures.PATH + "/" + c)).body("{\"programmeId\": " + other + "}")
                .patch(ProjectFixtures.PATH + "/" + c).then().statusCode(400).body("errors[0].field", equalTo("programmeId"));
        ProjectFixtures.execute(db, "update project set programme_id = ? where id = ?", other, c);
        check("c moved by SQL", programme, other);

        given().header("If-Match", Fixtures.etag(ProjectFixtures.PATH + "/" + b)).delete(ProjectFixtures.PATH + "/" + b)
                .then().statusCode(204);
        check("b deleted", programme);

        importCsv(programme, "externalId,kind,title,status,totalCost,currency,published\r\n"
                + "C-1,BASIC,Kamienica,COMPLETION,250000,,true\r\n"
                + "C-2,BASIC,Świetlica,PIPELINE,,,true\r\n"
                + "C-3,COMPLEMENTARY,Park,,12.5,EUR,\r\n", 3, 0);
        check("CSV import", programme);
        importCsv(programme, "externalId,title,status,totalCost,published\r\n"
                + "C-1,Kamienica,POST_COMPLETION,250000.01,true\r\n"
                + "C-2,Świetlica,PIPELINE,17,false\r\n"
                + "C-3,Park,CANCELLED,12.5,true\r\n"
                + "C-4,Klub seniora,IMPLEMENTATION,3,true\r\n", 1, 3);
        check("CSV import again", programme);

        ProjectFixtures.execute(db, "insert into project (programme_id, kind, title, status, total_cost, published) "
                + "select ?, 'BASIC', 'Wiersz SQL ' || g, (array['PIPELINE', 'COMPLETION', null])[1 + g % 3], "
                + "case when g % 4 = 0 then null else g * 1.25 end, g % 2 = 0 from generate_series(1, 60) g", programme);
        check("SQL insert of 60", programme);
        ProjectFixtures.execute(db, "update project set total_cost = total_cost * 2, published = not published "
                + "where programme_id = ? and title like 'Wiersz SQL %'", programme);
        check("SQL update of 60", programme);
        ProjectFixtures.execute(db, "delete from project where programme_id = ? and title like 'Wiersz SQL %' and id % 2 = 0", programme);
        check("SQL delete of about half", programme);

        // Audited as before: one row per write of the project itself, none for the summary.
        assertEquals(List.of("CREATE 1", "UPDATE " + (writesOfA - 1)), ProjectFixtures.rows(db,
                "select action || ' ' || count(*) from audit_log where entity = 'project' and entity_id = ? and part is null "
                        + "group by action order by action", String.valueOf(a)));
        assertEquals("0", ProjectFixtures.text(db, "select count(*) from audit_log where entity = 'project_cost_summary' "
                + "or part = 'project_cost_summary'"));

        ProjectFixtures.execute(db, "delete from project where programme_id = ?", programme);
        check("every project deleted", programme);
        // A programme deleted in the transaction that deleted its projects: its summary rows go, nothing fails.
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement s = connection.prepareStatement("delete from project where programme_id = ?")) {
                s.setLong(1, other);
                s.executeUpdate();
            }
            try (PreparedStatement s = connection.prepareStatement("delete from programme where id = ?")) {
                s.setLong(1, other);
                s.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertEquals("0", ProjectFixtures.text(db, "select count(*) from project_cost_summary where programme_id = ?", other));
        patchProgramme(programme, "{\"published\": false}");
        check("programme a draft again", programme);
        // The rows left with zeros go with their programme.
        given().header("If-Match", Fixtures.etag("/api/v1/programmes/" + programme)).delete("/api/v1/programmes/" + programme)
                .then().statusCode(204);
        assertEquals("0", ProjectFixtures.text(db, "select count(*) from project_cost_summary where programme_id = ?", programme));
        assertEquals("0", ProjectFixtures.text(db, "select count(*) from project_cost_pending where programme_id in (?, ?)",
                programme, other), "every noted row reached the summary");
        json().get(path(programme)).then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * A transaction's writes reach the summary as it commits (V85); here the first writer sends its own there early
     * (SET CONSTRAINTS ... IMMEDIATE) and holds them uncommitted: the second committer waits for that summary row,
     * then adds its count to the committed one. A read-modify-write would have read the row without the first
     * writer's project and lost it, or failed on the key.
     */
    @Test
    void aSecondWriterWaitsForTheFirstAndLosesNoCount() throws Exception {
        long programme = Fixtures.programme(teryt, Map.of("published", true));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection first = db.getConnection(); Connection second = db.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            try {
                insert(first, programme);
                assertEquals(List.of(1L, 0L), noted(first, programme), "noted, not yet in the summary");
                try (PreparedStatement s = first.prepareStatement("set constraints project_cost_flush immediate")) {
                    s.execute();
                }
                assertEquals(List.of(0L, 1L), noted(first, programme), "in the summary, uncommitted");
                String secondPid = pid(second);
                Future<?> writer = pool.submit(() -> {
                    insert(second, programme);
                    second.commit();
                    return null;
                });
                awaitLockWait(secondPid);
                first.commit();
                writer.get(30, TimeUnit.SECONDS);
                insert(first, programme); // a third, on the committed row
                first.commit();
            } finally {
                first.setAutoCommit(true);
                second.setAutoCommit(true);
            }
        } finally {
            pool.shutdownNow();
        }
        anonymous().get(path(programme)).then().statusCode(200)
                .body("projects", equalTo(3), "projectsWithCost", equalTo(3), "totalCost.PLN", equalTo("3.03"),
                        "byStatus[1].projects", equalTo(3));
        check("three writers in turn", programme);
    }

    /** Writers through the API and through SQL, all at once, all into one programme and status. */
    @Test
    void concurrentWritersOfOneSummaryRowLoseNoCount() throws Exception {
        long programme = Fixtures.programme(teryt, Map.of("published", true));
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                boolean api = t % 2 == 0;
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        if (api) {
                            ProjectFixtures.project(programme, Map.of("status", "IMPLEMENTATION", "totalCost", "1.01", "published", true));
                        } else {
                            ProjectFixtures.execute(db, SQL_INSERT, programme);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        anonymous().get(path(programme)).then().statusCode(200)
                .body("projects", equalTo(threads * each), "projectsWithCost", equalTo(threads * each),
                        "totalCost.PLN", equalTo("202.00"), "byStatus[1].projects", equalTo(threads * each));
        check("concurrent writers", programme);
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** After {@code after}: the summary rows match the projects, and every reader gets the GROUP BY's answer. */
    private void check(String after, long... programmes) {
        for (long programme : programmes) {
            assertEquals("", ProjectFixtures.text(db, MISMATCHES, programme, programme), after + ": summary of programme " + programme);
            for (Reader reader : readers) {
                String what = after + ", " + reader.name() + ", programme " + programme;
                JsonNode expected = groupBy(programme, reader.drafts());
                ExtractableResponse<Response> response = reader.request().get().accept(ContentType.JSON).get(path(programme))
                        .then().extract();
                assertNull(response.header("ETag"), what);
                if (expected == null) {
                    assertEquals(404, response.statusCode(), what + ": " + response.asString());
                    assertTrue(response.contentType().startsWith("application/problem+json"), what);
                } else {
                    assertEquals(200, response.statusCode(), what + ": " + response.asString());
                    assertEquals(expected, tree(response.asString()), what);
                }
                checkListTotals(reader, programme, expected, what);
            }
        }
    }

    /** The project list's totals for the programme, alone and with each status, are the summary's too (ProjectReader). */
    private static void checkListTotals(Reader reader, long programme, JsonNode costs, String what) {
        assertEquals(costs == null ? 0 : costs.get("projects").asLong(), listTotal(reader, programme, null), what + ": list total");
        for (ProjectStatus status : ProjectStatus.values()) {
            long expected = 0;
            for (JsonNode row : costs == null ? List.<JsonNode>of() : costs.get("byStatus")) {
                if (status.name().equals(row.get("status").asText())) {
                    expected = row.get("projects").asLong();
                }
            }
            assertEquals(expected, listTotal(reader, programme, status), what + ": list total of " + status);
        }
    }

    private static long listTotal(Reader reader, long programme, ProjectStatus status) {
        RequestSpecification request = reader.request().get().accept(ContentType.JSON).queryParam("programme", programme).queryParam("size", 1);
        if (status != null) {
            request.queryParam("status", status.name());
        }
        return request.get("/api/v1/projects").then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    /** The answer as the GROUP BY over the projects gives it, or null where it was a 404 (a draft the reader may not see). */
    private JsonNode groupBy(long programme, boolean drafts) {
        Totals all = new Totals();
        Map<ProjectStatus, Totals> byStatus = new LinkedHashMap<>();
        for (ProjectStatus status : ProjectStatus.values()) {
            byStatus.put(status, new Totals());
        }
        boolean any = false;
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(GROUP_BY)) {
            s.setLong(1, programme);
            s.setBoolean(2, drafts);
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    any = true;
                    all.add(row);
                    if (row.getString(1) != null) {
                        byStatus.get(ProjectStatus.valueOf(row.getString(1))).add(row);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (!any && !drafts && !Boolean.parseBoolean(ProjectFixtures.text(db, "select published::text from programme where id = ?", programme))) {
            return null;
        }
        Map<String, Object> answer = all.json();
        answer.put("programmeId", programme);
        List<Map<String, Object>> statuses = new ArrayList<>();
        byStatus.forEach((status, totals) -> {
            Map<String, Object> entry = totals.json();
            entry.put("status", status.name());
            statuses.add(entry);
        });
        answer.put("byStatus", statuses);
        try {
            return tree(mapper.writeValueAsString(answer));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Projects, those with a cost and the sums per currency of some GROUP BY rows. */
    private static final class Totals {
        long projects;
        long withCost;
        final Map<String, BigDecimal> cost = new TreeMap<>();

        void add(ResultSet row) throws SQLException {
            projects += row.getLong(3);
            withCost += row.getLong(4);
            if (row.getBigDecimal(5) != null) {
                cost.merge(row.getString(2), row.getBigDecimal(5), BigDecimal::add);
            }
        }

        Map<String, Object> json() {
            Map<String, String> sums = new TreeMap<>();
            cost.forEach((currency, sum) -> sums.put(currency, sum.setScale(2).toPlainString()));
            return new HashMap<>(Map.of("projects", projects, "projectsWithCost", withCost, "totalCost", sums));
        }
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(json, e);
        }
    }

    private static void patch(long project, String body) {
        mergePatch(Fixtures.etag(ProjectFixtures.PATH + "/" + project)).body(body).patch(ProjectFixtures.PATH + "/" + project)
                .then().statusCode(200);
    }

    private static void patchProgramme(long programme, String body) {
        String path = "/api/v1/programmes/" + programme;
        mergePatch(Fixtures.etag(path)).body(body).patch(path).then().statusCode(200);
    }

    private static void importCsv(long programme, String csv, int created, int updated) {
        given().contentType("text/csv; charset=UTF-8").accept(ContentType.JSON).queryParam("kind", "projects").body(csv)
                .when().post("/api/v1/programmes/" + programme + "/import").then().statusCode(200)
                .body("projects.created", equalTo(created), "projects.updated", equalTo(updated));
    }

    private static void insert(Connection connection, long programme) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(SQL_INSERT)) {
            s.setLong(1, programme);
            s.executeUpdate();
        }
    }

    /** As the transaction on {@code connection} sees them: the programme's noted rows, and its projects in the summary. */
    private static List<Long> noted(Connection connection, long programme) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select (select count(*) from project_cost_pending where programme_id = ?), "
                + "(select coalesce(sum(projects), 0) from project_cost_summary where programme_id = ?)")) {
            s.setLong(1, programme);
            s.setLong(2, programme);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return List.of(r.getLong(1), r.getLong(2));
            }
        }
    }

    private static String pid(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select pg_backend_pid()"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }

    /** Until the backend {@code pid} waits for a lock (the first writer's summary row). */
    private void awaitLockWait(String pid) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if ("Lock".equals(ProjectFixtures.text(db, "select wait_event_type from pg_stat_activity where pid = ?", Integer.parseInt(pid)))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second writer never waited for the first");
    }
}
