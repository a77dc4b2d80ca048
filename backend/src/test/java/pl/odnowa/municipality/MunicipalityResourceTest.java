package pl.odnowa.municipality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

@QuarkusTest
class MunicipalityResourceTest extends ApiTest {

    private static Map<String, Object> body(String teryt, String name) {
        return Map.of("teryt", teryt, "name", name, "voivodeship", "śląskie", "nutsCode", "PL225",
                "areaKm2", "124.51", "residents", 166765, "residentsDate", "2023-01-01");
    }

    @Test
    void createsReadsAndListsAMunicipality() {
        String teryt = uniqueTeryt();
        String name = unique("Gmina Żółć");
        json().body(body(teryt, name)).when().post("/api/v1/municipalities")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/municipalities/" + teryt))
                .header("ETag", notNullValue())
                .body("teryt", equalTo(teryt), "name", equalTo(name), "areaKm2", equalTo(124.51f),
                        "residents", equalTo(166765), "residentsDate", equalTo("2023-01-01"));

        json().when().get("/api/v1/municipalities/" + teryt).then().statusCode(200).body("name", equalTo(name));
        json().queryParam("q", name.substring(6).toUpperCase()).when().get("/api/v1/municipalities")
                .then().statusCode(200).body("items.teryt", hasItem(teryt), "totalItems", is(1));
    }

    @Test
    void answersIfNoneMatchWith304() {
        String teryt = Fixtures.municipality();
        String etag = json().get("/api/v1/municipalities/" + teryt).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/municipalities/" + teryt).then().statusCode(304);
    }

    @Test
    void replacesOnlyWithTheCurrentEtag() {
        String teryt = Fixtures.municipality();
        String etag = json().get("/api/v1/municipalities/" + teryt).then().extract().header("ETag");
        json().body(body(teryt, "No precondition")).when().put("/api/v1/municipalities/" + teryt)
                .then().statusCode(428).contentType("application/problem+json").body("errors[0].field", equalTo("If-Match"));
        json().header("If-Match", "\"999\"").body(body(teryt, "Stale")).when().put("/api/v1/municipalities/" + teryt)
                .then().statusCode(412).contentType("application/problem+json");
        String newEtag = json().header("If-Match", etag).body(body(teryt, "Renamed")).when().put("/api/v1/municipalities/" + teryt)
                .then().statusCode(200).body("name", equalTo("Renamed")).extract().header("ETag");
        json().header("If-Match", etag).body(body(teryt, "Lost update")).when().put("/api/v1/municipalities/" + teryt)
                .then().statusCode(412);
        json().get("/api/v1/municipalities/" + teryt).then().body("name", equalTo("Renamed")).header("ETag", equalTo(newEtag));
    }

    @Test
    void patchesWithMergePatch() {
        String teryt = Fixtures.municipality();
        String etag = json().get("/api/v1/municipalities/" + teryt).then().extract().header("ETag");
        given().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("residents", 1000)).when().patch("/api/v1/municipalities/" + teryt)
                .then().statusCode(200).body("residents", equalTo(1000), "name", notNullValue());
    }

    @Test
    void rejectsBadInputNamingTheFieldAndWritesNothing() {
        String teryt = uniqueTeryt();
        json().body(Map.of("teryt", teryt, "name", " ", "areaKm2", "-3")).when().post("/api/v1/municipalities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400), "errors.field", hasItem("name"), "errors.field", hasItem("areaKm2"));
        json().body(Map.of("teryt", teryt, "name", "X", "mayor", "nobody")).when().post("/api/v1/municipalities")
                .then().statusCode(400).body("errors[0].field", equalTo("mayor"));
        json().body(Map.of("teryt", teryt, "name", "X", "residents", "many")).when().post("/api/v1/municipalities")
                .then().statusCode(400).body("errors[0].field", equalTo("residents"));
        json().body("{\"teryt\": ").when().post("/api/v1/municipalities")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        json().body(Map.of("teryt", "12", "name", "X")).when().post("/api/v1/municipalities")
                .then().statusCode(400).body("errors[0].field", equalTo("teryt"));
        json().when().get("/api/v1/municipalities/" + teryt).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(teryt));
    }

    @Test
    void rejectsADuplicateTeryt() {
        String teryt = Fixtures.municipality();
        json().body(body(teryt, "Twin")).when().post("/api/v1/municipalities").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void refusesToDeleteAMunicipalityWithProgrammes() {
        String teryt = Fixtures.municipality();
        Fixtures.programme(teryt);
        String etag = json().get("/api/v1/municipalities/" + teryt).then().extract().header("ETag");
        json().header("If-Match", etag).when().delete("/api/v1/municipalities/" + teryt)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("programmes"));
        json().get("/api/v1/municipalities/" + teryt).then().statusCode(200);
    }

    @Test
    void deletesWithTheCurrentEtag() {
        String teryt = Fixtures.municipality();
        String etag = json().get("/api/v1/municipalities/" + teryt).then().extract().header("ETag");
        json().when().delete("/api/v1/municipalities/" + teryt).then().statusCode(428);
        json().header("If-Match", etag).when().delete("/api/v1/municipalities/" + teryt).then().statusCode(204);
        json().get("/api/v1/municipalities/" + teryt).then().statusCode(404);
    }

    @Test
    void validatesPagingAndSorting() {
        json().queryParam("size", 201).get("/api/v1/municipalities").then().statusCode(400).body("errors[0].field", equalTo("size"));
        json().queryParam("page", "x").get("/api/v1/municipalities").then().statusCode(400).body("errors[0].field", equalTo("page"));
        json().queryParam("sort", "name;drop table municipality").get("/api/v1/municipalities").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        json().queryParam("sort", "-residents").queryParam("size", 5).get("/api/v1/municipalities").then().statusCode(200)
                .body("size", equalTo(5), "page", equalTo(0));
    }
}
