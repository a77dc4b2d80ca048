package pl.odnowa.area;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.odnowa.area.AreaFixtures.area;
import static pl.odnowa.area.AreaFixtures.polygon;
import static pl.odnowa.area.AreaFixtures.revitalisationArea;
import static pl.odnowa.area.AreaFixtures.subarea;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/**
 * What other data referring to areas and subareas does to writes (409, nothing changed), and the
 * bounded cost of the list. References are written with plain SQL: their APIs belong to other features.
 */
@QuarkusTest
class AreaReferencesTest extends ApiTest {

    private static final String AREAS = "/api/v1/areas";

    @Inject
    AreaTestData data;

    @Test
    void refusesToRemoveASubareaAProjectIsLocatedIn() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = AreaFixtures.create(revitalisationArea(programme));
        String before = json().get(AREAS + "/" + id).then().extract().asString();
        long s2 = json().get(AREAS + "/" + id).then().extract().jsonPath().getLong("subareas[1].id");
        long project = data.projectIn(programme, s2);

        json().header("If-Match", "\"0\"").body(area(programme, "REVITALISATION", List.of(subarea("S1", polygon(19.0, 49.8)))))
                .put(AREAS + "/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("S2 (referenced by 1 project)"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Map.of("subareas", List.of()))
                .patch(AREAS + "/" + id).then().statusCode(409).body("detail", containsString("S2"));
        assertEquals(before, json().get(AREAS + "/" + id).then().header("ETag", equalTo("\"0\"")).extract().asString());

        // keeping the code keeps the row the project points at, even when everything else about it changes
        json().header("If-Match", "\"0\"").body(area(programme, "REVITALISATION", List.of(subarea("S2", polygon(19.5, 49.5)))))
                .put(AREAS + "/" + id).then().statusCode(200).body("subareas.id", contains((int) s2));

        data.deleteRow("project", project);
        json().header("If-Match", "\"1\"").body(area(programme, "REVITALISATION", List.of())).put(AREAS + "/" + id)
                .then().statusCode(200).body("subareas", hasSize(0));
    }

    @Test
    void refusesToRemoveASubareaWithObservations() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = AreaFixtures.create(revitalisationArea(programme));
        long s1 = json().get(AREAS + "/" + id).then().extract().jsonPath().getLong("subareas[0].id");
        long s2 = json().get(AREAS + "/" + id).then().extract().jsonPath().getLong("subareas[1].id");
        data.observationOf(programme, s1);
        data.projectIn(programme, s2);
        json().header("If-Match", "\"0\"").body(area(programme, "REVITALISATION", List.of())).put(AREAS + "/" + id)
                .then().statusCode(409).body("detail", containsString("subareas S1 (referenced by 1 observation), S2 (referenced by 1 project)"));
        json().get(AREAS + "/" + id).then().body("subareas.id", contains((int) s1, (int) s2));
    }

    @Test
    void refusesToDeleteAReferencedArea() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = AreaFixtures.create(revitalisationArea(programme));
        long s1 = json().get(AREAS + "/" + id).then().extract().jsonPath().getLong("subareas[0].id");

        long indicator = data.indicatorOf(programme, id);
        json().header("If-Match", "\"0\"").delete(AREAS + "/" + id).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("1 indicator"));
        data.deleteRow("indicator", indicator);

        long recommendation = data.recommendationFor(programme, id);
        json().header("If-Match", "\"0\"").delete(AREAS + "/" + id).then().statusCode(409).body("detail", containsString("1 recommendation"));
        data.deleteRow("recommendation", recommendation);

        long project = data.projectIn(programme, s1);
        json().header("If-Match", "\"0\"").delete(AREAS + "/" + id).then().statusCode(409)
                .body("detail", containsString("1 project (in its subareas)"));
        data.deleteRow("project", project);

        long observed = data.observationOf(programme, s1);
        json().header("If-Match", "\"0\"").delete(AREAS + "/" + id).then().statusCode(409).body("detail", containsString("1 observation"));
        json().get(AREAS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("subareas", hasSize(2));
        data.deleteRow("indicator", observed);

        json().header("If-Match", "\"0\"").delete(AREAS + "/" + id).then().statusCode(204);
        json().get(AREAS + "/" + id).then().statusCode(404);
    }

    @Test
    void listCostsAFixedNumberOfStatementsWhateverThePageSize() throws Exception {
        String teryt = Fixtures.municipality();
        String geometry = new ObjectMapper().writeValueAsString(polygon(19.03, 49.82));
        data.manyAreas(teryt, 100, geometry);
        json().queryParams(Map.of("municipality", teryt, "size", 200)).get(AREAS).then().statusCode(200)
                .body("totalItems", equalTo(200), "items", hasSize(200), "items[199].subareas", hasSize(2),
                        "items[0].municipality", equalTo(teryt), "items[0].totals.residents", equalTo(200));

        long two = statementsDuring(() -> json().queryParams(Map.of("municipality", teryt, "size", 2)).get(AREAS).then().statusCode(200));
        long all = statementsDuring(() -> json().queryParams(Map.of("municipality", teryt, "size", 200)).get(AREAS).then().statusCode(200));
        assertEquals(two, all, "statements for 2 and for 200 areas");
        assertTrue(all <= 6, "a page costs at most 6 statements, was " + all);

        long geoTwo = statementsDuring(() -> given().accept("application/geo+json").queryParams(Map.of("municipality", teryt, "size", 2))
                .get(AREAS).then().statusCode(200).body("features", hasSize(4)));
        long geoAll = statementsDuring(() -> given().accept("application/geo+json").queryParams(Map.of("municipality", teryt, "size", 200))
                .get(AREAS).then().statusCode(200).body("features", hasSize(400)));
        assertEquals(geoTwo, geoAll, "GeoJSON statements for 2 and for 200 areas");
        assertTrue(geoAll <= 6, "a GeoJSON page costs at most 6 statements, was " + geoAll);
    }
}
