package pl.odnowa.export;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import pl.odnowa.area.GeoJson;
import pl.odnowa.project.ProjectService;
import pl.odnowa.common.Problem;
import pl.odnowa.common.Provenance;

@Path("/api/v1/exports")
@Tag(name = "Exports", description = "Downloads for other tools: indicator data as Open SDG tidy CSV and SDMX-CSV, "
        + "subareas as a GeoJSON FeatureCollection, projects as CSV. CSV files are UTF-8 (Polish characters intact, no BOM), "
        + "RFC 4180 (comma separated, CRLF line ends, fields holding a comma, quote or line break in double quotes)")
public class ExportResource {

    static final String[] OPEN_SDG_HEADER = {"Year", "Series", "Units", "GeoCode", "Subarea", "Value", "COMMENT_OBS"};

    static final String[] SDMX_HEADER = {"DATAFLOW", "INDICATOR", "REF_AREA", "SUBAREA", "TIME_PERIOD", "OBS_VALUE",
        "UNIT_MEASURE", "SOURCE", "COMMENT"};

    static final String[] PROJECT_HEADER = {"id", "programme", "kind", "status", "title", "location", "plannedStart",
        "plannedEnd", "actualStart", "actualEnd", "currency", "estimatedValue", "totalCost", "eligibleCost", "fundingGrant",
        "fundingLoan", "fundingOwn", "fundingOther", "sdgTargets", "implementingEntities", "source", "illustrative"};

    private static final String OPEN_SDG_EXAMPLE = """
            Year,Series,Units,GeoCode,Subarea,Value,COMMENT_OBS\r
            2019,W1,%,2461011,,12.5,GUS BDL\r
            2023,W1,%,2461011,,9.8,GUS BDL\r
            2019,W1,%,2461011,S1,18,ILLUSTRATIVE — not official: illustrative\r
            2023,W1,%,2461011,S1,14.25,MOPS Bielsko-Biała\r
            """;

    private static final String SDMX_EXAMPLE = """
            DATAFLOW,INDICATOR,REF_AREA,SUBAREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,SOURCE,COMMENT\r
            ODNOWA:DF_REVITALISATION_INDICATORS(1.0),W1,2461011,,2019,12.5,%,GUS BDL,\r
            ODNOWA:DF_REVITALISATION_INDICATORS(1.0),W1,2461011,S1,2023,14.25,%,MOPS Bielsko-Biała,"Dane wstępne, do weryfikacji"\r
            """;

    private static final String PROJECT_EXAMPLE = """
            id,programme,kind,status,title,location,plannedStart,plannedEnd,actualStart,actualEnd,currency,estimatedValue,totalCost,eligibleCost,fundingGrant,fundingLoan,fundingOwn,fundingOther,sdgTargets,implementingEntities,source,illustrative\r
            7,2,BASIC,COMPLETION,Nowa Starówka – nowe możliwości. Rewitalizacja Starego Miasta w Bielsku-Białej – etap I,"Stare Miasto, Bielsko-Biała",2005-01-01,2006-12-31,2005-03-01,2007-06-30,PLN,11347418.62,11347418.62,,6380223.26,,4967195.36,,11.3;11.4,Gmina Bielsko-Biała,"mapadotacji.gov.pl, projekt 796313",false\r
            """;

    private static final String GEOJSON_EXAMPLE = """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "id": 12,
              "geometry": {"type": "Polygon", "coordinates": [[[19.038, 49.82], [19.048, 49.82], [19.048, 49.826], [19.038, 49.826], [19.038, 49.82]]]},
              "properties": {"code": "S1", "name": "Śródmieście Bielsko", "kind": "REVITALISATION", "areaHa": 42.5,
               "population": 5120, "populationDate": "2021-12-31", "social": true, "economic": true, "environmental": false,
               "spatialFunctional": true, "technical": true, "landType": "INHABITED", "source": "illustrative", "areaId": 5, "programmeId": 3}}]}""";

    private final ExportService service;

    ExportResource(ExportService service) {
        this.service = service;
    }

    @GET
    @Path("indicators/open-sdg.csv")
    @Produces({Csv.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportIndicatorsOpenSdg", summary = "Indicator data as Open SDG tidy CSV",
            description = "One row per observation of the indicators of a programme (programme=<id>) or of one indicator "
                    + "(indicator=<id>; with both, the indicator must belong to the programme). Columns: Year (the "
                    + "observation's year), Series (indicator code), Units (indicator unit), GeoCode (TERYT code of the "
                    + "programme's municipality), Subarea (the disaggregation: subarea code, empty for the indicator's "
                    + "whole scope), Value (plain decimal, no exponent, no trailing zeros), COMMENT_OBS (an observation "
                    + "attribute for Open SDG's observation_attributes setting: the observation's source, prefixed "
                    + "\"ILLUSTRATIVE — not official: \" when it marks the figure illustrative). Sorted by Series, Subarea "
                    + "(whole scope first), Year. A programme's file leaves out the indicators of its draft projects for those "
                    + "who may not see them. Programme or indicator is required (400 naming programme); unknown ids are 404.")
    @APIResponse(responseCode = "200", description = "The CSV file (attachment)", headers = @Header(name = "Content-Disposition",
            description = "attachment with the file name", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)), content = @Content(mediaType = Csv.MEDIA_TYPE,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "openSdg", summary = "An indicator for the whole scope and subarea S1", value = OPEN_SDG_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Neither programme nor indicator, or one is not a whole number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such programme or indicator, or one of a draft programme or project the caller may not see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response openSdg(
            @Parameter(description = "Programme id: all its indicators", example = "3") @QueryParam("programme") String programme,
            @Parameter(description = "Indicator id: only this indicator", example = "12") @QueryParam("indicator") String indicator) {
        ExportService.Observations data = service.observations(programme, indicator);
        return csv(data.fileStem() + "-open-sdg.csv", Csv.stream(OPEN_SDG_HEADER, () -> service.observationRows(data)
                .map(o -> List.<Object>of(o.year(), o.series(), text(o.unit()), o.geoCode(), text(o.subarea()),
                        Csv.plain(o.value()), comment(o.source())))));
    }

    @GET
    @Path("indicators/sdmx.csv")
    @Produces({Csv.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportIndicatorsSdmx", summary = "Indicator data as SDMX-CSV",
            description = "SDMX-CSV (version 1 style), one row per observation, same selection and order as the Open SDG "
                    + "export. Columns: DATAFLOW (always " + ExportService.DATAFLOW + "), then the dimensions INDICATOR "
                    + "(indicator code), REF_AREA (TERYT code of the programme's municipality), SUBAREA (subarea code, empty "
                    + "for the whole scope), TIME_PERIOD (year), then the measure OBS_VALUE (plain decimal), then the "
                    + "attributes UNIT_MEASURE (indicator unit), SOURCE (the observation's source) and COMMENT (the "
                    + "observation's note); empty cells are missing values.")
    @APIResponse(responseCode = "200", description = "The CSV file (attachment)", headers = @Header(name = "Content-Disposition",
            description = "attachment with the file name", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)), content = @Content(mediaType = Csv.MEDIA_TYPE,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "sdmx", summary = "Two observations", value = SDMX_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Neither programme nor indicator, or one is not a whole number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such programme or indicator, or one of a draft programme or project the caller may not see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sdmx(
            @Parameter(description = "Programme id: all its indicators", example = "3") @QueryParam("programme") String programme,
            @Parameter(description = "Indicator id: only this indicator", example = "12") @QueryParam("indicator") String indicator) {
        ExportService.Observations data = service.observations(programme, indicator);
        return csv(data.fileStem() + "-sdmx.csv", Csv.stream(SDMX_HEADER, () -> service.observationRows(data)
                .map(o -> Arrays.<Object>asList(ExportService.DATAFLOW, o.series(), o.geoCode(), text(o.subarea()), o.year(),
                        Csv.plain(o.value()), text(o.unit()), text(o.source()), text(o.note())))));
    }

    @GET
    @Path("areas.geojson")
    @Produces({GeoJson.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportAreasGeoJson", summary = "Subareas of a programme as GeoJSON",
            description = "An RFC 7946 FeatureCollection (WGS 84 longitude, latitude; no crs member) with one Feature per "
                    + "subarea of every area (degraded and revitalisation) of the programme, ordered by area id then subarea "
                    + "position; properties as in the areas API. geometry is null when a subarea's boundary is not known.")
    @APIResponse(responseCode = "200", description = "The FeatureCollection (attachment)", headers = @Header(name = "Content-Disposition",
            description = "attachment with the file name", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)), content = @Content(mediaType = GeoJson.MEDIA_TYPE,
            schema = @Schema(implementation = GeoJson.FeatureCollection.class),
            examples = @ExampleObject(name = "subareas", summary = "A subarea of a revitalisation area", value = GEOJSON_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "programme missing or not a whole number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such programme, or a draft the caller may not see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<GeoJson.FeatureCollection> areas(
            @Parameter(description = "Programme id", required = true, example = "3") @QueryParam("programme") String programme) {
        GeoJson.FeatureCollection body = service.areas(programme);
        return RestResponse.ResponseBuilder.ok(body).type(GeoJson.MEDIA_TYPE)
                .header("Content-Disposition", attachment("odnowa-programme-" + programme.trim() + "-areas.geojson")).build();
    }

    @GET
    @Path("projects.csv")
    @Produces({Csv.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(operationId = "exportProjectsCsv", summary = "Projects as CSV",
            description = "All projects matching the filters of the projects list (combined with AND; q as there: words "
                    + "matched as prefixes in title and description, any case, with or without diacritics), sorted by title "
                    + "then id; at most " + ExportService.MAX_PROJECT_ROWS + " rows, else 400 asking to narrow the filter. "
                    + "Columns: id, programme (id), kind (empty: not recorded), status (empty: not recorded), title, location, plannedStart, plannedEnd, actualStart, "
                    + "actualEnd (ISO dates), currency, estimatedValue, totalCost, eligibleCost, fundingGrant, fundingLoan, "
                    + "fundingOwn, fundingOther (sums of the funding sources per instrument, empty when there is none), "
                    + "sdgTargets (semicolon-separated codes), implementingEntities (semicolon-separated). Money is an exact "
                    + "plain decimal with two fraction digits in the project's currency.")
    @APIResponse(responseCode = "200", description = "The CSV file (attachment)", headers = @Header(name = "Content-Disposition",
            description = "attachment with the file name", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)), content = @Content(mediaType = Csv.MEDIA_TYPE,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "projects", summary = "One project", value = PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A bad filter value, or more rows than one export may hold",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response projects(
            @Parameter(description = "TERYT code of the programme's municipality", example = "2461011") @QueryParam("municipality") String municipality,
            @Parameter(description = "Programme id", example = "2") @QueryParam("programme") String programme,
            @Parameter(description = "PIPELINE, IMPLEMENTATION, COMPLETION, POST_COMPLETION, CANCELLED or SUSPENDED", example = "COMPLETION")
            @QueryParam("status") String status,
            @Parameter(description = "BASIC or COMPLEMENTARY", example = "BASIC") @QueryParam("kind") String kind,
            @Parameter(description = "SDG 11 target code the project serves", example = "11.4") @QueryParam("sdgTarget") String sdgTarget,
            @Parameter(description = "Words searched in title and description (prefixes, any case, with or without diacritics)",
                    example = "starowka") @QueryParam("q") String q) {
        ExportService.Projects projects = service.projects(
                new ProjectService.Filter(municipality, programme, null, null, status, kind, sdgTarget, q));
        return csv("odnowa-projects.csv", Csv.stream(PROJECT_HEADER, () -> service.projectRows(projects)));
    }

    /** The observation's source, flagged when it is illustrative, for Open SDG's COMMENT_OBS attribute. */
    private static String comment(String source) {
        if (source == null) {
            return "";
        }
        return Provenance.illustrative(source) ? "ILLUSTRATIVE — not official: " + source : source;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /**
     * A file written as it is read. The entity goes as a GenericEntity of StreamingOutput because the server picks
     * the writer of a response's entity by its class, and for a class that extends only Object it takes the one
     * that writes toString().
     */
    private static Response csv(String filename, StreamingOutput body) {
        return Response.ok(new GenericEntity<>(body, StreamingOutput.class)).type(Csv.MEDIA_TYPE)
                .header("Content-Disposition", attachment(filename)).build();
    }

    /** File names here are ASCII (ids and fixed words), so the plain quoted form is enough. */
    private static String attachment(String filename) {
        return "attachment; filename=\"" + filename + "\"";
    }
}
