package pl.odnowa.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

import pl.odnowa.indicator.Direction;

/**
 * What the progress calculation needs from an indicator, as plain values.
 *
 * @param direction     HIGHER when a rising value is progress, LOWER when a falling one is
 * @param baselineYear  optional; used only together with baselineValue
 * @param baselineValue optional; used only together with baselineYear
 * @param targetYear    optional; without it a target value can only be "achieved" and the CAGR thresholds apply
 * @param targetValue   optional
 * @param observations  year → value, any order, gaps allowed; null means none
 */
public record ProgressInput(
        Direction direction,
        Integer baselineYear,
        BigDecimal baselineValue,
        Integer targetYear,
        BigDecimal targetValue,
        Map<Integer, BigDecimal> observations) {

    public ProgressInput {
        Objects.requireNonNull(direction, "direction");
        observations = observations == null ? Map.of() : observations;
    }
}
