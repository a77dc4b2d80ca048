package pl.odnowa.report;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.qute.TemplateData;

/**
 * The art. 22 assessment dossier of a programme for one year: the procedure steps and consultations recorded, the
 * compliance verdicts the assessment rests on (art. 6, 7, 15, 22) and the monitoring figures of the year (projects and
 * indicators), with their sources and illustrative labels, every string in the language asked for. The JSON body is
 * this record; Markdown, HTML and PDF are rendered from it. Only {@code generatedAt} depends on the time of the request.
 */
@TemplateData
@Schema(name = "AssessmentDossier", description = "The art. 22 assessment dossier of a programme for a year, in the language "
        + "asked for: procedure, consultations, compliance (art. 6, 7, 15, 22) and the monitoring figures of the year")
public record AssessmentDossier(
        @Schema(example = "Ocena aktualności i stopnia realizacji programu rewitalizacji (art. 22) – materiały za 2024 r.") String title,
        @Schema(example = "pl", enumeration = {"pl", "en"}) String lang,
        @Schema(example = "3") long programmeId,
        @Schema(example = "2024") int year,
        @Schema(example = "2026-12-07T10:00:00Z") String generatedAt,
        @Schema(example = "Wygenerowano") String generatedLabel,
        @Schema(example = "Źródło") String sourceLabel,
        @Schema(example = "dane ilustracyjne, nieoficjalne") String illustrativeLabel,
        @Schema(description = "Programme, municipality, period and year as label/value pairs") List<Report.Fact> facts,
        Section procedure,
        Section consultations,
        Section compliance,
        Section projects,
        Section funding,
        Section indicators,
        @Schema(example = "Pozycje oznaczone jako dane ilustracyjne nie pochodzą z publicznego źródła.") String note) {

    /** The sections in their order, for the templates. */
    @JsonIgnore
    public List<Section> sections() {
        return List.of(procedure, consultations, compliance, projects, funding, indicators);
    }

    /** A section: heading, what it covers, a table (column headings and rows of cells), and a line when it is empty. */
    @TemplateData
    @Schema(name = "DossierSection")
    public record Section(
            @Schema(example = "4. Monitorowanie projektów w 2024 r.") String heading,
            @Schema(example = "Postęp rzeczowy i wydatki planowane i poniesione według źródeł finansowania.") String intro,
            @Schema(example = "[\"Projekt\", \"Postęp rzeczowy\", \"Plan\", \"Wykonanie\", \"Realizacja\"]") List<String> columns,
            List<Row> rows,
            @Schema(example = "Nie odnotowano.") String empty,
            @Schema(description = "Lines after the table, e.g. the totals", example = "[\"Razem (2 z 3 projektów): …\"]")
            List<String> notes) {

        @JsonIgnore
        public boolean isEmpty() {
            return rows.isEmpty();
        }

        /** The Markdown table's delimiter row. */
        @JsonIgnore
        public String mdRule() {
            return "|" + "---|".repeat(columns.size());
        }

        @JsonIgnore
        public String mdHeader() {
            return "| " + String.join(" | ", columns.stream().map(AssessmentDossier::md).toList()) + " |";
        }
    }

    /** One row of a section's table; the details (funding lines, explanations) follow it in the formats. */
    @TemplateData
    @Schema(name = "DossierRow")
    public record Row(
            List<String> cells,
            @Schema(description = "Lines under the row, e.g. its funding sources or the explanation of a status") List<String> details,
            @Schema(example = "Sprawozdanie roczne") String source,
            @Schema(description = "The source says the figures are illustrative, not official") boolean illustrative) {

        @JsonIgnore
        public String label() {
            return cells.get(0);
        }

        @JsonIgnore
        public String mdRow() {
            return "| " + String.join(" | ", cells.stream().map(AssessmentDossier::md).toList()) + " |";
        }

        @JsonIgnore
        public boolean hasMore() {
            return !details.isEmpty() || source != null || illustrative;
        }
    }

    /** A table cell's text in Markdown: pipes escaped, no line breaks. */
    static String md(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace('\n', ' ');
    }
}
