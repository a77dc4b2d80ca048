package pl.odnowa.area;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static pl.odnowa.area.AreaFixtures.area;
import static pl.odnowa.area.AreaFixtures.polygon;
import static pl.odnowa.area.AreaFixtures.revitalisationArea;
import static pl.odnowa.area.AreaFixtures.subarea;
import static pl.odnowa.area.AreaFixtures.with;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/** CRUD, the replace-by-code semantics of subareas, preconditions and validation of /api/v1/areas. */
@QuarkusTest
class AreaResourceTest extends ApiTest {

    private static final String AREAS = "/api/v1/areas";

    @Test
    void createsAnAreaWithTwoDisjointSubareas() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        String location = json().body(revitalisationArea(programme)).when().post(AREAS).then().statusCode(201)
                .header("Location", containsString(AREAS + "/")).header("ETag", equalTo("\"0\""))
                .body("programmeId", equalTo((int) programme), "municipality", equalTo(teryt), "kind", equalTo("REVITALISATION"),
                        "name", equalTo("Obszar revitalisation"), "designationResolution", equalTo("XLVII/1091/2022"),
                        "designationDate", equalTo("2022-08-25"), "version", equalTo(0), "createdAt", notNullValue(),
                        "subareas.code", contains("S1", "S2"), "subareas.id", everyItemNotNull(),
                        "subareas[0].geometry.type", equalTo("Polygon"),
                        "subareas[0].geometry.coordinates[0]", hasSize(5),
                        "subareas[0].geometry.coordinates[0][2][0]", equalTo(19.04f),
                        "subareas[1].geometry.type", equalTo("MultiPolygon"),
                        "subareas[1].geometry.coordinates", hasSize(2),
                        "subareas[0].crisis.social", equalTo(true), "subareas[0].crisis.environmental", nullValue(),
                        "subareas[1].crisis.environmental", equalTo(true), "subareas[1].crisis.economic", equalTo(false),
                        "subareas[0].landType", nullValue(), "subareas[1].landType", equalTo("INHABITED"),
                        "subareas[0].residentsDate", equalTo("2021-12-31"),
                        "totals.areaHa", equalTo(43.75f), "totals.residents", equalTo(3500))
                .extract().header("Location");
        json().get(location).then().statusCode(200).header("ETag", equalTo("\"0\"")).header("Vary", containsString("Accept"))
                .contentType("application/json")
                .body("subareas.code", contains("S1", "S2"), "subareas[1].areaHa", equalTo(31.25f), "totals.residents", equalTo(3500));
    }

    @Test
    void acceptsSubareasWithoutGeometryOrFiguresAsNotRecorded() {
        long programme = Fixtures.programme(Fixtures.municipality());
        Map<String, Object> bare = new HashMap<>(Map.of("code", "B-1", "name", "Bez danych"));
        bare.put("geometry", null);
        long id = AreaFixtures.create(Map.of("programmeId", programme, "kind", "DEGRADED", "name", "Obszar zdegradowany",
                "subareas", List.of(bare)));
        json().get(AREAS + "/" + id).then().statusCode(200)
                .body("subareas[0].geometry", nullValue(), "subareas[0].crisis.social", nullValue(),
                        "subareas[0].crisis.technical", nullValue(), "subareas[0].landType", nullValue(),
                        "subareas[0].residents", nullValue(), "totals.areaHa", nullValue(), "totals.residents", nullValue(),
                        "description", nullValue());
        long empty = AreaFixtures.create(Map.of("programmeId", programme, "kind", "REVITALISATION", "name", "Pusty"));
        json().get(AREAS + "/" + empty).then().body("subareas", hasSize(0));
    }

    @Test
    void listsFiltersSortsAndPages() {
        String teryt = Fixtures.municipality();
        long first = Fixtures.programme(teryt);
        long second = Fixtures.programme(teryt);
        long a1 = AreaFixtures.create(with(area(first, "DEGRADED", List.of(subarea("D1", null))), "name", "Beta"));
        long a2 = AreaFixtures.create(with(area(first, "REVITALISATION", List.of()), "name", "Alfa"));
        long a3 = AreaFixtures.create(with(area(second, "REVITALISATION", List.of()), "name", "Gamma"));
        json().queryParam("municipality", teryt).get(AREAS).then().statusCode(200)
                .body("totalItems", equalTo(3), "items.id", contains((int) a1, (int) a2, (int) a3),
                        "items[0].subareas[0].code", equalTo("D1"), "items[0].municipality", equalTo(teryt));
        json().queryParam("programme", first).get(AREAS).then().body("items.id", contains((int) a1, (int) a2));
        json().queryParams(Map.of("municipality", teryt, "kind", "revitalisation")).get(AREAS).then()
                .body("items.id", contains((int) a2, (int) a3));
        json().queryParams(Map.of("municipality", teryt, "sort", "name")).get(AREAS).then().body("items.name", contains("Alfa", "Beta", "Gamma"));
        json().queryParams(Map.of("municipality", teryt, "sort", "-name")).get(AREAS).then().body("items.name", contains("Gamma", "Beta", "Alfa"));
        json().queryParams(Map.of("municipality", teryt, "sort", "kind,-createdAt")).get(AREAS).then()
                .body("items.id", contains((int) a1, (int) a3, (int) a2));
        json().queryParams(Map.of("municipality", teryt, "sort", "-updatedAt")).get(AREAS).then()
                .body("items.id", contains((int) a3, (int) a2, (int) a1));
        json().queryParams(Map.of("municipality", teryt, "sort", "name", "size", 2, "page", 1)).get(AREAS).then()
                .body("items.name", contains("Gamma"), "page", equalTo(1), "size", equalTo(2), "totalItems", equalTo(3), "totalPages", equalTo(2));
    }

    @Test
    void rejectsBadListParameters() {
        json().queryParam("sort", "area").get(AREAS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"), "errors[0].message", containsString("createdAt"));
        json().queryParam("kind", "URBAN").get(AREAS).then().statusCode(400).body("errors[0].field", equalTo("kind"),
                "errors[0].message", containsString("REVITALISATION"));
        json().queryParam("programme", "x").get(AREAS).then().statusCode(400).body("errors[0].field", equalTo("programme"));
        json().queryParam("programme", 999_999_999).get(AREAS).then().statusCode(400).body("errors[0].field", equalTo("programme"));
        long draft = Fixtures.programme(Fixtures.municipality());
        json().queryParam("programme", draft).get(AREAS).then().statusCode(200);
        anonymous().accept("application/json").queryParam("programme", draft).get(AREAS).then().statusCode(400)
                .body("errors[0].field", equalTo("programme"));
        json().queryParam("municipality", "12345678").get(AREAS).then().statusCode(400).body("errors[0].field", equalTo("municipality"));
        json().queryParam("municipality", "9999998").get(AREAS).then().statusCode(400).body("errors[0].field", equalTo("municipality"));
        json().queryParam("size", 0).get(AREAS).then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void allowsOneAreaOfEachKindPerProgramme() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long revitalisation = AreaFixtures.create(revitalisationArea(programme));
        json().body(revitalisationArea(programme)).post(AREAS).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already has a REVITALISATION area"));
        long degraded = AreaFixtures.create(area(programme, "DEGRADED", List.of()));
        String etag = Fixtures.etag(AREAS + "/" + degraded);
        json().header("If-Match", etag).body(area(programme, "REVITALISATION", List.of())).put(AREAS + "/" + degraded)
                .then().statusCode(409).body("detail", containsString("REVITALISATION"));
        json().get(AREAS + "/" + degraded).then().body("kind", equalTo("DEGRADED")).header("ETag", equalTo(etag));
        json().queryParam("programme", programme).get(AREAS).then().body("totalItems", equalTo(2));
        json().get(AREAS + "/" + revitalisation).then().body("subareas", hasSize(2));
    }

    @Test
    void replaceMatchesSubareasByCodeAndKeepsTheirIds() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = AreaFixtures.create(revitalisationArea(programme));
        JsonPath before = json().get(AREAS + "/" + id).then().extract().jsonPath();
        int s1 = before.getInt("subareas[0].id");
        int s2 = before.getInt("subareas[1].id");
        Map<String, Object> body = area(programme, "REVITALISATION", List.of(
                with(subarea("S3", polygon(19.07, 49.80)), "name", "Nowy"),
                with(subarea("S1", polygon(19.01, 49.83)), "name", "Zmieniony", "areaHa", "20.00", "landType", "POST_INDUSTRIAL",
                        "landJustification", "Dawna fabryka sukna przy osiedlu.")));
        JsonPath after = json().header("If-Match", "\"0\"").body(with(body, "name", "Obszar po zmianie")).put(AREAS + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1), "name", equalTo("Obszar po zmianie"), "subareas.code", contains("S3", "S1"),
                        "subareas[1].id", equalTo(s1), "subareas[1].name", equalTo("Zmieniony"),
                        "subareas[1].geometry.coordinates[0][0]", contains(19.01f, 49.83f),
                        "subareas[1].landType", equalTo("POST_INDUSTRIAL"), "totals.areaHa", equalTo(32.5f))
                .extract().jsonPath();
        int s3 = after.getInt("subareas[0].id");
        assertNotEquals(s1, s3);
        assertNotEquals(s2, s3);
        json().get(AREAS + "/" + id).then().body("subareas.id", contains(s3, s1), "subareas.code", contains("S3", "S1"));
        json().get(AREAS + "/" + id + "/subareas/S2").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void patchMergesFieldsAndReplacesSubareasByCode() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = AreaFixtures.create(revitalisationArea(programme));
        List<Integer> ids = json().get(AREAS + "/" + id).then().extract().jsonPath().getList("subareas.id", Integer.class);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body(Map.of("description", "Po ewaluacji", "designationDate", Collections.singletonMap("x", 1)))
                .patch(AREAS + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("designationDate"));
        Map<String, Object> nullDescription = new HashMap<>();
        nullDescription.put("description", null);
        nullDescription.put("name", "Nowa nazwa");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(nullDescription)
                .patch(AREAS + "/" + id).then().statusCode(200)
                .body("name", equalTo("Nowa nazwa"), "description", nullValue(), "subareas.id", equalTo(ids), "version", equalTo(1),
                        "subareas[1].geometry.type", equalTo("MultiPolygon"), "designationResolution", equalTo("XLVII/1091/2022"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("subareas", List.of(subarea("S2", polygon(19.1, 49.7)))))
                .patch(AREAS + "/" + id).then().statusCode(200)
                .body("subareas.id", contains(ids.get(1)), "subareas[0].geometry.type", equalTo("Polygon"), "totals.residents", equalTo(1000));
    }

    @Test
    void programmeIsRequiredMustExistAndCannotChange() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long other = Fixtures.programme(Fixtures.municipality());
        json().body(revitalisationArea(999_999_999L)).post(AREAS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("programmeId"), "errors[0].message", containsString("999999999"));
        Map<String, Object> missing = new HashMap<>(revitalisationArea(programme));
        missing.remove("programmeId");
        json().body(missing).post(AREAS).then().statusCode(400).body("errors.field", hasItem("programmeId"));
        long id = AreaFixtures.create(revitalisationArea(programme));
        json().header("If-Match", "\"0\"").body(revitalisationArea(other)).put(AREAS + "/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("programmeId"), "errors[0].message", containsString("cannot change"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Map.of("programmeId", other))
                .patch(AREAS + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("programmeId"));
        json().get(AREAS + "/" + id).then().header("ETag", equalTo("\"0\"")).body("programmeId", equalTo((int) programme));
        json().queryParam("programme", other).get(AREAS).then().body("totalItems", equalTo(0));
    }

    @Test
    void rejectsDuplicateSubareaCodes() {
        long programme = Fixtures.programme(Fixtures.municipality());
        json().body(area(programme, "DEGRADED", List.of(subarea("A", null), subarea("B", null), subarea("A", null))))
                .post(AREAS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("subareas[2].code"), "errors[0].message", containsString("subareas[0]"));
        long id = AreaFixtures.create(area(programme, "DEGRADED", List.of(subarea("A", null))));
        json().header("If-Match", "\"0\"").body(area(programme, "DEGRADED", List.of(subarea("A", null), subarea("A", null))))
                .put(AREAS + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("subareas[1].code"));
        json().get(AREAS + "/" + id).then().header("ETag", equalTo("\"0\"")).body("subareas", hasSize(1));
    }

    @Test
    void rejectsBadInputNamingTheFieldAndWritesNothing() {
        long programme = Fixtures.programme(Fixtures.municipality());
        Map<String, Object> good = revitalisationArea(programme);
        json().body(with(good, "kind", "URBAN")).post(AREAS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"), "errors[0].message", containsString("DEGRADED"));
        json().body(with(good, "name", " ", "designationResolution", "x".repeat(101))).post(AREAS).then().statusCode(400)
                .body("errors.field", hasItem("name"), "errors.field", hasItem("designationResolution"));
        json().body(with(good, "name", "x".repeat(301))).post(AREAS).then().statusCode(400).body("errors[0].field", equalTo("name"));
        json().body(with(good, "area", "big")).post(AREAS).then().statusCode(400).body("errors[0].field", equalTo("area"));
        json().body(with(good, "designationDate", "25.08.2022")).post(AREAS).then().statusCode(400)
                .body("errors[0].field", equalTo("designationDate"));
        json().body(with(good, "programmeId", "three")).post(AREAS).then().statusCode(400).body("errors[0].field", equalTo("programmeId"));
        json().body(with(good, "subareas", "S1")).post(AREAS).then().statusCode(400).body("errors[0].field", equalTo("subareas"));
        json().body("{\"programmeId\": ").post(AREAS).then().statusCode(400).body("errors[0].field", equalTo("body"));
        badSubarea(good, with(subarea("S1", null), "residents", "many"), "subareas[0].residents");
        badSubarea(good, with(subarea("S1", null), "residents", -1), "subareas[0].residents");
        badSubarea(good, with(subarea("S1", null), "areaHa", "-3"), "subareas[0].areaHa");
        badSubarea(good, with(subarea("S1", null), "areaHa", "12345678901.5"), "subareas[0].areaHa");
        badSubarea(good, with(subarea("S1", null), "areaHa", "1.555"), "subareas[0].areaHa");
        badSubarea(good, with(subarea("S1", null), "code", "x".repeat(31)), "subareas[0].code");
        badSubarea(good, with(subarea("S1", null), "code", "S/1"), "subareas[0].code");
        badSubarea(good, with(subarea("S1", null), "code", ""), "subareas[0].code");
        badSubarea(good, with(subarea("S1", null), "name", "x".repeat(301)), "subareas[0].name");
        badSubarea(good, with(subarea("S1", null), "landJustification", "x".repeat(10_001)), "subareas[0].landJustification");
        badSubarea(good, with(subarea("S1", null), "landType", "FOREST"), "subareas[0].landType");
        badSubarea(good, with(subarea("S1", null), "crisis", Map.of("social", "yes")), "subareas[0].crisis.social");
        badSubarea(good, with(subarea("S1", null), "crisis", Map.of("cultural", true)), "subareas[0].crisis.cultural");
        badSubarea(good, with(subarea("S1", null), "id", 5), "subareas[0].id");
        badSubarea(good, with(subarea("S1", null), "landType", "POST_RAILWAY", "residents", 0), "subareas[0].landJustification");
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        json().body(with(good, "subareas", withNull)).post(AREAS).then().statusCode(400).body("errors[0].field", equalTo("subareas[0]"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            tooMany.add(subarea("S" + i, null));
        }
        json().body(with(good, "subareas", tooMany)).post(AREAS).then().statusCode(400).body("errors[0].field", equalTo("subareas"));
        json().queryParam("programme", programme).get(AREAS).then().body("totalItems", equalTo(0));
        // a degraded area may include post-railway land without the art. 10 ust. 3 justification
        AreaFixtures.create(area(programme, "DEGRADED", List.of(with(subarea("S1", null), "landType", "POST_RAILWAY"))));
    }

    private static void badSubarea(Map<String, Object> good, Map<String, Object> subarea, String field) {
        json().body(with(good, "subareas", List.of(subarea))).post(AREAS).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @Test
    void getsAnswersConditionallyAnd404() {
        long id = AreaFixtures.create(revitalisationArea(Fixtures.programme(Fixtures.municipality())));
        String etag = Fixtures.etag(AREAS + "/" + id);
        given().header("If-None-Match", etag).get(AREAS + "/" + id).then().statusCode(304).header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"99\"").get(AREAS + "/" + id).then().statusCode(200);
        given().header("If-None-Match", etag).get(AREAS + "/" + id + "/subareas/S1").then().statusCode(304);
        json().get(AREAS + "/" + id + "/subareas/S2").then().statusCode(200).header("ETag", equalTo(etag))
                .body("code", equalTo("S2"), "geometry.type", equalTo("MultiPolygon"), "residents", equalTo(2500), "id", notNullValue());
        json().get(AREAS + "/999999999").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("999999999"));
        json().get(AREAS + "/999999999/subareas/S1").then().statusCode(404).contentType("application/problem+json");
        json().get(AREAS + "/" + id + "/subareas/NOPE").then().statusCode(404).body("detail", containsString("NOPE"));
        json().get(AREAS + "/abc").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void writesNeedTheCurrentEtag() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = AreaFixtures.create(revitalisationArea(programme));
        Map<String, Object> renamed = with(revitalisationArea(programme), "name", "Zmiana");
        json().body(renamed).put(AREAS + "/" + id).then().statusCode(428).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        json().header("If-Match", "\"7\"").body(renamed).put(AREAS + "/" + id).then().statusCode(412).contentType("application/problem+json");
        given().contentType("application/merge-patch+json").body(Map.of("name", "x")).patch(AREAS + "/" + id).then().statusCode(428);
        given().contentType("application/merge-patch+json").header("If-Match", "\"7\"").body(Map.of("name", "x"))
                .patch(AREAS + "/" + id).then().statusCode(412);
        json().delete(AREAS + "/" + id).then().statusCode(428);
        json().header("If-Match", "\"7\"").delete(AREAS + "/" + id).then().statusCode(412);
        json().header("If-Match", "\"0\"").body(renamed).put(AREAS + "/999999999").then().statusCode(404);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Map.of("name", "x"))
                .patch(AREAS + "/999999999").then().statusCode(404);
        json().header("If-Match", "\"0\"").delete(AREAS + "/999999999").then().statusCode(404).contentType("application/problem+json");
        json().get(AREAS + "/" + id).then().header("ETag", equalTo("\"0\"")).body("name", equalTo("Obszar revitalisation"));
        json().header("If-Match", "\"0\"").body(renamed).put(AREAS + "/" + id).then().statusCode(200).body("name", equalTo("Zmiana"));
        json().header("If-Match", "\"0\"").body(renamed).put(AREAS + "/" + id).then().statusCode(412);
    }

    @Test
    void deletesAnAreaWithItsSubareas() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long id = AreaFixtures.create(revitalisationArea(programme));
        json().header("If-Match", Fixtures.etag(AREAS + "/" + id)).delete(AREAS + "/" + id).then().statusCode(204);
        json().get(AREAS + "/" + id).then().statusCode(404);
        json().get(AREAS + "/" + id + "/subareas/S1").then().statusCode(404);
        // the kind is free again
        AreaFixtures.create(revitalisationArea(programme));
    }

    @Test
    void createdLocationAndEtagMatchTheStoredArea() {
        long id = AreaFixtures.create(revitalisationArea(Fixtures.programme(Fixtures.municipality())));
        String etag = Fixtures.etag(AREAS + "/" + id);
        assertEquals("\"0\"", etag);
        json().get(AREAS + "/" + id).then().header("ETag", endsWith("\""));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemNotNull() {
        return org.hamcrest.Matchers.everyItem(notNullValue());
    }
}
