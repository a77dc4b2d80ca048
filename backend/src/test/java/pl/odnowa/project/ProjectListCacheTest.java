package pl.odnowa.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.odnowa.project.ProjectFixtures.PATH;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/**
 * A page of one programme's projects is served again from ProjectListCache while the programme's list version (V86)
 * is unchanged: every kind of write that changes the page (through the API, an import or plain SQL; a project, its
 * funding, the programme's published flag) moves the version and shows at once; a write rolled back moves nothing;
 * a page for a reader who may see drafts is never served to one who may not.
 */
@QuarkusTest
class ProjectListCacheTest extends ApiTest {

    @Inject
    DataSource db;

    @Inject
    ProjectListCache cache;

    @Test
    void aPageIsServedAgainUntilAWriteChangesIt() {
        long programme = Fixtures.programme(Fixtures.municipality(), Map.of("published", true));
        long cheap = ProjectFixtures.project(programme, Map.of("published", true, "totalCost", "100"));
        long dear = ProjectFixtures.project(programme, Map.of("published", true, "totalCost", "200"));

        Response first = page(anonymous(), programme);
        long hits = cache.hits();
        Response again = page(anonymous(), programme);
        assertArrayEquals(first.asByteArray(), again.asByteArray());
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(hits + 1, cache.hits(), "the second request is served from the page kept");
        anonymous().accept(ContentType.JSON).header("If-None-Match", first.header("ETag"))
                .queryParams(query(programme)).get(PATH).then().statusCode(304);
        assertEquals(List.of((int) dear, (int) cheap), first.jsonPath().getList("items.id"));

        // through the API: a project's title, then its funding (a child row, through the V81 read model)
        long before = version(programme);
        mergePatch(Fixtures.etag(PATH + "/" + cheap)).body(Map.of("title", "Nowy tytuł")).patch(PATH + "/" + cheap)
                .then().statusCode(200);
        assertEquals(before + 1, version(programme));
        Response renamed = page(anonymous(), programme);
        assertEquals("Nowy tytuł", renamed.jsonPath().getString("items[1].title"));
        assertNotEquals(first.header("ETag"), renamed.header("ETag"));
        mergePatch(Fixtures.etag(PATH + "/" + cheap))
                .body(Map.of("fundingSources", List.of(Map.of("source", "EFRR", "instrument", "GRANT", "amount", "80"))))
                .patch(PATH + "/" + cheap).then().statusCode(200);
        assertEquals("80.00", page(anonymous(), programme).jsonPath().getString("items[1].fundingSources[0].amount"));

        // plain SQL, as another tool might write: the project's row, then a child row
        sql("update project set title = 'Z SQL' where id = " + dear);
        assertEquals("Z SQL", page(anonymous(), programme).jsonPath().getString("items[0].title"));
        sql("insert into project_sdg_target (project_id, target_code) values (" + dear + ", '11.4')");
        assertEquals(List.of("11.4"), page(anonymous(), programme).jsonPath().getList("items[0].sdgTargets"));

        // a write rolled back moves nothing
        long committed = version(programme);
        rolledBack("update project set title = 'Wycofany' where id = " + dear);
        assertEquals(committed, version(programme));
        assertEquals("Z SQL", page(anonymous(), programme).jsonPath().getString("items[0].title"));

        // deleted
        given().header("If-Match", Fixtures.etag(PATH + "/" + cheap)).delete(PATH + "/" + cheap).then().statusCode(204);
        page(anonymous(), programme).then().body("items.id", equalTo(List.of((int) dear)), "totalItems", equalTo(1));
    }

    @Test
    void draftsAreServedOnlyToThoseWhoMaySeeThem() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt, Map.of("published", true));
        long published = ProjectFixtures.project(programme, Map.of("published", true, "totalCost", "100"));
        long draft = ProjectFixtures.project(programme, Map.of("published", false, "totalCost", "200"));

        long hits = cache.hits();
        for (int round = 0; round < 2; round++) { // the second round from the pages kept
            page(json(), programme).then().body("items.id", equalTo(List.of((int) draft, (int) published)));
            page(anonymous(), programme).then().body("items.id", equalTo(List.of((int) published)), "totalItems", equalTo(1));
        }
        assertEquals(hits + 2, cache.hits());

        // the programme withdrawn: its published project is a draft too
        mergePatch(Fixtures.etag("/api/v1/programmes/" + programme)).body(Map.of("published", false))
                .patch("/api/v1/programmes/" + programme).then().statusCode(200);
        page(anonymous(), programme).then().body("items.size()", equalTo(0), "totalItems", equalTo(0));
        page(json(), programme).then().body("totalItems", equalTo(2));
        mergePatch(Fixtures.etag("/api/v1/programmes/" + programme)).body(Map.of("published", true))
                .patch("/api/v1/programmes/" + programme).then().statusCode(200);
        page(anonymous(), programme).then().body("items.id", equalTo(List.of((int) published)));
    }

    @Test
    void anImportMovesTheVersionOnceAsItCommits() {
        long programme = Fixtures.programme(Fixtures.municipality(), Map.of("published", true));
        page(json(), programme).then().body("totalItems", equalTo(0));
        long before = version(programme);
        StringBuilder csv = new StringBuilder("externalId,kind,title,status,totalCost\r\n");
        for (int i = 1; i <= 300; i++) {
            csv.append("C-").append(i).append(",BASIC,Projekt ").append(i).append(",IMPLEMENTATION,").append(i).append(".00\r\n");
        }
        given().contentType("text/csv; charset=UTF-8").accept(ContentType.JSON).queryParam("kind", "projects")
                .body(csv.toString()).post("/api/v1/programmes/" + programme + "/import").then().statusCode(200);
        assertEquals(before + 1, version(programme), "one transaction, one step");
        page(json(), programme).then().body("totalItems", equalTo(300), "items[0].title", equalTo("Projekt 300"));
    }

    @Test
    void pagesOfOtherFiltersAndSortsAreKeptApart() {
        long programme = Fixtures.programme(Fixtures.municipality(), Map.of("published", true));
        long a = ProjectFixtures.project(programme, Map.of("published", true, "title", "A", "totalCost", "2", "status", "PIPELINE"));
        long b = ProjectFixtures.project(programme, Map.of("published", true, "title", "B", "totalCost", "1"));
        for (int round = 0; round < 2; round++) {
            json().queryParams(Map.of("programme", programme, "sort", "title")).get(PATH).then().statusCode(200)
                    .body("items.id", equalTo(List.of((int) a, (int) b)));
            json().queryParams(Map.of("programme", programme, "sort", "totalCost")).get(PATH).then().statusCode(200)
                    .body("items.id", equalTo(List.of((int) b, (int) a)));
            json().queryParams(Map.of("programme", programme, "status", "PIPELINE")).get(PATH).then().statusCode(200)
                    .body("items.id", equalTo(List.of((int) a)));
            json().queryParams(Map.of("programme", programme, "size", 1, "page", 1, "sort", "title")).get(PATH).then()
                    .statusCode(200).body("items.id", equalTo(List.of((int) b)), "page", equalTo(1), "size", equalTo(1));
            json().queryParams(Map.of("programme", programme, "municipality", "1234567")).get(PATH).then().statusCode(200)
                    .body("totalItems", equalTo(0));
        }
    }

    private static Map<String, Object> query(long programme) {
        return Map.of("programme", programme, "sort", "-totalCost", "size", 50);
    }

    private static Response page(RequestSpecification spec, long programme) {
        Response response = spec.accept(ContentType.JSON).queryParams(query(programme)).get(PATH);
        response.then().statusCode(200).contentType(ContentType.JSON);
        assertTrue(response.header("ETag").startsWith("\""));
        return response;
    }

    private long version(long programme) {
        String v = ProjectFixtures.text(db, "select coalesce(max(version), 0)::text from programme_list_version where programme_id = ?",
                programme);
        return Long.parseLong(v);
    }

    private void sql(String statement) {
        ProjectFixtures.execute(db, statement);
    }

    private void rolledBack(String statement) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(statement);
            }
            c.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
