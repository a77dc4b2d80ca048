package pl.odnowa.monitoring;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import pl.odnowa.evaluation.ProgressStatus;
import pl.odnowa.indicator.IndicatorLevel;
import pl.odnowa.indicator.IndicatorProgress;
import pl.odnowa.indicator.YearValue;
import pl.odnowa.project.FundingInstrument;
import pl.odnowa.project.ProjectKind;
import pl.odnowa.project.ProjectStatus;

/**
 * The monitoring report of a programme for one year (art. 15 ust. 1 pkt 10): every project with its record of the year
 * (or NOT_RECORDED), the spending per funding source, and every indicator with what was achieved up to that year. What
 * is not recorded is null, never 0; figures whose source says "illustrative" are marked.
 */
@Schema(name = "MonitoringReport", description = "Monitoring of a programme in one year: projects (progress, planned and "
        + "actual spending per funding source, execution) and indicators (baseline, target, achieved up to the year, degree "
        + "of achievement, progress status). null: not recorded, never 0")
public record MonitoringReport(
        @Schema(example = "3") long programmeId,
        @Schema(example = "Gminny Program Rewitalizacji Miasta Bielska-Białej do 2030 roku") String programme,
        @Schema(example = "2461011") String municipality,
        @Schema(example = "Bielsko-Biała") String municipalityName,
        @Schema(example = "2024") int year,
        @Schema(example = "2022") int periodFrom,
        @Schema(example = "2030") Integer periodTo,
        List<ProjectYear> projects,
        Totals totals,
        @Schema(description = "Spending of the year summed per funding source over the projects") List<SourceTotal> bySource,
        List<IndicatorYear> indicators,
        @Schema(example = "2", description = "How many project records and indicators rest on illustrative figures") int illustrative) {

    @Schema(name = "MonitoringReportProject")
    public record ProjectYear(
            @Schema(example = "17") long projectId,
            @Schema(example = "Rewitalizacja Placu Wojska Polskiego") String title,
            @Schema(example = "BASIC") ProjectKind kind,
            @Schema(example = "IMPLEMENTATION") ProjectStatus status,
            @Schema(example = "RECORDED", enumeration = {"RECORDED", "NOT_RECORDED"},
                    description = "NOT_RECORDED: no monitoring record for the year; every figure below is then null") String monitoring,
            @Schema(example = "9", description = "The monitoring record of the year") Long recordId,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "40.00") BigDecimal progress,
            @Schema(example = "Roboty budowlane w toku.") String note,
            List<MonitoringRecordResponse.Line> funding,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "100000.00") BigDecimal plannedTotal,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "80000.00") BigDecimal actualTotal,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "0.8000", description = "actual ÷ planned") BigDecimal executionRatio,
            @Schema(example = "Sprawozdanie z realizacji GPR za 2024 r. (dane ilustracyjne)") String source,
            boolean illustrative) {
    }

    @Schema(name = "MonitoringReportTotals", description = "Sums over the projects whose planned and actual totals are both "
            + "recorded (a partial sum would read as the whole): how many that is, of how many projects")
    public record Totals(
            @Schema(example = "5") int projects,
            @Schema(example = "3", description = "Projects with a record of the year") int recorded,
            @Schema(example = "3", description = "Projects whose planned and actual totals enter the sums below") int inTotals,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "250000.00", description = "null when no project enters the sums")
            BigDecimal planned,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "200000.00") BigDecimal actual,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "0.8000") BigDecimal executionRatio) {
    }

    @Schema(name = "MonitoringReportSource", description = "One funding source summed over the projects' lines that record "
            + "both amounts")
    public record SourceTotal(
            @Schema(example = "Unia Europejska – EFRR") String source,
            @Schema(example = "GRANT", description = "The instrument when every line names the same one") FundingInstrument instrument,
            @Schema(example = "2", description = "Lines of this source") int lines,
            @Schema(example = "2", description = "Lines that record both amounts and enter the sums") int inTotals,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "150000.00") BigDecimal planned,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "110000.00") BigDecimal actual,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "0.7333") BigDecimal executionRatio) {
    }

    @Schema(name = "MonitoringReportIndicator")
    public record IndicatorYear(
            @Schema(example = "12") long indicatorId,
            @Schema(example = "W1") String code,
            @Schema(example = "Powierzchnia zrewitalizowanych przestrzeni publicznych") String namePl,
            @Schema(example = "Area of revitalised public spaces") String nameEn,
            @Schema(example = "ha") String unit,
            @Schema(example = "OUTPUT") IndicatorLevel kind,
            YearValue baseline,
            YearValue target,
            @Schema(description = "The latest whole-scope observation up to the year; null: none recorded") YearValue achieved,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "1.5", description = "The whole-scope observation "
                    + "of the year itself; null: not recorded") BigDecimal valueInYear,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "0.7500", description = "OUTPUT indicators: achieved ÷ target; null otherwise or when not known")
            BigDecimal degreeOfAchievement,
            @Schema(example = "ON_TRACK", description = "Open SDG status from the observations up to the year; null for CONTEXT indicators")
            ProgressStatus status,
            @Schema(description = "The progress computed from the observations up to the year (IndicatorProgress)") IndicatorProgress progress,
            @Schema(example = "GUS BDL") String source,
            @Schema(description = "The indicator's or an observation's source says illustrative") boolean illustrative) {
    }
}
