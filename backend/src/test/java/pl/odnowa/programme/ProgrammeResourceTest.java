package pl.odnowa.programme;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Callers;
import pl.odnowa.common.Fixtures;

@QuarkusTest
class ProgrammeResourceTest extends ApiTest {

    @Test
    void createsAProgrammeWithGoalsAndAPredecessor() {
        String teryt = Fixtures.municipality();
        long first = Fixtures.programme(teryt, Map.of("legalBasis", "PR", "periodFrom", 2007, "periodTo", 2013, "status", "COMPLETED"));
        Map<String, Object> body = Map.of("municipality", teryt, "name", "GPR do 2030", "legalBasis", "GPR", "status", "DRAFT",
                "periodFrom", 2022, "periodTo", 2030, "predecessorId", first,
                "resolutionNumber", "XLVIII/1119/2022", "resolutionDate", "2022-09-22",
                "goals", List.of(Map.of("code", "CS1", "title", "Aktywni mieszkańcy")));
        json().body(body).when().post("/api/v1/programmes").then().statusCode(201)
                .header("Location", containsString("/api/v1/programmes/"))
                .body("predecessorId", equalTo((int) first), "goals[0].code", equalTo("CS1"),
                        "municipality", equalTo(teryt), "resolutionDate", equalTo("2022-09-22"));
        json().queryParam("municipality", teryt).queryParam("sort", "periodFrom").when().get("/api/v1/programmes")
                .then().statusCode(200).body("totalItems", equalTo(2), "items.legalBasis", contains("PR", "GPR"));
    }

    @Test
    void filtersByStatusLegalBasisYearAndName() {
        String teryt = Fixtures.municipality();
        Fixtures.programme(teryt, Map.of("name", "Stary program", "legalBasis", "PR", "periodFrom", 2007, "periodTo", 2013, "status", "COMPLETED"));
        Fixtures.programme(teryt, Map.of("name", "Nowy program", "legalBasis", "GPR", "periodFrom", 2022, "periodTo", 2030));
        json().queryParams(Map.of("municipality", teryt, "activeIn", 2010)).get("/api/v1/programmes")
                .then().body("items.name", contains("Stary program"));
        json().queryParams(Map.of("municipality", teryt, "legalBasis", "GPR")).get("/api/v1/programmes")
                .then().body("items.name", contains("Nowy program"));
        json().queryParams(Map.of("municipality", teryt, "q", "NOWY")).get("/api/v1/programmes")
                .then().body("items.name", contains("Nowy program"));
        json().queryParams(Map.of("municipality", teryt, "sort", "-periodFrom")).get("/api/v1/programmes")
                .then().body("items.name", contains("Nowy program", "Stary program"));
        json().queryParam("status", "FINISHED").get("/api/v1/programmes").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        json().queryParam("activeIn", "soon").get("/api/v1/programmes").then().statusCode(400)
                .body("errors[0].field", equalTo("activeIn"));
    }

    @Test
    void keepsTheSpecialRevitalisationZoneAndChecksItsDates() {
        String teryt = Fixtures.municipality();
        long id = Fixtures.programme(teryt, Map.of("specialZone", Map.of("established", true, "start", "2024-01-01", "end", "2033-12-31")));
        json().get("/api/v1/programmes/" + id).then().statusCode(200)
                .body("specialZone.established", equalTo(true), "specialZone.start", equalTo("2024-01-01"),
                        "specialZone.end", equalTo("2033-12-31"));
        mergePatch(Fixtures.etag("/api/v1/programmes/" + id)).body(Map.of("specialZone", Map.of("end", "2023-01-01")))
                .when().patch("/api/v1/programmes/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("specialZone.end"));
        json().get("/api/v1/programmes/" + id).then().body("specialZone.end", equalTo("2033-12-31"));
    }

    @Test
    void sortsMissingValuesLastInEitherDirection() {
        String teryt = Fixtures.municipality();
        Fixtures.programme(teryt, Map.of("name", "Otwarty", "periodFrom", 2022, "periodTo", 2030));
        Map<String, Object> openEnded = new java.util.HashMap<>(Map.of("name", "Bez końca", "periodFrom", 2023));
        openEnded.put("periodTo", null);
        Fixtures.programme(teryt, openEnded);
        Fixtures.programme(teryt, Map.of("name", "Zamknięty", "periodFrom", 2007, "periodTo", 2013));
        json().queryParams(Map.of("municipality", teryt, "sort", "-periodTo")).get("/api/v1/programmes")
                .then().body("items.name", contains("Otwarty", "Zamknięty", "Bez końca"));
        json().queryParams(Map.of("municipality", teryt, "sort", "periodTo")).get("/api/v1/programmes")
                .then().body("items.name", contains("Zamknięty", "Otwarty", "Bez końca"));
    }

    @Test
    void rejectsALineageLoopAndAForeignPredecessor() {
        String teryt = Fixtures.municipality();
        long a = Fixtures.programme(teryt);
        long b = Fixtures.programme(teryt, Map.of("predecessorId", a));
        String etag = Fixtures.etag("/api/v1/programmes/" + a);
        given("application/merge-patch+json").header("If-Match", etag).body(Map.of("predecessorId", b))
                .when().patch("/api/v1/programmes/" + a).then().statusCode(400).body("errors[0].field", equalTo("predecessorId"));
        long foreign = Fixtures.programme(Fixtures.municipality());
        json().body(Map.of("municipality", teryt, "name", "X", "legalBasis", "GPR", "status", "DRAFT", "periodFrom", 2022,
                "predecessorId", foreign)).when().post("/api/v1/programmes").then().statusCode(400)
                .body("errors[0].field", equalTo("predecessorId"));
        json().get("/api/v1/programmes/" + a).then().body("predecessorId", nullValue());
    }

    @Test
    void rejectsBadInputAndWritesNothing() {
        String teryt = Fixtures.municipality();
        json().body(Map.of("municipality", teryt, "name", "X", "legalBasis", "LAW", "status", "DRAFT", "periodFrom", 2022))
                .when().post("/api/v1/programmes").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("legalBasis"), "errors[0].message", containsString("GPR"));
        json().body(Map.of("municipality", teryt, "name", "X", "legalBasis", "GPR", "status", "DRAFT", "periodFrom", 2022, "periodTo", 2020))
                .when().post("/api/v1/programmes").then().statusCode(400).body("errors.field", hasItem("periodTo"));
        json().body(Map.of("municipality", "9999999", "name", "X", "legalBasis", "GPR", "status", "DRAFT", "periodFrom", 2022))
                .when().post("/api/v1/programmes").then().statusCode(400).body("errors[0].field", equalTo("municipality"));
        json().body(Map.of("municipality", teryt, "legalBasis", "GPR", "status", "DRAFT", "periodFrom", 2022,
                "goals", List.of(Map.of("code", "", "title", "t"))))
                .when().post("/api/v1/programmes").then().statusCode(400).body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("goals[0].code"));
        json().queryParam("municipality", teryt).get("/api/v1/programmes").then().body("totalItems", equalTo(0));
        json().get("/api/v1/programmes/999999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesToDeleteAProgrammeWithASuccessor() {
        String teryt = Fixtures.municipality();
        long a = Fixtures.programme(teryt);
        long b = Fixtures.programme(teryt, Map.of("predecessorId", a));
        json().header("If-Match", Fixtures.etag("/api/v1/programmes/" + a)).delete("/api/v1/programmes/" + a)
                .then().statusCode(409).body("detail", containsString("predecessor"));
        json().header("If-Match", Fixtures.etag("/api/v1/programmes/" + b)).delete("/api/v1/programmes/" + b).then().statusCode(204);
        json().header("If-Match", Fixtures.etag("/api/v1/programmes/" + a)).delete("/api/v1/programmes/" + a).then().statusCode(204);
    }

    @Test
    void aPredecessorThatIsADraftIsHiddenFromReadersWhoMayNotSeeIt() {
        String teryt = Fixtures.municipality();
        long draft = Fixtures.programme(teryt, Map.of("legalBasis", "PR", "periodFrom", 2014, "periodTo", 2021));
        long programme = Fixtures.programme(teryt, Map.of("published", true, "predecessorId", draft));
        String path = "/api/v1/programmes/" + programme;
        String full = json().get(path).then().statusCode(200).body("predecessorId", equalTo((int) draft)).extract().header("ETag");
        String otherCity = Callers.token(Fixtures.municipality(), "EDITOR");
        for (RequestSpecification reader : List.of(anonymous(), as(otherCity))) {
            reader.accept("application/json").get(path).then().statusCode(200).body("predecessorId", nullValue());
        }
        anonymous().accept("application/json").queryParam("municipality", teryt).get("/api/v1/programmes").then()
                .body("items.id", contains((int) programme), "items[0].predecessorId", nullValue());
        anonymous().accept("application/json").queryParam("lang", "en").get(path + "/report").then().statusCode(200)
                .body("summary.lineage.id", contains((int) programme), "summary.lineage[0].predecessorId", nullValue());
        as(Callers.token(teryt, "VIEWER")).accept("application/json").get(path).then().body("predecessorId", equalTo((int) draft));
        // the superadmin's tag names the superadmin's body: a reader holding it gets its own
        String partial = anonymous().accept("application/json").header("If-None-Match", full).get(path).then().statusCode(200)
                .body("predecessorId", nullValue()).extract().header("ETag");
        anonymous().accept("application/json").header("If-None-Match", partial).get(path).then().statusCode(304);

        // published, the predecessor shows, and the reader's tag moves with it
        mergePatch(Fixtures.etag("/api/v1/programmes/" + draft)).body(Map.of("published", true))
                .patch("/api/v1/programmes/" + draft).then().statusCode(200);
        anonymous().accept("application/json").header("If-None-Match", partial).get(path).then().statusCode(200)
                .header("ETag", equalTo(full)).body("predecessorId", equalTo((int) draft));
    }

    @Test
    void createdProgrammeLocationPointsAtIt() {
        String teryt = Fixtures.municipality();
        String location = json().body(Map.of("municipality", teryt, "name", "X", "legalBasis", "IDS", "status", "DRAFT", "periodFrom", 2022))
                .post("/api/v1/programmes").then().statusCode(201).extract().header("Location");
        json().get(location).then().statusCode(200).body("legalBasis", equalTo("IDS"))
                .header("ETag", endsWith("\""));
    }

    @Test
    void listsAFullPageWithAFixedNumberOfStatements() {
        String small = Fixtures.municipality();
        long first = Fixtures.programme(small);
        Fixtures.programme(small, Map.of("predecessorId", first));
        String large = Fixtures.municipality();
        Long previous = null;
        for (int i = 0; i < 200; i++) {
            previous = Fixtures.programme(large, previous == null ? Map.of() : Map.of("predecessorId", previous));
        }
        long forTwo = statementsDuring(() -> json().queryParams(Map.of("municipality", small, "size", 200))
                .get("/api/v1/programmes").then().statusCode(200).body("items.size()", equalTo(2)));
        long forTwoHundred = statementsDuring(() -> json().queryParams(Map.of("municipality", large, "size", 200))
                .get("/api/v1/programmes").then().statusCode(200).body("items.size()", equalTo(200)));
        org.junit.jupiter.api.Assertions.assertEquals(forTwo, forTwoHundred, "statements for 2 vs 200 items");
        org.junit.jupiter.api.Assertions.assertTrue(forTwoHundred <= 3, "statements for a page: " + forTwoHundred);
    }

    private static io.restassured.specification.RequestSpecification given(String contentType) {
        return io.restassured.RestAssured.given().contentType(contentType);
    }
}
