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

/**
 * The report of one municipality. A class of its own beside ProgrammeReportResource: a single class at /api/v1 would
 * lose the match to the programme and municipality resources (JAX-RS picks the longest class path first).
 */
@Path("/api/v1/municipalities/{teryt}/report")
@Tag(name = "Reports")
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, ReportResource.MARKDOWN, ReportResource.PDF, Problem.MEDIA_TYPE})
public class MunicipalityReportResource {

    private final ReportService service;
    private final ReportRenderer renderer;

    MunicipalityReportResource(ReportService service, ReportRenderer renderer) {
        this.service = service;
        this.renderer = renderer;
    }

    @GET
    @Operation(summary = "Evaluation report of a municipality", description = ReportResource.DESCRIPTION + " Spans every programme of the municipality (its lineage, e.g. PROM 2007–2013 → PROM 2014–2021 → GPR 2030), oldest first. 404 when the municipality does not exist.")
    @APIResponse(responseCode = "200", description = "The report in the format Accept asked for", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class),
                    examples = @ExampleObject(name = "report", summary = "Beginning of a report (JSON)", value = ReportResource.JSON_EXAMPLE)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "html", summary = "Standalone printable XHTML page with inline SVG", value = ReportResource.HTML_EXAMPLE)),
            @Content(mediaType = ReportResource.MARKDOWN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "markdown", summary = "Markdown, one heading per section", value = ReportResource.MARKDOWN_EXAMPLE)),
            @Content(mediaType = ReportResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "pdf", summary = "A4 PDF with an embedded font covering Polish", value = ReportResource.PDF_EXAMPLE)) })
    @APIResponse(responseCode = "406", description = "Accept names none of application/json, text/html, text/markdown, application/pdf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(
            @Parameter(description = "TERYT code of the municipality", example = "2461011") @PathParam("teryt") String teryt,
            @Parameter(description = "Language of the report: pl (default) or en", example = "pl",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"pl", "en"})) @QueryParam("lang") String lang,
            @Context Request request) {
        MediaType type = ReportResource.select(request);
        boolean pl = ReportService.parseLang(lang);
        return ReportResource.render(type, service.municipality(teryt, pl), renderer);
    }
}
