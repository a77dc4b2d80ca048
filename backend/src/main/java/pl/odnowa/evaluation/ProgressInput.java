package pl.odnowa.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

import pl.odnowa.indicator.Direction;
import pl.odnowa.indicator.IndicatorLevel;

/**
 * What the progress calculation needs from an indicator, as plain values.
 *
 * @param level         OUTPUT, RESULT or CONTEXT; a CONTEXT indicator gets no status, an OUTPUT one also the degree
 *                      of achievement
 * @param direction     HIGHER when a rising value is progress, LOWER when a falling one is; null for CONTEXT
 * @param baselineYear  optional; used only together with baselineValue
 * @param baselineValue optional; used only together with baselineYear
 * @param targetYear    optional; without it the settings' default target year applies (Open SDG: 2030)
 * @param targetValue   optional
 * @param naturalLimit  optional natural maximum or minimum (Open SDG's {@code limit}), used without a target
 * @param observations  year → value, any order, gaps allowed; null means none
 * @param settings      the default base and target years
 */
public record ProgressInput(
        IndicatorLevel level,
        Direction direction,
        Integer baselineYear,
        BigDecimal baselineValue,
        Integer targetYear,
        BigDecimal targetValue,
        BigDecimal naturalLimit,
        Map<Integer, BigDecimal> observations,
        ProgressSettings settings) {

    public ProgressInput {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(settings, "settings");
        if (direction == null && level != IndicatorLevel.CONTEXT) {
            throw new IllegalArgumentException("an " + level + " indicator needs a direction");
        }
        observations = observations == null ? Map.of() : observations;
    }
}
