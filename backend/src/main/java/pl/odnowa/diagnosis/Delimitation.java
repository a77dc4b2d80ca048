package pl.odnowa.diagnosis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The delimitation method, pure and in one place so that a reader (and a test) can recompute every figure:
 * <ul>
 * <li>reference of an indicator: the given value, else for a rate Σ value·residents ÷ Σ residents over the units with
 * both, else the arithmetic mean of the units' values;</li>
 * <li>a unit's value is worse than the reference when, for HIGHER_IS_WORSE, value &gt; reference × (1 + t/100), for
 * HIGHER_IS_BETTER, value &lt; reference × (1 − t/100) (t = thresholdPct);</li>
 * <li>a sphere is in crisis when at least k of its chosen indicators are worse (k = minSocialIndicators for the social
 * sphere, 1 for the others); false when that cannot be reached even counting missing values; null when some values
 * are missing and decide it, or when no chosen indicator belongs to the sphere (not examined);</li>
 * <li>art. 9 ust. 1: the social sphere and at least one other are in crisis;</li>
 * <li>synthetic index: the mean over the indicators of z = (value − mean) ÷ standard deviation (population, over the
 * units with a value), with the sign turned for HIGHER_IS_BETTER so that a higher index is always worse; indicators
 * whose values are all equal (sd 0) are left out.</li>
 * </ul>
 */
final class Delimitation {

    private Delimitation() {
    }

    record Unit(long id, String code, String name, Double areaHa, Integer residents) {
    }

    record Indicator(String code, String name, Sphere sphere, DiagnosticDirection direction, boolean rate, Double given,
            Map<Long, Double> values) {
    }

    record Reference(Double value, String method) {
    }

    record IndicatorStats(Reference reference, Double mean, Double sd) {
    }

    record Cell(String indicator, Sphere sphere, Double value, Double reference, Boolean worse, Double z) {
    }

    record UnitResult(Unit unit, List<Cell> cells, Map<Sphere, Boolean> spheres, int socialWorse, Boolean meetsArt9, Double index) {
    }

    static Reference reference(Indicator indicator, List<Unit> units) {
        if (indicator.given() != null) {
            return new Reference(indicator.given(), "given");
        }
        if (indicator.rate()) {
            double weighted = 0;
            double residents = 0;
            for (Unit u : units) {
                Double v = indicator.values().get(u.id());
                if (v != null && u.residents() != null) {
                    weighted += v * u.residents();
                    residents += u.residents();
                }
            }
            return new Reference(residents == 0 ? null : weighted / residents, "residents-weighted mean");
        }
        double sum = 0;
        int n = 0;
        for (Unit u : units) {
            Double v = indicator.values().get(u.id());
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return new Reference(n == 0 ? null : sum / n, "mean");
    }

    static IndicatorStats stats(Indicator indicator, List<Unit> units) {
        double sum = 0;
        int n = 0;
        for (Unit u : units) {
            Double v = indicator.values().get(u.id());
            if (v != null) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return new IndicatorStats(reference(indicator, units), null, null);
        }
        double mean = sum / n;
        double squares = 0;
        for (Unit u : units) {
            Double v = indicator.values().get(u.id());
            if (v != null) {
                squares += (v - mean) * (v - mean);
            }
        }
        return new IndicatorStats(reference(indicator, units), mean, Math.sqrt(squares / n));
    }

    static List<UnitResult> compute(List<Unit> units, List<Indicator> indicators, double thresholdPct, int minSocial) {
        List<IndicatorStats> stats = indicators.stream().map(i -> stats(i, units)).toList();
        List<UnitResult> results = new ArrayList<>(units.size());
        for (Unit u : units) {
            List<Cell> cells = new ArrayList<>(indicators.size());
            Map<Sphere, int[]> counts = new EnumMap<>(Sphere.class);
            double zSum = 0;
            int zCount = 0;
            for (int k = 0; k < indicators.size(); k++) {
                Indicator indicator = indicators.get(k);
                IndicatorStats s = stats.get(k);
                Double v = indicator.values().get(u.id());
                Double ref = s.reference().value();
                Boolean worse = v == null || ref == null ? null : worse(indicator.direction(), v, ref, thresholdPct);
                Double z = null;
                if (v != null && s.sd() != null && s.sd() > 0) {
                    z = (v - s.mean()) / s.sd() * (indicator.direction() == DiagnosticDirection.HIGHER_IS_BETTER ? -1 : 1);
                    zSum += z;
                    zCount++;
                }
                cells.add(new Cell(indicator.code(), indicator.sphere(), v, ref, worse, z));
                int[] c = counts.computeIfAbsent(indicator.sphere(), x -> new int[2]);
                if (Boolean.TRUE.equals(worse)) {
                    c[0]++;
                } else if (worse == null) {
                    c[1]++;
                }
            }
            Map<Sphere, Boolean> spheres = new EnumMap<>(Sphere.class);
            for (Sphere sphere : Sphere.values()) {
                int[] c = counts.get(sphere);
                int needed = sphere == Sphere.SOCIAL ? minSocial : 1;
                spheres.put(sphere, c == null ? null : c[0] >= needed ? Boolean.TRUE : c[0] + c[1] >= needed ? null : Boolean.FALSE);
            }
            results.add(new UnitResult(u, cells, spheres, counts.containsKey(Sphere.SOCIAL) ? counts.get(Sphere.SOCIAL)[0] : 0,
                    art9(spheres), zCount == 0 ? null : zSum / zCount));
        }
        return results;
    }

    static boolean worse(DiagnosticDirection direction, double value, double reference, double thresholdPct) {
        return direction == DiagnosticDirection.HIGHER_IS_WORSE ? value > reference * (1 + thresholdPct / 100)
                : value < reference * (1 - thresholdPct / 100);
    }

    /** Art. 9 ust. 1: social phenomena and at least one of the other four; null when the recorded spheres cannot tell. */
    static Boolean art9(Map<Sphere, Boolean> spheres) {
        Boolean social = spheres.get(Sphere.SOCIAL);
        boolean otherTrue = false;
        boolean otherUnknown = false;
        for (Sphere s : List.of(Sphere.ECONOMIC, Sphere.ENVIRONMENTAL, Sphere.SPATIAL_FUNCTIONAL, Sphere.TECHNICAL)) {
            otherTrue |= Boolean.TRUE.equals(spheres.get(s));
            otherUnknown |= spheres.get(s) == null;
        }
        if (Boolean.FALSE.equals(social) || (!otherTrue && !otherUnknown)) {
            return false;
        }
        return Boolean.TRUE.equals(social) && otherTrue ? Boolean.TRUE : null;
    }
}
