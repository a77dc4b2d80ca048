package pl.odnowa.reliability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/** Regressions found by the hostile-input test: each was a 500 or a silently accepted value. */
@QuarkusTest
class StrictInputTest extends ApiTest {

    private static long programmes(String teryt) {
        return given().accept(ContentType.JSON).queryParam("municipality", teryt).when().get("/api/v1/programmes")
                .then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    private static String programme(String teryt, String extra) {
        return "{\"municipality\":\"" + teryt + "\",\"name\":\"" + unique("Programme") + "\",\"legalBasis\":\"GPR\","
                + "\"status\":\"IN_FORCE\",\"periodFrom\":2022,\"periodTo\":2030" + extra + "}";
    }

    @Test
    void nulInTextIsABadRequestNamingTheField() {
        String teryt = Fixtures.municipality();
        given().contentType(ContentType.JSON).body(programme(teryt, ",\"shortName\":\"a\\u0000b\""))
                .when().post("/api/v1/programmes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("shortName"))
                .body("errors[0].message", equalTo("must not contain the NUL character (\\u0000)"));
        assertNothingWritten(teryt);
    }

    @Test
    void datesPostgresCannotStoreAndNumbersForDatesAreBadRequests() {
        String teryt = Fixtures.municipality();
        for (String date : new String[] {"\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"0000-01-01\"", "20220101"}) {
            given().contentType(ContentType.JSON).body(programme(teryt, ",\"resolutionDate\":" + date))
                    .when().post("/api/v1/programmes")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("resolutionDate"));
        }
        assertNothingWritten(teryt);
    }

    @Test
    void malformedUtf8IsRefusedEvenWhereJacksonWouldReadIt() {
        String teryt = Fixtures.municipality();
        // C0 AF is an overlong "/", ED A0 80 an encoded surrogate: both are not UTF-8
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}}) {
            byte[] body = HostileInputTest.replace(programme(teryt, ",\"shortName\":\"MARK\"").getBytes(StandardCharsets.UTF_8),
                    "MARK".getBytes(StandardCharsets.UTF_8), bad);
            given().contentType(ContentType.JSON).body(body).when().post("/api/v1/programmes")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("body")).body("errors[0].message", equalTo("is not valid UTF-8"));
        }
        assertNothingWritten(teryt);
    }

    @Test
    void nulInAPathParameterIsAProblemNotA500() {
        given().accept(ContentType.JSON).urlEncodingEnabled(false).when().get("/api/v1/municipalities/%00")
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("status", equalTo(400));
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        String teryt = Fixtures.municipality();
        String big = programme(teryt, ",\"description\":\"" + "z".repeat(11 * 1024 * 1024) + "\"");
        given().contentType(ContentType.JSON).body(big).when().post("/api/v1/programmes")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("errors[0].field", equalTo("body"));
        assertNothingWritten(teryt);
    }

    private static void assertNothingWritten(String teryt) {
        org.junit.jupiter.api.Assertions.assertEquals(0, programmes(teryt), Map.of("municipality", teryt).toString());
    }
}
