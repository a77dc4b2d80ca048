package pl.odnowa.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Limits used by {@link ActRules}. Configurable because some legal texts were not verified
 * (see the domain file's [verify] marks).
 *
 * @param maxAreaSharePct              art. 10 ust. 2: the revitalisation area's share of the municipality's area (20)
 * @param maxResidentsSharePct         art. 10 ust. 2: its share of the municipality's residents (30)
 * @param evaluationIntervalYears      art. 22: the programme is assessed at least every N years (3)
 * @param specialZoneMaxYears          art. 25: a special revitalisation zone lasts at most N years (10)
 * @param areaTolerancePct             AREA_HA_MATCH: declared vs computed hectares may differ by this % (2)
 * @param containmentToleranceFraction art. 10 ust. 1 containment: a revitalisation subarea may stick out of the
 *                                     degraded area by this fraction of its own area (0.001 = 0.1%) ...
 * @param containmentToleranceM2       ... or by this many square metres, whichever is larger (5), to absorb
 *                                     rounding of coordinates
 */
public record ActThresholds(
        BigDecimal maxAreaSharePct,
        BigDecimal maxResidentsSharePct,
        int evaluationIntervalYears,
        int specialZoneMaxYears,
        double areaTolerancePct,
        double containmentToleranceFraction,
        double containmentToleranceM2) {

    public static final ActThresholds DEFAULTS = new ActThresholds(new BigDecimal("20"), new BigDecimal("30"), 3, 10,
            2.0, 0.001, 5.0);

    public ActThresholds {
        Objects.requireNonNull(maxAreaSharePct, "maxAreaSharePct");
        Objects.requireNonNull(maxResidentsSharePct, "maxResidentsSharePct");
        if (maxAreaSharePct.signum() <= 0 || maxResidentsSharePct.signum() <= 0 || evaluationIntervalYears <= 0
                || specialZoneMaxYears <= 0 || areaTolerancePct < 0 || containmentToleranceFraction < 0
                || containmentToleranceM2 < 0) {
            throw new IllegalArgumentException("thresholds must be positive (tolerances non-negative)");
        }
    }
}
