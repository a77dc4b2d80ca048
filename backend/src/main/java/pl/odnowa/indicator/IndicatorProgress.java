package pl.odnowa.indicator;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import pl.odnowa.evaluation.Progress;
import pl.odnowa.evaluation.ProgressCalculator;
import pl.odnowa.evaluation.ProgressInput;
import pl.odnowa.evaluation.ProgressMethod;
import pl.odnowa.evaluation.ProgressStatus;

/**
 * The progress of an indicator (pl.odnowa.evaluation.Progress) as the API shows it: decimals as strings, like every
 * other indicator value, so that the record compares by value (the indicator's ETag moves when it changes).
 */
@Schema(name = "IndicatorProgress", description = "Progress by the Open SDG / Statistics Canada CAGR method, computed from "
        + "the baseline, target, direction and the whole-scope observations")
public record IndicatorProgress(
        @Schema(example = "ACCELERATION_NEEDED") ProgressStatus status,
        @Schema(example = "CAGR_VS_REQUIRED", description = "How the status was decided; null for INSUFFICIENT_DATA and NOT_APPLICABLE") ProgressMethod method,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "0.8907",
                description = "Actual CAGR / required CAGR (4 decimals) when the status came from that ratio") BigDecimal ratio,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "0.0742",
                description = "Compound annual growth rate from base to latest, as a fraction (0.0742 = 7.42% a year)") BigDecimal actualCagr,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "0.0833",
                description = "Growth rate a year needed from the base to reach the target by the target year") BigDecimal requiredCagr,
        @Schema(description = "The baseline, or the earliest whole-scope observation when there is no baseline") YearValue base,
        @Schema(description = "The latest whole-scope observation after the base year") YearValue latest,
        @Schema(description = "The target (its year may be null)") YearValue target,
        @Schema(example = "Od 2014 r. (40) do 2021 r. (66) wartość rosła średnio o 7,419% rocznie (CAGR); …") String explanationPl,
        @Schema(example = "Between 2014 (40) and 2021 (66) the value rose by 7.419% a year on average (CAGR); …") String explanationEn) {

    /** The progress of the indicator given its whole-scope observations (year → value). */
    static IndicatorProgress of(Indicator i, SortedMap<Integer, BigDecimal> wholeScope) {
        return from(ProgressCalculator.calculate(new ProgressInput(i.direction, i.baselineYear, i.baselineValue,
                i.targetYear, i.targetValue, wholeScope == null ? Map.of() : wholeScope)));
    }

    static IndicatorProgress from(Progress p) {
        return new IndicatorProgress(p.status(), p.method(), p.ratio(), p.actualCagr(), p.requiredCagr(), of(p.base()),
                of(p.latest()), of(p.target()), p.explanationPl(), p.explanationEn());
    }

    private static YearValue of(pl.odnowa.evaluation.YearValue v) {
        return v == null ? null : new YearValue(Decimals.plain(v.value()), v.year());
    }
}
