package pl.odnowa.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.odnowa.common.Problem;

/** The art. 22 assessment dossier of a programme (a class of its own: see ProgrammeReportResource). */
@Path("/api/v1/programmes/{id}/assessment-dossier")
@Tag(name = "Reports")
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, ReportResource.MARKDOWN, ReportResource.PDF, Problem.MEDIA_TYPE})
public class ProgrammeDossierResource {

    static final String DESCRIPTION = "The materials of the mayor's assessment of the programme's currency and progress (art. 22 "
            + "of the Revitalisation Act) for one year, in Polish (`lang=pl`, the default) or English (`lang=en`): 1. the procedure "
            + "steps recorded; 2. the social consultations (art. 6) with their forms and summaries; 3. the compliance verdicts "
            + "the assessment rests on (art. 6, 7, 15, 22; UNKNOWN where a step is not recorded); 4. the monitoring of the "
            + "projects in the year (physical progress, planned and actual spending, execution; \"not recorded\" where there "
            + "is no record, never 0); 5. the year's spending per funding source; 6. the indicators up to the year (baseline, "
            + "target, achieved, degree of achievement, Open SDG status). Sources are named and illustrative figures marked. "
            + "The format follows Accept, as for the evaluation report: `application/json` (the default), `text/html` (a "
            + "standalone printable page), `text/markdown`, `application/pdf` (the HTML printed, with a font covering Polish). "
            + "Same data, same output, except the generation time; the art. 22 checks depend on today's date. 400 when year is "
            + "missing or outside the programme's period, 404 when the programme does not exist, 406 when Accept names none "
            + "of these types.";

    static final String JSON_EXAMPLE = "{\"title\": \"Ocena aktualności i stopnia realizacji programu rewitalizacji (art. 22) – "
            + "materiały za 2024 r.\", \"lang\": \"pl\", \"programmeId\": 3, \"year\": 2024, \"projects\": {\"heading\": \"4. "
            + "Monitorowanie projektów w 2024 r.\", \"columns\": [\"Projekt\", \"Status\", \"Postęp rzeczowy\", \"Plan\", "
            + "\"Wykonanie\", \"Realizacja\"], \"rows\": [{\"cells\": [\"Rewitalizacja placu\", \"w realizacji\", \"40%\", "
            + "\"100 000,00 PLN\", \"80 000,00 PLN\", \"80%\"], \"details\": [\"Unia Europejska – EFRR (GRANT): plan 100 000,00 PLN, "
            + "wykonanie 80 000,00 PLN, realizacja 80%\"], \"source\": \"dane ilustracyjne\", \"illustrative\": true}]}}";
    static final String HTML_EXAMPLE = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"pl\">…<h1>Ocena "
            + "aktualności i stopnia realizacji programu rewitalizacji (art. 22) – materiały za 2024 r.</h1>…<h2>4. Monitorowanie "
            + "projektów w 2024 r.</h2><table>…<td>100 000,00 PLN</td><td>80 000,00 PLN</td><td>80%</td>…</html>";
    static final String MARKDOWN_EXAMPLE = "# Ocena aktualności i stopnia realizacji programu rewitalizacji (art. 22) – materiały "
            + "za 2024 r.\n\n…\n## 4. Monitorowanie projektów w 2024 r.\n\n| Projekt | Status | Postęp rzeczowy | Plan | Wykonanie | "
            + "Realizacja |\n|---|---|---|---|---|---|\n| Rewitalizacja placu | w realizacji | 40% | 100 000,00 PLN | 80 000,00 PLN | 80% |\n…";

    private final AssessmentDossierService service;
    private final ReportRenderer renderer;

    ProgrammeDossierResource(AssessmentDossierService service, ReportRenderer renderer) {
        this.service = service;
        this.renderer = renderer;
    }

    @GET
    @Operation(operationId = "programmeAssessmentDossier", summary = "Art. 22 assessment dossier of a programme for a year",
            description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The dossier in the format Accept asked for", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentDossier.class),
                    examples = @ExampleObject(name = "dossier", summary = "Part of a dossier (JSON)", value = JSON_EXAMPLE)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "html", summary = "Standalone printable XHTML page", value = HTML_EXAMPLE)),
            @Content(mediaType = ReportResource.MARKDOWN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "markdown", summary = "Markdown, one heading and table per section", value = MARKDOWN_EXAMPLE)),
            @Content(mediaType = ReportResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "pdf", summary = "A4 landscape PDF with an embedded font covering Polish",
                            value = ReportResource.PDF_EXAMPLE)) })
    @APIResponse(responseCode = "406", description = "Accept names none of application/json, text/html, text/markdown, application/pdf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response dossier(
            @Parameter(description = "Id of the programme", example = "3") @PathParam("id") long id,
            @Parameter(description = "The year whose monitoring figures the dossier shows, within the programme's period",
                    required = true, example = "2024") @QueryParam("year") String year,
            @Parameter(description = "Language of the dossier: pl (default) or en", example = "pl",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"pl", "en"})) @QueryParam("lang") String lang,
            @Context Request request) {
        MediaType type = ReportResource.select(request);
        boolean pl = ReportService.parseLang(lang);
        int y = AssessmentDossierService.parseYear(year);
        return ReportResource.render(type, service.dossier(id, y, pl), renderer);
    }
}
