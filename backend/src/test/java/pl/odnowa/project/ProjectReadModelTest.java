package pl.odnowa.project;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.odnowa.project.ProjectFixtures.PATH;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/**
 * The list reads each project's funding, subarea ids and SDG targets from the project row's read model (V81), which
 * triggers on the child tables keep current in the writing transaction; a project read alone aggregates the child
 * tables themselves. After every kind of write the two must agree, in the API and in the database, and the audit
 * must not record the read model.
 */
@QuarkusTest
class ProjectReadModelTest extends ApiTest {

    /** Projects whose read model differs from what the child tables hold now (the definition V81 maintains). */
    private static final String STALE = """
            select count(*) from project p where p.programme_id = ? and (
                p.list_funding is distinct from (select json_agg(json_build_object('source', f.source, 'instrument', f.instrument,
                        'amount', f.amount::text, 'fund', f.fund, 'measure', f.measure) order by f.position)::text
                    from project_funding f where f.project_id = p.id)
                or p.list_subarea_ids is distinct from array(select s.subarea_id from project_subarea s
                    where s.project_id = p.id order by s.subarea_id)
                or p.list_sdg_targets is distinct from array(select t.target_code from project_sdg_target t
                    where t.project_id = p.id order by t.target_code)::varchar(8)[])
            """;

    @Inject
    DataSource db;

    @Test
    void theListStaysCurrentAfterEveryKindOfWrite() {
        long programme = Fixtures.programme(Fixtures.municipality(), Map.of("published", true));
        long area = ProjectFixtures.area(db, programme, "REVITALISATION");
        long s1 = ProjectFixtures.subarea(db, area, "S1");
        long s2 = ProjectFixtures.subarea(db, area, "S2");

        // create: with a funding line, a subarea and an SDG target
        long id = ProjectFixtures.project(programme, Map.of("published", true, "totalCost", "1000.00", "subareaIds", List.of(s1),
                "sdgTargets", List.of("11.3"), "fundingSources", List.of(Map.of("source", "EFRR", "instrument", "GRANT", "amount", "600"))));
        Map<String, Object> item = assertCurrent(programme, id);
        assertEquals(List.of(line("EFRR", "GRANT", "600.00", null)), item.get("fundingSources"));
        assertEquals(List.of((int) s1), item.get("subareaIds"));
        assertEquals(List.of("11.3"), item.get("sdgTargets"));

        // project update (PUT of its own fields, collections unchanged)
        json().header("If-Match", "\"0\"").body(ProjectFixtures.body(programme, Map.of("title", "Park nad rzeką", "published", true,
                "totalCost", "1000.00", "subareaIds", List.of(s1), "sdgTargets", List.of("11.3"),
                "fundingSources", List.of(Map.of("source", "EFRR", "instrument", "GRANT", "amount", "600")))))
                .put(PATH + "/" + id).then().statusCode(200);
        item = assertCurrent(programme, id);
        assertEquals("Park nad rzeką", item.get("title"));
        assertEquals(List.of((int) s1), item.get("subareaIds"));

        // funding change: a second line, then the first changed
        mergePatch("\"1\"").body(Map.of("fundingSources", List.of(Map.of("source", "EFRR", "instrument", "GRANT", "amount", "600"),
                Map.of("source", "Gmina", "instrument", "OWN", "amount", "250.50", "fund", "budżet")))).patch(PATH + "/" + id)
                .then().statusCode(200);
        item = assertCurrent(programme, id);
        assertEquals(List.of(line("EFRR", "GRANT", "600.00", null), line("Gmina", "OWN", "250.50", "budżet")), item.get("fundingSources"));
        assertEquals("850.50", item.get("fundingTotal"));
        assertEquals(Map.of("GRANT", "600.00", "OWN", "250.50"), item.get("fundingByInstrument"));
        mergePatch("\"2\"").body(Map.of("fundingSources", List.of(Map.of("source", "EFRR", "instrument", "LOAN", "amount", "700"))))
                .patch(PATH + "/" + id).then().statusCode(200);
        item = assertCurrent(programme, id);
        assertEquals(List.of(line("EFRR", "LOAN", "700.00", null)), item.get("fundingSources"));

        // subarea link change: another subarea, both, none
        mergePatch("\"3\"").body(Map.of("subareaIds", List.of(s2))).patch(PATH + "/" + id).then().statusCode(200);
        assertEquals(List.of((int) s2), assertCurrent(programme, id).get("subareaIds"));
        mergePatch("\"4\"").body(Map.of("subareaIds", List.of(s2, s1))).patch(PATH + "/" + id).then().statusCode(200);
        assertEquals(List.of((int) s1, (int) s2), assertCurrent(programme, id).get("subareaIds"));
        mergePatch("\"5\"").body(Map.of("subareaIds", List.of())).patch(PATH + "/" + id).then().statusCode(200);
        assertEquals(List.of(), assertCurrent(programme, id).get("subareaIds"));

        // SDG target change: two others, then none
        mergePatch("\"6\"").body(Map.of("sdgTargets", List.of("11.7", "11.4"))).patch(PATH + "/" + id).then().statusCode(200);
        assertEquals(List.of("11.4", "11.7"), assertCurrent(programme, id).get("sdgTargets"));
        mergePatch("\"7\"").body(Map.of("sdgTargets", List.of(), "fundingSources", List.of())).patch(PATH + "/" + id)
                .then().statusCode(200);
        item = assertCurrent(programme, id);
        assertEquals(List.of(), item.get("sdgTargets"));
        assertEquals(List.of(), item.get("fundingSources"));
        assertEquals("0.00", item.get("fundingTotal"));

        // import: a new project with collections, then the same external id with other collections
        json().body(Map.of("projects", List.of(Map.of("externalId", "RM-1", "kind", "BASIC", "title", "Import", "status", "PIPELINE",
                "published", true, "subareaIds", List.of(s1), "sdgTargets", List.of("11.4"),
                "fundingSources", List.of(Map.of("source", "EFRR", "instrument", "GRANT", "amount", "10"))))))
                .post("/api/v1/programmes/" + programme + "/import").then().statusCode(200).body("projects.created", equalTo(1));
        long imported = Long.parseLong(ProjectFixtures.text(db, "select id from project where programme_id = ? and external_id = 'RM-1'",
                programme));
        item = assertCurrent(programme, imported);
        assertEquals(List.of("11.4"), item.get("sdgTargets"));
        json().body(Map.of("projects", List.of(Map.of("externalId", "RM-1", "kind", "BASIC", "title", "Import", "status", "PIPELINE",
                "published", true, "subareaIds", List.of(s2, s1), "sdgTargets", List.of("11.1", "11.4"),
                "fundingSources", List.of(Map.of("source", "EFRR", "instrument", "GRANT", "amount", "10"),
                        Map.of("source", "Gmina", "instrument", "OWN", "amount", "5"))))))
                .post("/api/v1/programmes/" + programme + "/import").then().statusCode(200).body("projects.updated", equalTo(1));
        item = assertCurrent(programme, imported);
        assertEquals(List.of((int) s1, (int) s2), item.get("subareaIds"));
        assertEquals(List.of("11.1", "11.4"), item.get("sdgTargets"));
        assertEquals("15.00", item.get("fundingTotal"));

        // the audit records the project's own columns only: none of the read model's
        assertEquals("0", ProjectFixtures.text(db, "select count(*) from audit_log where entity = 'project' and entity_id in (?, ?) "
                + "and (before ?? 'list_funding' or after ?? 'list_funding' or before ?? 'list_subarea_ids' or after ?? 'list_subarea_ids' "
                + "or before ?? 'list_sdg_targets' or after ?? 'list_sdg_targets')", String.valueOf(id), String.valueOf(imported)));
        // and a write that changes only a collection adds no project UPDATE of its own beyond the version's
        long ownUpdates = Long.parseLong(ProjectFixtures.text(db, "select count(*) from audit_log where entity = 'project' "
                + "and entity_id = ? and part is null and action = 'UPDATE'", String.valueOf(id)));
        assertEquals(8, ownUpdates, "one per PUT or PATCH (the version), none for the read model");

        // delete: gone from the list and its total
        json().header("If-Match", "\"8\"").delete(PATH + "/" + id).then().statusCode(204);
        json().queryParams(Map.of("programme", programme)).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) imported)), "totalItems", equalTo(1));
        assertEquals("0", ProjectFixtures.text(db, STALE, programme));
    }

    /** A funding line as the API writes it (without a measure). */
    private static Map<String, Object> line(String source, String instrument, String amount, String fund) {
        Map<String, Object> line = new java.util.HashMap<>();
        line.put("source", source);
        line.put("instrument", instrument);
        line.put("amount", amount);
        line.put("fund", fund);
        line.put("measure", null);
        return line;
    }

    /** The project's list item equals the project read alone, and no project of the programme has a stale read model. */
    private Map<String, Object> assertCurrent(long programme, long id) {
        assertEquals("0", ProjectFixtures.text(db, STALE, programme));
        JsonPath page = json().queryParams(Map.of("programme", programme, "sort", "title", "size", 100)).get(PATH)
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> item = page.getMap("items.find { it.id == " + id + " }");
        if (item == null) {
            throw new AssertionError("project " + id + " is not in the list");
        }
        Map<String, Object> alone = json().get(PATH + "/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals(alone, item, "list item " + id);
        return item;
    }
}
