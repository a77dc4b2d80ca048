package pl.odnowa.monitoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import pl.odnowa.common.Provenance;
import pl.odnowa.project.FundingInstrument;

@Schema(name = "MonitoringRecord", description = "The monitoring of a project in one year: physical progress, a note and "
        + "the planned and actual spending per funding source; null: not recorded")
public record MonitoringRecordResponse(
        @Schema(example = "9") long id,
        @Schema(example = "17") long projectId,
        @Schema(example = "3") long programmeId,
        @Schema(example = "2461011", description = "TERYT code of the programme's municipality") String municipality,
        @Schema(example = "2024") int year,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "40.00", description = "Physical progress in percent; "
                + "null: not recorded") BigDecimal progress,
        @Schema(example = "Roboty budowlane w toku; odebrano stan surowy.") String note,
        List<Line> funding,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "100000.00", description = "Sum of the planned "
                + "amounts; null when a line does not record it (a partial sum is not given)") BigDecimal plannedTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "80000.00", description = "Sum of the actual amounts; "
                + "null when a line does not record it") BigDecimal actualTotal,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "0.8000", description = "actualTotal ÷ plannedTotal, "
                + "4 decimals; null when either is null or nothing was planned") BigDecimal executionRatio,
        @Schema(example = "Sprawozdanie z realizacji GPR za 2024 r. (dane ilustracyjne)") String source,
        @Schema(description = "The source says the figures are illustrative, not official") boolean illustrative,
        @Schema(example = "0") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    @Schema(name = "MonitoringFunding", description = "Planned and actual spending of one funding source in the year")
    public record Line(
            @Schema(example = "Unia Europejska – EFRR") String source,
            @Schema(example = "GRANT") FundingInstrument instrument,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "100000.00", description = "null: not recorded") BigDecimal planned,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "80000.00", description = "null: not recorded") BigDecimal actual,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "0.8000", description = "actual ÷ planned; null when "
                    + "either is not recorded or planned is 0") BigDecimal executionRatio) {

        static Line from(MonitoringFunding f) {
            BigDecimal planned = Execution.decimal(f.planned());
            BigDecimal actual = Execution.decimal(f.actual());
            return new Line(f.source(), f.instrument(), planned, actual, Execution.ratio(planned, actual));
        }
    }

    public static MonitoringRecordResponse from(MonitoringRecord r) {
        BigDecimal planned = Execution.plannedTotal(r.funding);
        BigDecimal actual = Execution.actualTotal(r.funding);
        return new MonitoringRecordResponse(r.id, r.project.id, r.project.programme.id, r.municipalityTeryt(), r.year,
                r.progress, r.note, r.funding.stream().map(Line::from).toList(), planned, actual,
                Execution.ratio(planned, actual), r.source, Provenance.illustrative(r.source), r.version, r.createdAt,
                r.updatedAt);
    }
}
