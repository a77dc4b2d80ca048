package pl.odnowa.diagnosis;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Client of the GUS Local Data Bank API (BDL, https://bdl.stat.gov.pl/api/v1): the values of variables for one unit
 * (GET /data/by-unit/{unitId}?var-id=...&year=...&format=json), with the optional X-ClientId key. Answers are cached per
 * unit, variables and years for the life of the process (BDL data of a past year seldom changes), and each value keeps its
 * provenance: variable id, year, unit and when it was retrieved.
 */
@ApplicationScoped
public class BdlClient {

    /** One value of a BDL variable for a unit and year, with where and when it came from. */
    public record Value(String unitId, String unitName, String variableId, int year, Double value, Integer attributeId,
            String source, OffsetDateTime retrievedAt) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ConcurrentHashMap<String, List<Value>> cache = new ConcurrentHashMap<>();
    private final ObjectMapper mapper;
    private final String baseUrl;
    private final Optional<String> clientId;

    BdlClient(ObjectMapper mapper, @ConfigProperty(name = "odnowa.bdl.base-url", defaultValue = "https://bdl.stat.gov.pl/api/v1") String baseUrl,
            @ConfigProperty(name = "odnowa.bdl.client-id") Optional<String> clientId) {
        this.mapper = mapper;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clientId = clientId.filter(k -> !k.isBlank());
    }

    /**
     * The values of the variables for a BDL unit (a 12-character BDL id; for a municipality the BDL id that BDL's /units
     * gives for its TERYT code) in the years given, following BDL's paging.
     */
    public List<Value> byUnit(String unitId, List<String> variableIds, List<Integer> years) {
        String key = unitId + "|" + String.join(",", variableIds) + "|" + years;
        return cache.computeIfAbsent(key, k -> fetch(unitId, variableIds, years));
    }

    private List<Value> fetch(String unitId, List<String> variableIds, List<Integer> years) {
        StringBuilder query = new StringBuilder("format=json&page-size=100");
        variableIds.forEach(v -> query.append("&var-id=").append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        years.forEach(y -> query.append("&year=").append(y));
        String next = baseUrl + "/data/by-unit/" + URLEncoder.encode(unitId, StandardCharsets.UTF_8) + "?" + query;
        List<Value> values = new ArrayList<>();
        while (next != null) {
            JsonNode page = get(next);
            OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
            for (JsonNode result : page.path("results")) {
                for (JsonNode v : result.path("values")) {
                    values.add(new Value(page.path("unitId").asText(unitId), page.path("unitName").asText(null), result.path("id").asText(),
                            v.path("year").asInt(), v.path("val").isNumber() ? v.path("val").asDouble() : null,
                            v.path("attrId").isNumber() ? v.path("attrId").asInt() : null,
                            "GUS, Bank Danych Lokalnych, zmienna " + result.path("id").asText() + ", rok " + v.path("year").asText(), at));
                }
            }
            String link = page.path("links").path("next").asText(null);
            next = link == null || link.isBlank() ? null : link;
        }
        return List.copyOf(values);
    }

    private JsonNode get(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        clientId.ifPresent(k -> request.header("X-ClientId", k));
        try {
            HttpResponse<String> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new BdlException("GUS BDL answered " + response.statusCode() + " for " + url);
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new BdlException("GUS BDL could not be read at " + url + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BdlException("interrupted while reading GUS BDL");
        }
    }

    /** BDL could not be reached or answered an error. */
    public static class BdlException extends RuntimeException {
        BdlException(String message) {
            super(message);
        }
    }
}
