package pl.odnowa.diagnosis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/**
 * GET /api/v1/municipalities/{teryt}/statistics through HTTP, with BDL served by a local WireMock server in BDL's documented
 * shape (/units/search: results[] with id, name, parentId, level, kind; /data/by-unit/{unitId}: unitId, unitName,
 * results[].id, measureUnitId, lastUpdate, values[] with year, val, attrId). Figures and the non-TERYT digits of the unit
 * ids are illustrative, not GUS data.
 */
@QuarkusTest
@TestProfile(BdlStatisticsTest.LocalBdl.class)
class BdlStatisticsTest extends ApiTest {

    public static class LocalBdl implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Server.class));
        }
    }

    /** The local BDL: one WireMock server for the class, its address given to the app as odnowa.bdl.base-url. */
    public static class Server implements QuarkusTestResourceLifecycleManager {
        static WireMockServer server;

        @Override
        public Map<String, String> start() {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            server.start();
            return Map.of("odnowa.bdl.base-url", server.baseUrl() + "/api/v1", "odnowa.bdl.timeout", "PT2S");
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop();
            }
        }
    }

    /** A BDL id standing for the TERYT code (macroregion 01, region 2 and subregion 99 illustrative) */
    static String unitId(String teryt) {
        return "01" + teryt.substring(0, 2) + "299" + teryt.substring(2);
    }

    /** Creates a municipality and has the local BDL list its unit for /units/search. */
    static String municipality() {
        String teryt = Fixtures.municipality();
        String id = unitId(teryt);
        String name = json().get("/api/v1/municipalities/" + teryt).then().statusCode(200).extract().path("name");
        Server.server.stubFor(get(urlPathEqualTo("/api/v1/units/search")).withQueryParam("name", WireMock.equalTo(name))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"totalRecords": 1, "page": 0, "pageSize": 100, "links": {"first": "x", "self": "x"},
                         "results": [{"id": "%s", "name": "%s", "parentId": "%s", "level": 6, "kind": "%s", "hasDescription": false}]}"""
                        .formatted(id, name, id.substring(0, 7) + "00000", teryt.charAt(6)))));
        return teryt;
    }

    static void data(String teryt, String body) {
        Server.server.stubFor(get(urlPathEqualTo("/api/v1/data/by-unit/" + unitId(teryt)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    static String population(String teryt) {
        return """
                {"totalRecords": 1, "page": 0, "pageSize": 100, "links": {"first": "x", "self": "x"},
                 "unitId": "%s", "unitName": "Gmina (illustrative)", "aggregateId": 1,
                 "results": [{"id": "72305", "measureUnitId": 1, "lastUpdate": "2024-06-01T00:00:00",
                   "values": [{"year": "2022", "val": 168319, "attrId": 1}]}]}""".formatted(unitId(teryt));
    }

    @Test
    void aWorkedExampleVariable72305In2022WithItsProvenanceAndASecondCallServedFromTheCache() {
        String teryt = municipality();
        data(teryt, population(teryt));
        String path = "/api/v1/municipalities/" + teryt + "/statistics";
        // 60270 is asked too but BDL gives nothing for it: it is listed as missing.
        anonymous().accept("application/json").queryParam("variable", "72305", "60270").queryParam("year", "2022").get(path)
                .then().statusCode(200)
                .body("municipality", equalTo(teryt), "source", equalTo("GUS BDL"), "unit.id", equalTo(unitId(teryt)),
                        "unit.foundAt", containsString("/units/search?"), "unit.retrievedAt", notNullValue(),
                        "values", hasSize(1), "values[0].variableId", equalTo("72305"), "values[0].year", equalTo(2022),
                        "values[0].value", equalTo(168319.0f), "values[0].measureUnitId", equalTo(1), "values[0].attributeId", equalTo(1),
                        "values[0].lastUpdate", equalTo("2024-06-01T00:00:00"), "values[0].source", equalTo("GUS BDL"),
                        "values[0].url", equalTo(Server.server.baseUrl() + "/api/v1/data/by-unit/" + unitId(teryt)
                                + "?format=json&var-id=72305&year=2022"),
                        "values[0].retrievedAt", notNullValue(), "missing", equalTo(List.of("60270")));
        Server.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/data/by-unit/" + unitId(teryt)))
                .withQueryParam("var-id", WireMock.equalTo("72305")).withQueryParam("year", WireMock.equalTo("2022")));

        // The same question again (variables in another order): BDL is not asked again.
        anonymous().queryParam("variable", "60270", "72305").queryParam("year", "2022").get(path).then().statusCode(200)
                .body("values[0].value", equalTo(168319.0f));
        Server.server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/data/by-unit/" + unitId(teryt))));
        Server.server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/units/search")).withQueryParam("name", WireMock.equalTo(
                json().get("/api/v1/municipalities/" + teryt).then().extract().<String>path("name"))));
    }

    @Test
    void badVariablesAndYearsAre400NamingTheField() {
        String teryt = municipality();
        String path = "/api/v1/municipalities/" + teryt + "/statistics";
        anonymous().queryParam("variable", "abc").get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("variable"), "detail", containsString("abc"));
        anonymous().get(path).then().statusCode(400).body("errors[0].field", equalTo("variable"));
        anonymous().queryParam("variable", "72305").queryParam("year", "1990").get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        anonymous().queryParam("variable", "72305").queryParam("year", "twenty").get(path).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        // A variable BDL itself refuses (it answers 400): a 400 naming variable.
        Server.server.stubFor(get(urlPathEqualTo("/api/v1/data/by-unit/" + unitId(teryt))).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"errors\": [\"var-id\"]}")));
        anonymous().queryParam("variable", "999999999").get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("variable"));
    }

    @Test
    void bdlDownOrAnsweringErrorsIs503Or502AndNeverHangs() {
        String teryt = municipality();
        String path = "/api/v1/municipalities/" + teryt + "/statistics";
        String data = "/api/v1/data/by-unit/" + unitId(teryt);
        Server.server.stubFor(get(urlPathEqualTo(data)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        anonymous().queryParam("variable", "72305").get(path).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "60").body("type", equalTo("urn:odnowa:problem:bdl-unavailable"),
                        "detail", containsString("could not be reached"));
        // Slower than the configured timeout (PT2S): 503, not a hang.
        Server.server.stubFor(get(urlPathEqualTo(data)).willReturn(aResponse().withFixedDelay(4000).withBody("{}")));
        anonymous().queryParam("variable", "72305").get(path).then().statusCode(503).body("detail", containsString("could not be reached"));
        Server.server.stubFor(get(urlPathEqualTo(data)).willReturn(aResponse().withStatus(500)));
        anonymous().queryParam("variable", "72305").get(path).then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo("urn:odnowa:problem:bdl-bad-gateway"), "detail", containsString("500"));
        Server.server.stubFor(get(urlPathEqualTo(data)).willReturn(aResponse().withStatus(404)));
        anonymous().queryParam("variable", "72305").get(path).then().statusCode(404).body("detail", containsString(teryt));
        // An error is not cached: once BDL answers, the values come.
        data(teryt, population(teryt));
        anonymous().queryParam("variable", "72305").get(path).then().statusCode(200).body("values[0].value", equalTo(168319.0f));
    }

    @Test
    void anUnknownMunicipalityOrAUnitBdlDoesNotListIs404() {
        anonymous().queryParam("variable", "72305").get("/api/v1/municipalities/9999999/statistics").then().statusCode(404)
                .contentType("application/problem+json");
        // Neither the name search nor the voivodeship's gminy list the unit.
        String teryt = Fixtures.municipality();
        Server.server.stubFor(get(urlPathEqualTo("/api/v1/units/search")).atPriority(10).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"totalRecords\": 0, \"links\": {}, \"results\": []}")));
        Server.server.stubFor(get(urlPathEqualTo("/api/v1/units")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"totalRecords\": 0, \"links\": {}, \"results\": []}")));
        anonymous().queryParam("variable", "72305").get("/api/v1/municipalities/" + teryt + "/statistics").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("TERYT " + teryt));
    }
}
