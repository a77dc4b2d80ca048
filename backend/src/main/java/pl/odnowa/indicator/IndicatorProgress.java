package pl.odnowa.indicator;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import pl.odnowa.evaluation.Progress;
import pl.odnowa.evaluation.ProgressMethod;
import pl.odnowa.evaluation.ProgressStatus;

/**
 * The progress of an indicator (pl.odnowa.evaluation.Progress) as the API shows it: decimals as strings, like every
 * other indicator value, so that the record compares by value (the indicator's ETag moves when it changes).
 */
@Schema(name = "IndicatorProgress", description = "Progress by the Open SDG / Statistics Canada method (sdg-build "
        + "ProgressMeasure.py), computed from the kind, baseline, target, direction, natural limit and the whole-scope "
        + "observations; CONTEXT indicators get no status")
public record IndicatorProgress(
        @Schema(example = "ACCELERATION_NEEDED", description = "null for CONTEXT indicators") ProgressStatus status,
        @Schema(example = "CAGR_VS_REQUIRED", description = "How the status was decided; null when no status could be given") ProgressMethod method,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "0.8907",
                description = "Open SDG's R = d × observed CAGR ÷ |required CAGR| (4 decimals), with a target") BigDecimal ratio,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "0.0742",
                description = "Compound annual growth rate from base to latest, as a fraction (0.0742 = 7.42% a year)") BigDecimal actualCagr,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "0.0833",
                description = "Growth rate a year needed from the base to reach the target by the target year") BigDecimal requiredCagr,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "1.2214",
                description = "Open SDG's progress score from -5 to 5 (5 when the target is achieved)") BigDecimal score,
        @Schema(example = "moderate_progress", description = "The status under Open SDG's own name") String openSdgStatus,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "0.8712",
                description = "The factor C that scaled the growth thresholds for the natural limit, when one applied") BigDecimal limitCoefficient,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "0.75",
                description = "OUTPUT indicators: latest value ÷ target value (0.75 = 75% achieved), as EU funds monitoring reports it")
        BigDecimal degreeOfAchievement,
        @Schema(description = "The baseline, or the first whole-scope observation from the default base year on") YearValue base,
        @Schema(description = "The latest whole-scope observation") YearValue latest,
        @Schema(description = "The target, with the year it is assessed against") YearValue target,
        @Schema(example = "false", description = "true when the target records no year and the default (2030) is used") boolean targetYearAssumed,
        @Schema(example = "Od 2014 r. (40) do 2021 r. (66) wartość rosła średnio o 7,419% rocznie (CAGR); …") String explanationPl,
        @Schema(example = "Between 2014 (40) and 2021 (66) the value rose by 7.419% a year on average (CAGR); …") String explanationEn) {

    static IndicatorProgress from(Progress p) {
        return new IndicatorProgress(p.status(), p.method(), p.ratio(), p.actualCagr(), p.requiredCagr(), p.score(),
                p.openSdgStatus(), p.limitCoefficient(), p.degreeOfAchievement(), of(p.base()), of(p.latest()),
                of(p.target()), p.targetYearAssumed(), p.explanationPl(), p.explanationEn());
    }

    private static YearValue of(pl.odnowa.evaluation.YearValue v) {
        return v == null ? null : new YearValue(Decimals.plain(v.value()), v.year());
    }
}
