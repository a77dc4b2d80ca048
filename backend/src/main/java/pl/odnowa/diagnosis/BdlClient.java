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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Client of the GUS Local Data Bank API (BDL, https://bdl.stat.gov.pl/api/v1): the values of variables for one unit
 * (GET /data/by-unit/{unitId}?var-id=...&year=...&format=json), with the optional X-ClientId key, and the BDL unit of a
 * municipality's TERYT code (GET /units/search, GET /units). Answers are cached for the life of the process (BDL data of a
 * past year seldom changes, unit ids change only with the territorial division), and each value and unit keeps its
 * provenance: variable id, year, unit, the address asked and when it was retrieved.
 */
@ApplicationScoped
public class BdlClient {

    /** One value of a BDL variable for a unit and year, with where and when it came from. */
    public record Value(String unitId, String unitName, String variableId, int year, Double value, Integer attributeId,
            Integer measureUnitId, String lastUpdate, String source, String url, OffsetDateTime retrievedAt) {
    }

    /**
     * The BDL unit of a TERYT code (level 6, gmina), how it was found ({@code source}: the BDL address whose answer listed
     * it) and when.
     */
    public record UnitMatch(String teryt, String unitId, String name, Integer level, Integer kind, String parentId, String source,
            OffsetDateTime retrievedAt) {
    }

    /** The values of a municipality's variables with the BDL unit they were read for. */
    public record Statistics(UnitMatch unit, List<Value> values) {
    }

    /** BDL's level of gminy (0 Polska, 1 makroregion, 2 województwo, 3 region, 4 podregion, 5 powiat, 6 gmina). */
    static final int GMINA_LEVEL = 6;
    static final int VOIVODESHIP_LEVEL = 2;

    private final ConcurrentHashMap<String, UnitMatch> units = new ConcurrentHashMap<>();
    private final HttpClient http;
    private final Duration timeout;
    private final ConcurrentHashMap<String, List<Value>> cache = new ConcurrentHashMap<>();
    private final ObjectMapper mapper;
    private final String baseUrl;
    private final Optional<String> clientId;

    BdlClient(ObjectMapper mapper, String baseUrl, Optional<String> clientId) {
        this(mapper, baseUrl, clientId, Duration.ofSeconds(15));
    }

    /** The client configured by {@link BdlConfig}. */
    @jakarta.inject.Inject
    BdlClient(ObjectMapper mapper, BdlConfig config) {
        this(mapper, config.baseUrl(), config.clientId(), config.timeout());
    }

    BdlClient(ObjectMapper mapper, String baseUrl, Optional<String> clientId, Duration timeout) {
        this.mapper = mapper;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
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

    /**
     * The values of the variables for a municipality given by its TERYT code: its BDL unit is looked up first (see
     * {@link #unitForTeryt}).
     */
    public Statistics byTeryt(String teryt, String name, List<String> variableIds, List<Integer> years) {
        UnitMatch unit = unitForTeryt(teryt, name);
        return new Statistics(unit, byUnit(unit.unitId(), variableIds, years));
    }

    /**
     * The BDL unit of a gmina's 7-digit TERYT code (WWPPGGR: voivodeship, powiat, gmina, kind of gmina). BDL ids are 12
     * characters that also carry the statistical macroregion, region and subregion (KTS), which TERYT does not give, so
     * the id is looked up, never computed: first {@code GET /units/search?name=<name>&level=6} when the name is known, then,
     * when that finds nothing, the gminy of the voivodeship ({@code GET /units?level=2}, then
     * {@code GET /units?parent-id=<voivodeship>&level=6}). A unit matches when its id {@linkplain #encodes encodes} the
     * TERYT code and its kind (when BDL gives one) is the TERYT kind digit. The match is cached per TERYT code.
     *
     * @throws UnknownUnitException when BDL lists no unit for the code
     */
    public UnitMatch unitForTeryt(String teryt, String name) {
        if (teryt == null || !teryt.matches("[0-9]{7}")) {
            throw new IllegalArgumentException("a gmina's TERYT code has 7 digits (WWPPGGR), not " + teryt);
        }
        UnitMatch cached = units.get(teryt);
        if (cached != null) {
            return cached;
        }
        UnitMatch found = null;
        if (name != null && !name.isBlank()) {
            found = firstMatch(teryt, baseUrl + "/units/search?format=json&page-size=100&level=" + GMINA_LEVEL + "&name="
                    + URLEncoder.encode(name.strip(), StandardCharsets.UTF_8));
        }
        if (found == null) {
            found = inVoivodeship(teryt);
        }
        if (found == null) {
            throw new UnknownUnitException("GUS BDL lists no gmina (level 6) unit for TERYT " + teryt);
        }
        units.putIfAbsent(teryt, found);
        return units.get(teryt);
    }

    /**
     * Whether a 12-character BDL unit id stands for the TERYT code WWPPGGR: BDL's id is macroregion (2), voivodeship (2),
     * region (1), subregion (2), powiat (2), gmina (2) and kind (1), so WW sits at positions 3–4 and PPGGR ends the id.
     * why: BDL's own list of territorial units (bdl.stat.gov.pl, metadane, "Kod jednostki terytorialnej") shows codes that
     * end with the TERYT powiat, gmina and kind digits after the non-TERYT region and subregion digits, and BDL's
     * voivodeship ids have the TERYT voivodeship code at positions 3–4 (023200000000 zachodniopomorskie,
     * 020800000000 lubuskie).
     */
    static boolean encodes(String unitId, String teryt) {
        return unitId != null && unitId.length() == 12 && teryt.length() == 7
                && unitId.substring(2, 4).equals(teryt.substring(0, 2)) && unitId.substring(7).equals(teryt.substring(2));
    }

    private UnitMatch inVoivodeship(String teryt) {
        String voivodeship = null;
        for (String next = baseUrl + "/units?format=json&page-size=100&level=" + VOIVODESHIP_LEVEL; next != null && voivodeship == null; ) {
            JsonNode page = get(next);
            for (JsonNode unit : page.path("results")) {
                String id = unit.path("id").asText("");
                if (id.length() == 12 && id.substring(2, 4).equals(teryt.substring(0, 2))) {
                    voivodeship = id;
                    break;
                }
            }
            next = nextLink(page);
        }
        if (voivodeship == null) {
            return null;
        }
        return firstMatch(teryt, baseUrl + "/units?format=json&page-size=100&level=" + GMINA_LEVEL + "&parent-id="
                + URLEncoder.encode(voivodeship, StandardCharsets.UTF_8));
    }

    /** The first unit of a BDL unit list (following its pages) that stands for the TERYT code. */
    private UnitMatch firstMatch(String teryt, String url) {
        for (String next = url; next != null; ) {
            JsonNode page = get(next);
            OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
            for (JsonNode unit : page.path("results")) {
                String id = unit.path("id").asText(null);
                JsonNode k = unit.path("kind");
                Integer kind = k.isNumber() ? Integer.valueOf(k.asInt())
                        : k.isTextual() && k.asText().matches("[0-9]") ? Integer.valueOf(k.asText()) : null;
                Integer level = unit.path("level").isNumber() ? unit.path("level").asInt() : null;
                boolean kindFits = kind == null || kind == teryt.charAt(6) - '0';
                if (encodes(id, teryt) && kindFits && (level == null || level == GMINA_LEVEL)) {
                    return new UnitMatch(teryt, id, unit.path("name").asText(null), level, kind, unit.path("parentId").asText(null),
                            "GUS, Bank Danych Lokalnych, " + next, at);
                }
            }
            next = nextLink(page);
        }
        return null;
    }

    private static String nextLink(JsonNode page) {
        String link = page.path("links").path("next").asText(null);
        return link == null || link.isBlank() ? null : link;
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
                String variable = result.path("id").asText();
                Integer measureUnit = result.path("measureUnitId").isNumber() ? result.path("measureUnitId").asInt() : null;
                String lastUpdate = result.path("lastUpdate").asText(null);
                for (JsonNode v : result.path("values")) {
                    int year = v.path("year").asInt();
                    values.add(new Value(page.path("unitId").asText(unitId), page.path("unitName").asText(null), variable,
                            year, v.path("val").isNumber() ? v.path("val").asDouble() : null,
                            v.path("attrId").isNumber() ? v.path("attrId").asInt() : null, measureUnit, lastUpdate,
                            "GUS, Bank Danych Lokalnych, zmienna " + variable + ", rok " + year,
                            baseUrl + "/data/by-unit/" + URLEncoder.encode(unitId, StandardCharsets.UTF_8) + "?format=json&var-id="
                                    + URLEncoder.encode(variable, StandardCharsets.UTF_8) + "&year=" + year, at));
                }
            }
            next = nextLink(page);
        }
        return List.copyOf(values);
    }

    private JsonNode get(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "application/json");
        clientId.ifPresent(k -> request.header("X-ClientId", k));
        try {
            HttpResponse<String> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new BdlException(response.statusCode(), "GUS BDL answered " + response.statusCode() + " for " + url);
            }
            return mapper.readTree(response.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BdlException(200, "GUS BDL answered something that is not JSON at " + url);
        } catch (IOException e) {
            throw new BdlException(0, "GUS BDL could not be read at " + url + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BdlException(0, "interrupted while reading GUS BDL");
        }
    }

    /** BDL could not be reached or answered an error. */
    public static class BdlException extends RuntimeException {
        /** BDL's HTTP status, or 0 when it could not be reached (refused, timed out, broken connection). */
        public final int status;

        BdlException(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** BDL answered, but lists no unit for the TERYT code asked. */
    public static class UnknownUnitException extends BdlException {
        UnknownUnitException(String message) {
            super(404, message);
        }
    }
}
