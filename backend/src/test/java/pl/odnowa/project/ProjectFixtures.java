package pl.odnowa.project;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.restassured.http.ContentType;
import pl.odnowa.common.Fixtures;

/**
 * Test data for projects. Areas, subareas, indicators and recommendations are other features' resources,
 * so they are written here with plain SQL, exactly as their tables (V1) define them.
 */
final class ProjectFixtures {

    static final String PATH = "/api/v1/projects";

    private ProjectFixtures() {
    }

    /** A minimal valid project body for the programme, with the given fields added or replaced. */
    static Map<String, Object> body(long programmeId, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programmeId, "kind", "BASIC",
                "title", "Projekt " + System.nanoTime(), "status", "IMPLEMENTATION"));
        body.putAll(overrides);
        return body;
    }

    static long project(long programmeId, Map<String, Object> overrides) {
        return Fixtures.post(PATH, body(programmeId, overrides)).longValue();
    }

    static long count(long programmeId) {
        return given().accept(ContentType.JSON).queryParam("programme", programmeId).when().get(PATH)
                .then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    static long area(DataSource db, long programmeId, String kind) {
        return insert(db, "insert into area (programme_id, kind, name) values (?, ?, ?) returning id",
                programmeId, kind, "Obszar " + kind);
    }

    static long subarea(DataSource db, long areaId, String code) {
        return insert(db, "insert into subarea (area_id, position, code, name) values (?, 0, ?, ?) returning id",
                areaId, code, "Podobszar " + code);
    }

    static long indicator(DataSource db, long programmeId, long projectId) {
        return insert(db, "insert into indicator (programme_id, scope, project_id, code, name_pl, unit, direction, level) "
                + "values (?, 'PROJECT', ?, ?, 'Liczba odnowionych budynków', 'szt.', 'HIGHER', 'OUTPUT') returning id",
                programmeId, projectId, "W" + System.nanoTime());
    }

    static long recommendation(DataSource db, long programmeId, long projectId) {
        long id = insert(db, "insert into recommendation (programme_id, title, text, priority, status) "
                + "values (?, 'Zasiedlić kamienice', 'Połączyć remonty z zasiedleniem', 'HIGH', 'PROPOSED') returning id",
                programmeId);
        insert(db, "insert into recommendation_project (recommendation_id, project_id) values (?, ?) returning project_id",
                id, projectId);
        return id;
    }

    /**
     * Copies a project created through the API {@code n} times in one set-based statement (titles
     * "Kamienica 1" …), with its funding and SDG targets, each copy located in {@code subareaId}.
     */
    static void copies(DataSource db, long projectId, int n, long subareaId) {
        String columns = "programme_id, kind, description, implementing_entities, scope, location, longitude, latitude, "
                + "status, planned_start, planned_end, actual_start, actual_end, currency, estimated_value, total_cost, "
                + "eligible_cost";
        // One statement: data-modifying CTEs see the copies' ids through RETURNING.
        execute(db, "with copies as (insert into project (title, search_text, " + columns + ") "
                + "select 'Kamienica ' || g, 'kamienica ' || g, " + columns + " from project, generate_series(1, ?) g "
                + "where id = ? returning id), "
                + "funding as (insert into project_funding (project_id, position, source, instrument, amount, fund, measure) "
                + "select c.id, f.position, f.source, f.instrument, f.amount, f.fund, f.measure "
                + "from copies c cross join project_funding f where f.project_id = ?), "
                + "targets as (insert into project_sdg_target (project_id, target_code) "
                + "select c.id, t.target_code from copies c cross join project_sdg_target t where t.project_id = ?) "
                + "insert into project_subarea (project_id, subarea_id) select id, ? from copies",
                n, projectId, projectId, projectId, subareaId);
    }

    static void execute(DataSource db, String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row as text; null when there is no row or the value is null. */
    static String text(DataSource db, String sql, Object... args) {
        List<String> rows = rows(db, sql, args);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The first column of every row, as text. */
    static List<String> rows(DataSource db, String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                List<String> result = new java.util.ArrayList<>();
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long insert(DataSource db, String sql, Object... args) {
        return Long.parseLong(text(db, sql, args));
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }
}
