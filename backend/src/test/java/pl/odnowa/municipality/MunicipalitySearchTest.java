package pl.odnowa.municipality;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;

/** The directory's search: name with diacritics, case and punctuation optional, or TERYT digits; voivodeship filter. */
@QuarkusTest
class MunicipalitySearchTest extends ApiTest {

    private static String create(String name, String voivodeship) {
        String teryt = uniqueTeryt();
        json().body(Map.of("teryt", teryt, "name", name, "voivodeship", voivodeship)).post("/api/v1/municipalities")
                .then().statusCode(201).body("voivodeship", equalTo(voivodeship.toLowerCase(java.util.Locale.ROOT)
                        .replace("slaskie", "śląskie").replace("lodzkie", "łódzkie")));
        return teryt;
    }

    @Test
    void findsNamesWithoutPolishLettersCaseOrPunctuation() {
        String tag = "t" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String lodz = create("Łódź " + tag, "łódzkie");
        String bielsko = create("Bielsko-Biała " + tag, "śląskie");
        json().queryParam("q", "lodz " + tag).get("/api/v1/municipalities").then().statusCode(200)
                .body("items.teryt", hasItem(lodz), "items.teryt", not(hasItem(bielsko)));
        json().queryParam("q", "bielsko biala " + tag).get("/api/v1/municipalities").then().statusCode(200)
                .body("items.teryt", hasItem(bielsko), "totalItems", equalTo(1));
        json().queryParam("q", "BIELSKO-BIAŁA " + tag).get("/api/v1/municipalities").then().body("items.teryt", hasItem(bielsko));
        json().queryParam("q", "ŁÓDŹ").queryParam("size", 200).get("/api/v1/municipalities").then().body("items.teryt", hasItem(lodz));
        // a % or _ is punctuation, not a wildcard
        json().queryParam("q", "%_" + tag).get("/api/v1/municipalities").then().body("totalItems", equalTo(2));
    }

    @Test
    void findsByTheFirstDigitsOfTheTerytAndFiltersByVoivodeship() {
        String teryt = create(unique("Gmina Opolska"), "opolskie");
        json().queryParam("q", teryt).get("/api/v1/municipalities").then().statusCode(200)
                .body("items.teryt", equalTo(java.util.List.of(teryt)));
        json().queryParam("q", teryt.substring(0, 5)).queryParam("size", 200).get("/api/v1/municipalities")
                .then().body("items.teryt", hasItem(teryt), "items.teryt", everyItem(org.hamcrest.Matchers.startsWith(teryt.substring(0, 5))));
        json().queryParam("voivodeship", "opolskie").queryParam("size", 200).get("/api/v1/municipalities").then().statusCode(200)
                .body("items.teryt", hasItem(teryt), "items.voivodeship", everyItem(equalTo("opolskie")));
        json().queryParam("voivodeship", "Slaskie").queryParam("q", teryt).get("/api/v1/municipalities").then()
                .body("totalItems", equalTo(0));
        json().queryParam("voivodeship", "slaskie").queryParam("size", 200).get("/api/v1/municipalities").then().statusCode(200)
                .body("items.voivodeship", everyItem(equalTo("śląskie")));
    }

    @Test
    void badFiltersAre400ProblemsNamingTheParameter() {
        json().queryParam("voivodeship", "bawarskie").get("/api/v1/municipalities").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("voivodeship"),
                        "errors[0].message", containsString("śląskie"));
        json().queryParam("q", "x".repeat(201)).get("/api/v1/municipalities").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
    }

    @Test
    void aMunicipalityNeedsAKnownVoivodeshipAndEveryBadFieldIsNamedAtOnce() {
        String teryt = uniqueTeryt();
        json().body(Map.of("teryt", teryt, "name", " ", "voivodeship", "Bavaria")).post("/api/v1/municipalities")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"), "errors.field", hasItem("voivodeship"));
        json().get("/api/v1/municipalities/" + teryt).then().statusCode(404);
    }
}
