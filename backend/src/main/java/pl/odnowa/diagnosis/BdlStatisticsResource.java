package pl.odnowa.diagnosis;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.logging.Log;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.Problem;
import pl.odnowa.common.QueryParams;
import pl.odnowa.municipality.Municipality;
import pl.odnowa.municipality.MunicipalityService;

/** A municipality's statistics read from the GUS Local Data Bank (BDL) through {@link BdlClient}. */
@Path("/api/v1/municipalities/{teryt}/statistics")
@Tag(name = "Diagnosis")
@Produces(MediaType.APPLICATION_JSON)
public class BdlStatisticsResource {

    static final String SOURCE = "GUS BDL";
    static final int MAX_VARIABLES = 20;
    static final int MAX_YEARS = 30;

    /** The BDL unit the values were read for, and where and when it was found. */
    public record Unit(@Schema(example = "012429961011") String id, @Schema(example = "Bielsko-Biała") String name,
            @Schema(example = "GUS, Bank Danych Lokalnych, https://bdl.stat.gov.pl/api/v1/units/search?format=json&page-size=100&level=6&name=Bielsko-Bia%C5%82a") String foundAt,
            OffsetDateTime retrievedAt) {
    }

    /** One value with its provenance. */
    public record Value(@Schema(example = "72305") String variableId, @Schema(example = "2022") int year,
            @Schema(description = "null when BDL gives the year without a figure", example = "168319") Double value,
            @Schema(description = "BDL's measure unit id of the variable (BDL's /measures names it); BDL's data answer gives no variable name", example = "1") Integer measureUnitId,
            @Schema(description = "BDL's attribute of the value (attrId, e.g. 1 = a plain figure)", example = "1") Integer attributeId,
            @Schema(description = "When BDL last updated the variable", example = "2024-06-01T00:00:00") String lastUpdate,
            @Schema(example = SOURCE) String source,
            @Schema(description = "The BDL address that gives this value", example = "https://bdl.stat.gov.pl/api/v1/data/by-unit/012429961011?format=json&var-id=72305&year=2022") String url,
            OffsetDateTime retrievedAt) {
    }

    public record Statistics(@Schema(example = "2461011") String municipality, @Schema(example = SOURCE) String source, Unit unit,
            List<Value> values,
            @Schema(description = "Variables asked for that BDL gave no value for in the years asked", example = "[]") List<String> missing) {
    }

    private static final String EXAMPLE = """
            {"municipality": "2461011", "source": "GUS BDL",
             "unit": {"id": "012429961011", "name": "Bielsko-Biała", "foundAt": "GUS, Bank Danych Lokalnych, https://bdl.stat.gov.pl/api/v1/units/search?format=json&page-size=100&level=6&name=Bielsko-Bia%C5%82a", "retrievedAt": "2026-12-07T10:00:00Z"},
             "values": [{"variableId": "72305", "year": 2022, "value": 168319, "measureUnitId": 1, "attributeId": 1,
               "lastUpdate": "2024-06-01T00:00:00", "source": "GUS BDL",
               "url": "https://bdl.stat.gov.pl/api/v1/data/by-unit/012429961011?format=json&var-id=72305&year=2022",
               "retrievedAt": "2026-12-07T10:00:00Z"}],
             "missing": []}""";

    private final BdlClient bdl;
    private final MunicipalityService municipalities;

    BdlStatisticsResource(BdlClient bdl, MunicipalityService municipalities) {
        this.bdl = bdl;
        this.municipalities = municipalities;
    }

    @GET
    @Operation(operationId = "municipalityBdlStatistics", summary = "Statistics of a municipality from GUS BDL", description = "Public. "
            + "Reads the values of BDL variables for the municipality's BDL unit (found from its TERYT code and name) from the GUS "
            + "Local Data Bank API (ODNOWA_BDL_BASE_URL, default https://bdl.stat.gov.pl/api/v1; optional key ODNOWA_BDL_CLIENT_ID; "
            + "timeout ODNOWA_BDL_TIMEOUT, default PT15S). Each value carries its provenance: variable id, year, the BDL address that "
            + "gives it and when it was retrieved. Answers are cached for the life of the process. `variable` is required (1–20 "
            + "numeric BDL variable ids, repeated): Odnowa ships no default set because it does not hold a verified list of BDL ids; "
            + "find ids in BDL's catalogue (https://bdl.stat.gov.pl/bdl/metadane/cechy/szukaj or GET /variables/search). `year` "
            + "(repeated, 1995–2100, at most 30) narrows the years; without it BDL gives every year it has. 404 when the municipality "
            + "does not exist or BDL lists no unit for its TERYT code; 502 when BDL answers an error; 503 when BDL cannot be reached "
            + "(refused, timed out) or limits requests.")
    @APIResponse(responseCode = "200", description = "The values with their provenance", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Statistics.class), examples = @ExampleObject(name = "population", summary = "Variable 72305 in 2022 (illustrative figure)", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A bad variable or year; or BDL refused the variables asked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "variable",
                    value = "{\"type\": \"urn:odnowa:problem:validation-failed\", \"title\": \"Invalid request\", \"status\": 400, "
                            + "\"detail\": \"variable: must be a BDL variable id (digits), not abc\", \"errors\": [{\"field\": \"variable\", "
                            + "\"message\": \"must be a BDL variable id (digits), not abc\"}]}")))
    @APIResponse(responseCode = "404", description = "No such municipality, or BDL lists no unit for its TERYT code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unit",
                    value = "{\"type\": \"urn:odnowa:problem:not-found\", \"title\": \"Not found\", \"status\": 404, "
                            + "\"detail\": \"GUS BDL lists no gmina (level 6) unit for TERYT 2461011\", \"errors\": []}")))
    @APIResponse(responseCode = "502", description = "GUS BDL answered an error",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bdl-error",
                    value = "{\"type\": \"urn:odnowa:problem:bdl-bad-gateway\", \"title\": \"GUS BDL answered an error\", \"status\": 502, "
                            + "\"detail\": \"GUS BDL answered 500; try again later\", \"errors\": []}")))
    @APIResponse(responseCode = "503", description = "GUS BDL could not be reached or limits requests; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "bdl-down",
                    value = "{\"type\": \"urn:odnowa:problem:bdl-unavailable\", \"title\": \"GUS BDL unavailable\", \"status\": 503, "
                            + "\"detail\": \"GUS BDL could not be reached; try again later\", \"errors\": []}")))
    public Statistics statistics(
            @Parameter(description = "TERYT code of the municipality", example = "2461011") @PathParam("teryt") String teryt,
            @Parameter(description = "BDL variable id (repeat for several)", required = true, example = "[\"72305\"]") @QueryParam("variable") List<String> variable,
            @Parameter(description = "Year (repeat for several)", example = "[\"2022\"]") @QueryParam("year") List<String> year) {
        Municipality m = municipalities.get(teryt);
        List<String> variables = variables(variable);
        List<Integer> years = years(year);
        BdlClient.Statistics s;
        try {
            s = bdl.byTeryt(m.teryt, m.name, variables, years);
        } catch (BdlClient.UnknownUnitException e) {
            throw new ApiException(404, "urn:odnowa:problem:not-found", "Not found", e.getMessage(), List.of());
        } catch (BdlClient.BdlException e) {
            throw problem(m.teryt, e);
        }
        List<Value> values = s.values().stream().map(v -> new Value(v.variableId(), v.year(), v.value(), v.measureUnitId(), v.attributeId(),
                v.lastUpdate(), SOURCE, v.url(), v.retrievedAt())).toList();
        List<String> missing = variables.stream().filter(id -> values.stream().noneMatch(v -> v.variableId().equals(id))).toList();
        return new Statistics(m.teryt, SOURCE, new Unit(s.unit().unitId(), s.unit().name(), s.unit().source(), s.unit().retrievedAt()),
                values, missing);
    }

    private static ApiException problem(String teryt, BdlClient.BdlException e) {
        Log.warnf("GUS BDL for TERYT %s: %s", teryt, e.getMessage());
        if (e.status == 0 || e.status == 429) {
            String why = e.status == 0 ? "GUS BDL could not be reached" : "GUS BDL limits requests (429)";
            return new ApiException(503, "urn:odnowa:problem:bdl-unavailable", "GUS BDL unavailable", why + "; try again later", List.of())
                    .withHeader("Retry-After", "60");
        }
        if (e.status == 404) {
            return new ApiException(404, "urn:odnowa:problem:not-found", "Not found",
                    "GUS BDL has no data for the unit of TERYT " + teryt + " (it answered 404)", List.of());
        }
        if (e.status == 400) {
            return ApiException.badRequest("variable", "GUS BDL refused the variables or years asked (it answered 400)");
        }
        return new ApiException(502, "urn:odnowa:problem:bdl-bad-gateway", "GUS BDL answered an error",
                "GUS BDL answered " + (e.status == 200 ? "something that is not JSON" : Integer.toString(e.status)) + "; try again later", List.of());
    }

    static List<String> variables(List<String> given) {
        TreeSet<String> ids = new TreeSet<>();
        for (String v : given == null ? List.<String>of() : given) {
            if (v == null || v.isBlank()) {
                continue;
            }
            if (!v.strip().matches("[1-9][0-9]{0,9}")) {
                // BDL's variable ids are positive numbers written without leading zeros.
                throw ApiException.badRequest("variable", "must be a BDL variable id (a positive number), not " + abbreviate(v.strip()));
            }
            ids.add(v.strip());
        }
        if (ids.isEmpty()) {
            throw ApiException.badRequest("variable", "at least one BDL variable id is required, e.g. variable=72305");
        }
        if (ids.size() > MAX_VARIABLES) {
            throw ApiException.badRequest("variable", "at most " + MAX_VARIABLES + " variables at a time");
        }
        return new ArrayList<>(ids);
    }

    static List<Integer> years(List<String> given) {
        TreeSet<Integer> years = new TreeSet<>();
        for (String y : given == null ? List.<String>of() : given) {
            Integer parsed = QueryParams.yearParam("year", y);
            if (parsed != null) {
                if (parsed < 1995 || parsed > 2100) {
                    throw ApiException.badRequest("year", "must be between 1995 and 2100");
                }
                years.add(parsed);
            }
        }
        if (years.size() > MAX_YEARS) {
            throw ApiException.badRequest("year", "at most " + MAX_YEARS + " years at a time");
        }
        return new ArrayList<>(years);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
