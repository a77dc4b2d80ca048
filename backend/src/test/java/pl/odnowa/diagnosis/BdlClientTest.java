package pl.odnowa.diagnosis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * year, val, attrId) and for /units and /units/search (totalRecords, page, pageSize, links, results[] with id, name,
 * parentId, level, kind). The figures and the region/subregion digits of the unit ids are illustrative, not GUS data.
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

    // Bielsko-Biała, TERYT 2461011 (voivodeship 24, powiat 61, gmina 01, kind 1 = gmina miejska). Its BDL id below has
    // the TERYT digits where BDL puts them; the macroregion "01", region "2" and subregion "99" are illustrative.
    private static final String GMINA = "012429961011";

    private static String units(String next, String... results) {
        return """
                {"totalRecords": %d, "page": 0, "pageSize": 100, "links": {"first": "x", "self": "x"%s},
                 "results": [%s]}""".formatted(results.length, next == null ? "" : ", \"next\": \"" + next + "\"",
                String.join(",", results));
    }

    private static String unit(String id, String name, int level, String kind) {
        return """
                {"id": "%s", "name": "%s", "parentId": "%s", "level": %d, "kind": %s, "hasDescription": false}""".formatted(
                id, name, id.substring(0, 7) + "00000", level, kind == null ? "null" : "\"" + kind + "\"");
    }

    private void serve(String path, String query, String value, String body) {
        server.stubFor(get(urlPathEqualTo(path)).withQueryParam(query, equalTo(value))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Test
    void theBdlIdOfATerytCodeIsFoundByNameAmongLookalikesThenItsDataAreReadAndTheMatchIsCached() {
        // The search by name answers the powiat (level 5, same digits but ending 000), a gmina of the same name in
        // another voivodeship (12 instead of 24) and a gmina wiejska (kind 2) before the gmina miejska.
        serve("/api/v1/units/search", "name", "Bielsko-Biała", units(null,
                unit("012429961000", "Powiat m. Bielsko-Biała", 5, null),
                unit("011229961011", "Bielsko-Biała", 6, "1"),
                unit("012429961012", "Bielsko-Biała", 6, "2"),
                unit(GMINA, "Bielsko-Biała", 6, "1")));
        server.stubFor(get(urlPathEqualTo("/api/v1/data/by-unit/" + GMINA)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(page(null, "72305", 2022, "168319"))));
        BdlClient client = new BdlClient(new ObjectMapper(), server.baseUrl() + "/api/v1", Optional.empty());

        BdlClient.Statistics statistics = client.byTeryt("2461011", "Bielsko-Biała", List.of("72305"), List.of(2022));
        assertEquals(GMINA, statistics.unit().unitId());
        assertEquals("2461011", statistics.unit().teryt());
        assertEquals(6, statistics.unit().level());
        assertEquals(1, statistics.unit().kind());
        assertTrue(statistics.unit().source().contains("/units/search?"), statistics.unit().source());
        assertNotNull(statistics.unit().retrievedAt());
        assertEquals(1, statistics.values().size());
        assertEquals(168319.0, statistics.values().get(0).value());
        server.verify(getRequestedFor(urlPathEqualTo("/api/v1/units/search")).withQueryParam("level", equalTo("6")));

        // The mapping is cached: asking again goes to BDL for nothing.
        assertEquals(GMINA, client.unitForTeryt("2461011", "Bielsko-Biała").unitId());
        client.byTeryt("2461011", "Bielsko-Biała", List.of("72305"), List.of(2022));
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/units/search")));
        server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/data/by-unit/" + GMINA)));
    }

    @Test
    void withoutANameMatchTheGminyOfTheVoivodeshipAreListedFollowingTheirPages() {
        serve("/api/v1/units/search", "name", "Bielsko Biała", units(null));
        serve("/api/v1/units", "level", "2", units(null,
                unit("011200000000", "MAŁOPOLSKIE", 2, null), unit("012400000000", "ŚLĄSKIE", 2, null)));
        String second = server.baseUrl() + "/api/v1/units?format=json&page-size=100&level=6&parent-id=012400000000&page=1";
        server.stubFor(get(urlPathEqualTo("/api/v1/units")).withQueryParam("parent-id", equalTo("012400000000"))
                .withQueryParam("page", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(units(second, unit("012420362011", "Bytom", 6, "1")))));
        server.stubFor(get(urlPathEqualTo("/api/v1/units")).withQueryParam("page", equalTo("1"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(units(null, unit(GMINA, "Bielsko-Biała", 6, "1")))));
        BdlClient client = new BdlClient(new ObjectMapper(), server.baseUrl() + "/api/v1", Optional.of("test-key"));

        BdlClient.UnitMatch match = client.unitForTeryt("2461011", "Bielsko Biała");
        assertEquals(GMINA, match.unitId());
        assertTrue(match.source().contains("parent-id=012400000000"), match.source());
        server.verify(getRequestedFor(urlPathEqualTo("/api/v1/units")).withHeader("X-ClientId", equalTo("test-key"))
                .withQueryParam("level", equalTo("6")));
    }

    @Test
    void aTerytCodeBdlDoesNotListIsAnExceptionNamingItAndIsNotCached() {
        serve("/api/v1/units", "level", "2", units(null, unit("012400000000", "ŚLĄSKIE", 2, null)));
        serve("/api/v1/units", "parent-id", "012400000000", units(null, unit("012420362011", "Bytom", 6, "1")));
        BdlClient client = new BdlClient(new ObjectMapper(), server.baseUrl() + "/api/v1", Optional.empty());
        var e = assertThrows(BdlClient.UnknownUnitException.class, () -> client.unitForTeryt("2499011", null));
        assertTrue(e.getMessage().contains("2499011"));
        assertThrows(BdlClient.UnknownUnitException.class, () -> client.unitForTeryt("2499011", null));
        server.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/units")).withQueryParam("level", equalTo("2")));
        assertThrows(IllegalArgumentException.class, () -> client.unitForTeryt("24610", null));
    }

    @Test
    void whichBdlIdsStandForATerytCode() {
        // 01 | 24 | 2 | 99 | 61 | 01 | 1  against  24 | 61 | 01 | 1
        assertTrue(BdlClient.encodes(GMINA, "2461011"));
        assertFalse(BdlClient.encodes("012429961012", "2461011"), "another kind of gmina");
        assertFalse(BdlClient.encodes("011229961011", "2461011"), "another voivodeship");
        assertFalse(BdlClient.encodes("012429961000", "2461011"), "the powiat");
        assertFalse(BdlClient.encodes("24610110000", "2461011"), "not 12 characters");
    }
}
