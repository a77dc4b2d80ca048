package pl.odnowa.project;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.odnowa.project.ProjectFixtures.PATH;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/**
 * The list is read in one SQL statement (ProjectReader#list) and a project alone in another: each item of a page
 * must equal the project read alone, for the superadmin and for an anonymous reader, whatever the sort.
 */
@QuarkusTest
class ProjectListItemTest extends ApiTest {

    @Inject
    DataSource db;

    @Test
    void everyListItemEqualsTheProjectReadAlone() {
        long programme = Fixtures.programme(Fixtures.municipality(), Map.of("published", true));
        long area = ProjectFixtures.area(db, programme, "REVITALISATION");
        long s1 = ProjectFixtures.subarea(db, area, "S1");
        long s2 = ProjectFixtures.subarea(db, area, "S2");
        long full = ProjectFixtures.project(programme, Map.of("totalCost", "300.50", "estimatedValue", "310", "currency", "EUR",
                "subareaIds", List.of(s2, s1), "sdgTargets", List.of("11.7", "11.3"), "plannedStart", "2020-01-01",
                "implementingEntities", List.of("Gmina", "MZD"), "source", "illustrative", "published", true,
                "fundingSources", List.of(Map.of("source", "EFRR", "instrument", "GRANT", "amount", "200.25", "fund", "FEnS"),
                        Map.of("source", "Gmina", "instrument", "OWN", "amount", "100.25"))));
        Map<String, Object> unknown = new HashMap<>();
        unknown.put("status", null); // not recorded
        unknown.put("published", true);
        long bare = ProjectFixtures.project(programme, unknown);
        long draft = ProjectFixtures.project(programme, Map.of("published", false, "totalCost", "999"));

        for (String sort : List.of("-totalCost", "title", "status", "-plannedStart,kind")) {
            assertItemsEqualReadAlone(json(), programme, sort, List.of(full, bare, draft));
            assertItemsEqualReadAlone(anonymous().accept("application/json"), programme, sort, List.of(full, bare));
        }
        json().queryParams(Map.of("programme", programme, "sort", "-totalCost")).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) draft, (int) full, (int) bare)));
        json().queryParams(Map.of("programme", programme, "subarea", s1)).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of((int) full)), "totalItems", equalTo(1));
        json().queryParams(Map.of("programme", programme, "area", area)).get(PATH).then().statusCode(200).body("totalItems", equalTo(1));
        // a page past the end keeps the total
        json().queryParams(Map.of("programme", programme, "page", 5, "size", 2)).get(PATH).then().statusCode(200)
                .body("items.size()", equalTo(0), "totalItems", equalTo(3), "totalPages", equalTo(2));
    }

    private static void assertItemsEqualReadAlone(RequestSpecification spec, long programme, String sort, List<Long> expected) {
        JsonPath page = spec.queryParams(Map.of("programme", programme, "sort", sort)).get(PATH)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(expected.size(), page.getInt("totalItems"), sort);
        List<Map<String, Object>> items = page.getList("items");
        assertEquals(expected.size(), items.size(), sort);
        for (Map<String, Object> item : items) {
            Map<String, Object> alone = anonymousOrNot(spec).get(PATH + "/" + item.get("id")).then().statusCode(200)
                    .extract().jsonPath().getMap("");
            assertEquals(alone, item, "item " + item.get("id") + " sorted by " + sort);
        }
    }

    /** The same caller as the list's request. */
    private static RequestSpecification anonymousOrNot(RequestSpecification listSpec) {
        boolean signedIn = ((io.restassured.specification.FilterableRequestSpecification) listSpec).getHeaders().hasHeaderWithName("Authorization");
        return signedIn ? json() : anonymous().accept("application/json");
    }
}
