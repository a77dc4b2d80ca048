package pl.odnowa.importing;

import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.micrometer.core.annotation.Timed;
import pl.odnowa.common.Problem;

/** The bulk import of a programme's projects and observations. A class of its own beside ProgrammeResource, as the report. */
@Path("/api/v1/programmes/{id}/import")
@Tag(name = "Import", description = "Bulk upsert of a programme's projects and indicator observations from JSON or CSV: "
        + "the whole file is written or nothing is")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final String CSV = "text/csv";

    private static final String DESCRIPTION = """
            Creates or updates the projects and indicator observations of a programme from one file; the caller must be an \
            editor of the programme's municipality. Projects are found by externalId (unique in the programme): a new \
            externalId creates a project, a known one updates it, with the fields the row names (left-out fields keep their \
            stored values; null or an empty CSV cell clears an optional field). Observations are found by indicatorCode, \
            subareaCode (none: the whole scope) and year, and are written whole. Every row is held to the same rules as a \
            single POST or PUT. When any row is wrong, the answer is a 400 problem listing every bad row and field \
            (projects[3].totalCost, observations[0].year; in CSV rows[7].value, where rows[1] is the line under the header) \
            and nothing is written. A row equal to the stored object is not written (no new version, no audit entry), so \
            importing the same file twice changes nothing. \
            JSON: {"projects": [...], "observations": [...]}. CSV (UTF-8, RFC 4180, comma separated, a header line naming \
            the columns, any order, any subset): ?kind=projects with the columns of ProjectRequest except programmeId and \
            fundingSources (lists such as sdgTargets, subareaIds and implementingEntities separated by ;; an empty kind \
            or status cell, like a null or missing one in JSON, is "not recorded"), or \
            ?kind=observations with indicatorCode, subareaCode, areaKind, year, value, source, note. \
            A body over odnowa.import.max-bytes (default 5 MB) is refused with 413.""";

    private static final String JSON_EXAMPLE = """
            {"projects": [
              {"programmeId": 2, "externalId": "BB-GPR-1.1", "kind": "BASIC", "title": "Rewitalizacja Starego Miasta – etap I",
               "status": "IMPLEMENTATION",
               "totalCost": "11347418.62", "plannedStart": "2024-03-01", "plannedEnd": "2026-12-31", "sdgTargets": ["11.4"],
               "fundingSources": [{"source": "Unia Europejska – EFRR", "instrument": "GRANT", "amount": "6380223.26"}]},
              {"programmeId": 2, "externalId": "BB-GPR-1.2", "kind": "COMPLEMENTARY", "title": "Klub seniora przy ul. Wzgórze",
               "status": "PIPELINE"}],
             "observations": [
              {"indicatorCode": "W1", "year": 2023, "value": "12.5", "source": "GUS BDL"},
              {"indicatorCode": "W1", "subareaCode": "S1", "year": 2023, "value": "14.25"}]}""";

    private static final String CSV_PROJECTS_EXAMPLE = """
            externalId,kind,title,status,totalCost,plannedStart,plannedEnd,sdgTargets\r
            BB-GPR-1.1,BASIC,Rewitalizacja Starego Miasta – etap I,IMPLEMENTATION,11347418.62,2024-03-01,2026-12-31,11.3;11.4\r
            BB-GPR-1.2,COMPLEMENTARY,"Klub seniora, ul. Wzgórze",PIPELINE,,,,\r
            BB-GPR-1.3,,Skwer przy ul. Cechowej,,,,,\r
            """;

    private static final String CSV_OBSERVATIONS_EXAMPLE = """
            indicatorCode,subareaCode,year,value,source\r
            W1,,2023,12.5,GUS BDL\r
            W1,S1,2023,14.25,MOPS Bielsko-Biała\r
            """;

    private final ImportService service;

    ImportResource(ImportService service) {
        this.service = service;
    }

    @POST
    @Timed(value = "odnowa.import", description = "Bulk imports: how long they take, by outcome")
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "importProgrammeData", summary = "Import projects and observations into a programme",
            description = DESCRIPTION)
    @RequestBody(required = true, description = "The rows to upsert, as JSON or CSV", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportRequest.class),
                examples = @ExampleObject(name = "projects and observations", value = JSON_EXAMPLE)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = {
            @ExampleObject(name = "projects (?kind=projects)", value = CSV_PROJECTS_EXAMPLE),
            @ExampleObject(name = "observations (?kind=observations)", value = CSV_OBSERVATIONS_EXAMPLE)})})
    @APIResponse(responseCode = "200", description = "Everything was written; what was created, updated and left unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResponse.class),
                    examples = @ExampleObject(name = "counts", value = """
                            {"projects": {"created": 1, "updated": 1, "unchanged": 0},
                             "observations": {"created": 2, "updated": 0, "unchanged": 0}}""")))
    @APIResponse(responseCode = "413", description = "The body is larger than odnowa.import.max-bytes (default 5 MB): split the file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportResponse importRows(
            @Parameter(description = "Programme id", example = "2") @PathParam("id") long id,
            @Parameter(description = "For a CSV body: projects or observations, what its rows are; ignored for JSON",
                    example = "projects") @QueryParam("kind") String kind,
            @Context HttpHeaders headers,
            InputStream body) {
        byte[] bytes = service.read(body);
        MediaType type = headers.getMediaType();
        boolean csv = type != null && type.isCompatible(MediaType.valueOf(CSV));
        return csv ? service.importCsv(id, kind, bytes) : service.importJson(id, bytes);
    }
}
