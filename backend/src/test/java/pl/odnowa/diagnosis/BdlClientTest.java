package pl.odnowa.diagnosis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * The BDL client against a local HTTP server (WireMock) serving answers in the shape BDL documents for
 * /data/by-unit/{unitId} (totalRecords, page, pageSize, links, unitId, unitName, results[].id, results[].values[] with
 * year, val, attrId). The figures are illustrative, not GUS data.
 */
class BdlClientTest {

    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static String page(String next, String variable, int year, String value) {
        return """
                {"totalRecords": 2, "page": 0, "pageSize": 1,
                 "links": {"first": "x", "self": "x"%s},
                 "unitId": "024000000000", "unitName": "Gmina (illustrative)", "aggregateId": 1,
                 "results": [{"id": "%s", "measureUnitId": 1, "lastUpdate": "2024-06-01T00:00:00",
                   "values": [{"year": "%d", "val": %s, "attrId": 1}]}]}""".formatted(
                next == null ? "" : ", \"next\": \"" + next + "\"", variable, year, value);
    }

    @Test
    void readsValuesWithProvenanceFollowsPagesSendsTheKeyAndCaches() {
        String base = server.baseUrl() + "/api/v1";
        server.stubFor(get(urlPathEqualTo("/api/v1/data/by-unit/024000000000")).withQueryParam("year", equalTo("2022"))
                .withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(page(server.baseUrl() + "/api/v1/data/by-unit/024000000000?page=1&year=2022", "72305", 2022, "170663"))));
        server.stubFor(get(urlPathEqualTo("/api/v1/data/by-unit/024000000000")).withQueryParam("page", equalTo("1"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(page(null, "60270", 2022, "3.1"))));
        BdlClient client = new BdlClient(new ObjectMapper(), base, Optional.of("test-key"));

        List<BdlClient.Value> values = client.byUnit("024000000000", List.of("72305", "60270"), List.of(2022));
        assertEquals(2, values.size());
        assertEquals("72305", values.get(0).variableId());
        assertEquals(2022, values.get(0).year());
        assertEquals(170663.0, values.get(0).value());
        assertEquals(3.1, values.get(1).value());
        assertNotNull(values.get(0).retrievedAt());
        assertTrue(values.get(0).source().contains("zmienna 72305, rok 2022"));
        server.verify(getRequestedFor(urlPathEqualTo("/api/v1/data/by-unit/024000000000"))
                .withHeader("X-ClientId", equalTo("test-key")).withQueryParam("var-id", equalTo("72305")));

        client.byUnit("024000000000", List.of("72305", "60270"), List.of(2022));
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/data/by-unit/024000000000")));
    }

    @Test
    void anErrorAnswerIsAnExceptionNamingIt() {
        server.stubFor(get(urlPathEqualTo("/api/v1/data/by-unit/1")).willReturn(aResponse().withStatus(429)));
        BdlClient client = new BdlClient(new ObjectMapper(), server.baseUrl() + "/api/v1", Optional.empty());
        var e = assertThrows(BdlClient.BdlException.class, () -> client.byUnit("1", List.of("72305"), List.of(2022)));
        assertTrue(e.getMessage().contains("429"));
    }
}
