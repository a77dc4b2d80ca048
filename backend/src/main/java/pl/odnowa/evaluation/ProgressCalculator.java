package pl.odnowa.evaluation;

import static pl.odnowa.evaluation.Fmt.EN;
import static pl.odnowa.evaluation.Fmt.PL;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import pl.odnowa.indicator.Direction;

/**
 * Progress status of an indicator by the Open SDG / Statistics Canada method (open-sdg docs/progress-methodology.md):
 * the compound annual growth rate (CAGR) from the base year to the latest observation, compared with the CAGR
 * required to reach a dated numeric target (ratio R: ≥ 0.95 on track, 0.6–0.95 acceleration needed, 0–0.6 limited
 * progress, &lt; 0 deterioration), or, without one, with fixed thresholds (≥ 1.5% a year on track, 0.5–1.5%
 * acceleration needed, 0–0.5% limited progress, &lt; 0 deterioration). For LOWER-is-better indicators a falling value
 * is progress. Pure and thread-safe.
 */
public final class ProgressCalculator {

    static final double ON_TRACK_RATIO = 0.95;
    static final double ACCELERATION_RATIO = 0.6;
    static final double ON_TRACK_CAGR = 0.015;
    static final double ACCELERATION_CAGR = 0.005;
    /** Thresholds are inclusive; this absorbs floating-point noise of pow() so that an exact 0.95 counts as 0.95. */
    private static final double EPSILON = 1e-9;

    private ProgressCalculator() {
    }

    public static Progress calculate(ProgressInput input) {
        Direction direction = input.direction();
        TreeMap<Integer, BigDecimal> observations = new TreeMap<>();
        for (Map.Entry<Integer, BigDecimal> entry : input.observations().entrySet()) {
            if (entry.getKey() != null && entry.getValue() != null) {
                observations.put(entry.getKey(), entry.getValue());
            }
        }
        boolean hasBaseline = input.baselineYear() != null && input.baselineValue() != null;
        YearValue target = input.targetValue() == null ? null : new YearValue(input.targetYear(), input.targetValue());

        if (observations.isEmpty()) {
            YearValue base = hasBaseline ? new YearValue(input.baselineYear(), input.baselineValue()) : null;
            return new Progress(ProgressStatus.INSUFFICIENT_DATA, null, null, null, null, base, null, target,
                    "Brak obserwacji: bez danych nie można ocenić postępu.",
                    "No observations: progress cannot be assessed without data.");
        }
        YearValue base = hasBaseline
                ? new YearValue(input.baselineYear(), input.baselineValue())
                : new YearValue(observations.firstKey(), observations.firstEntry().getValue());
        YearValue latest = new YearValue(observations.lastKey(), observations.lastEntry().getValue());

        if (latest.year() <= base.year()) {
            if (!hasBaseline) {
                return new Progress(ProgressStatus.INSUFFICIENT_DATA, null, null, null, null, base, null, target,
                        "Tylko jedna obserwacja (" + latest.year() + " r.): do wyznaczenia trendu potrzebne są dane"
                                + " z co najmniej dwóch lat.",
                        "Only one observation (" + latest.year() + "): at least two years of data are needed to"
                                + " compute a trend.");
            }
            return new Progress(ProgressStatus.INSUFFICIENT_DATA, null, null, null, null, base, null, target,
                    "Brak obserwacji po roku bazowym " + base.year() + " (ostatnia: " + latest.year()
                            + " r.): postępu nie można jeszcze ocenić.",
                    "No observation after the base year " + base.year() + " (latest: " + latest.year()
                            + "): progress cannot be assessed yet.");
        }

        double baseValue = base.value().doubleValue();
        double latestValue = latest.value().doubleValue();
        Double actual = baseValue > 0 && latestValue > 0
                ? cagr(baseValue, latestValue, latest.year() - base.year()) : null;

        // Achievement is a plain comparison and needs no growth rate, so it is decided before the positivity rule
        // (a target of zero road deaths reached by a latest value of zero is achieved, not "not applicable").
        if (target != null && meets(latest.value(), target.value(), direction)) {
            String when = target.year() == null ? "" : target.year() + " r.; ";
            String whenEn = target.year() == null ? "" : target.year() + "; ";
            return new Progress(ProgressStatus.TARGET_ACHIEVED, ProgressMethod.TARGET_COMPARISON, null,
                    Fmt.round4(actual), null, base, latest, target,
                    "Ostatnia wartość " + Fmt.num(latest.value(), PL) + " (" + latest.year() + " r.) spełnia już cel "
                            + Fmt.num(target.value(), PL) + " (" + when + betterPl(direction) + "): cel osiągnięty.",
                    "The latest value " + Fmt.num(latest.value(), EN) + " (" + latest.year()
                            + ") already meets the target of " + Fmt.num(target.value(), EN) + " (" + whenEn
                            + betterEn(direction) + "): target achieved.");
        }

        if (baseValue <= 0) {
            return notApplicable(base, latest, target,
                    "Wartość bazowa (" + base.year() + " r.: " + Fmt.num(base.value(), PL) + ") nie jest dodatnia",
                    "The base value (" + base.year() + ": " + Fmt.num(base.value(), EN) + ") is not positive");
        }
        if (latestValue <= 0) {
            return notApplicable(base, latest, target,
                    "Ostatnia wartość (" + latest.year() + " r.: " + Fmt.num(latest.value(), PL)
                            + ") nie jest dodatnia",
                    "The latest value (" + latest.year() + ": " + Fmt.num(latest.value(), EN) + ") is not positive");
        }

        if (target != null && target.year() != null) {
            return againstTarget(direction, base, latest, target, actual);
        }
        return againstThresholds(direction, base, latest, target, actual);
    }

    private static Progress againstTarget(Direction direction, YearValue base, YearValue latest, YearValue target,
            double actual) {
        double targetValue = target.value().doubleValue();
        if (targetValue <= 0) {
            return notApplicable(base, latest, target,
                    "Wartość docelowa (" + Fmt.num(target.value(), PL) + ") nie jest dodatnia",
                    "The target value (" + Fmt.num(target.value(), EN) + ") is not positive");
        }
        if (target.year() <= base.year()) {
            return new Progress(ProgressStatus.NOT_APPLICABLE, null, null, Fmt.round4(actual), null, base, latest,
                    target,
                    "Rok docelowy " + target.year() + " nie jest późniejszy niż rok bazowy " + base.year()
                            + ": nie można wyznaczyć wymaganego tempa zmian.",
                    "The target year " + target.year() + " is not after the base year " + base.year()
                            + ": the required growth rate cannot be computed.");
        }
        double required = cagr(base.value().doubleValue(), targetValue, target.year() - base.year());
        boolean requiredIsProgress = direction == Direction.HIGHER ? required > 0 : required < 0;
        if (!requiredIsProgress) {
            // The target is not achieved now but was met at the base year (or equals the base value): the value
            // has therefore moved the wrong way since the base year.
            String pl;
            String en;
            if (target.value().compareTo(base.value()) == 0) {
                pl = "Cel " + Fmt.num(target.value(), PL) + " (" + target.year() + " r.) jest równy wartości bazowej ("
                        + base.year() + " r.), a ostatnia wartość " + Fmt.num(latest.value(), PL) + " ("
                        + latest.year() + " r.) go nie spełnia (" + betterPl(direction)
                        + "): wymagane tempo zmian wynosi 0, więc nie liczy się ilorazu; pogorszenie.";
                en = "The target of " + Fmt.num(target.value(), EN) + " (" + target.year()
                        + ") equals the base value (" + base.year() + "), and the latest value "
                        + Fmt.num(latest.value(), EN) + " (" + latest.year() + ") falls short of it ("
                        + betterEn(direction) + "): the required growth rate is 0, so no ratio is computed;"
                        + " deterioration.";
            } else {
                pl = "Cel " + Fmt.num(target.value(), PL) + " (" + target.year()
                        + " r.) był spełniony już w roku bazowym (" + base.year() + " r.: "
                        + Fmt.num(base.value(), PL) + "; " + betterPl(direction) + "), ale ostatnia wartość "
                        + Fmt.num(latest.value(), PL) + " (" + latest.year() + " r.) już go nie spełnia: pogorszenie.";
                en = "The target of " + Fmt.num(target.value(), EN) + " (" + target.year()
                        + ") was already met at the base year (" + base.year() + ": " + Fmt.num(base.value(), EN)
                        + "; " + betterEn(direction) + "), but the latest value " + Fmt.num(latest.value(), EN)
                        + " (" + latest.year() + ") no longer meets it: deterioration.";
            }
            return new Progress(ProgressStatus.DETERIORATION, ProgressMethod.CAGR_VS_REQUIRED, null,
                    Fmt.round4(actual), Fmt.round4(required), base, latest, target, pl, en);
        }

        double ratio = actual / required;
        ProgressStatus status;
        String phrasePl;
        String phraseEn;
        if (ratio >= ON_TRACK_RATIO - EPSILON) {
            status = ProgressStatus.ON_TRACK;
            phrasePl = "co najmniej 0,95: na dobrej drodze do celu";
            phraseEn = "at least 0.95: on track";
        } else if (ratio >= ACCELERATION_RATIO - EPSILON) {
            status = ProgressStatus.ACCELERATION_NEEDED;
            phrasePl = "od 0,6 do 0,95: potrzebne przyspieszenie";
            phraseEn = "between 0.6 and 0.95: acceleration needed";
        } else if (ratio >= -EPSILON) {
            status = ProgressStatus.LIMITED_PROGRESS;
            phrasePl = "od 0 do 0,6: ograniczony postęp";
            phraseEn = "between 0 and 0.6: limited progress";
        } else {
            status = ProgressStatus.DETERIORATION;
            phrasePl = "poniżej 0: pogorszenie (wartość oddala się od celu)";
            phraseEn = "below 0: deterioration (the value moves away from the target)";
        }
        String pl = trendPl(base, latest, actual) + "; osiągnięcie celu " + Fmt.num(target.value(), PL) + " w "
                + target.year() + " r. wymaga " + (required > 0 ? "wzrostu" : "spadku") + " o "
                + Fmt.pct(Math.abs(required), PL) + " rocznie. Stosunek tempa rzeczywistego do wymaganego wynosi "
                + Fmt.ratio(ratio, PL) + ", czyli " + phrasePl + ".";
        String en = trendEn(base, latest, actual) + "; reaching the target of " + Fmt.num(target.value(), EN)
                + " by " + target.year() + " requires " + (required > 0 ? "a rise" : "a fall") + " of "
                + Fmt.pct(Math.abs(required), EN) + " a year. The actual/required ratio is "
                + Fmt.ratio(ratio, EN) + ", " + phraseEn + ".";
        return new Progress(status, ProgressMethod.CAGR_VS_REQUIRED, Fmt.round4(ratio), Fmt.round4(actual),
                Fmt.round4(required), base, latest, target, pl, en);
    }

    private static Progress againstThresholds(Direction direction, YearValue base, YearValue latest,
            YearValue target, double actual) {
        double improvement = direction == Direction.HIGHER ? actual : -actual;
        ProgressStatus status;
        String phrasePl;
        String phraseEn;
        if (improvement >= ON_TRACK_CAGR - EPSILON) {
            status = ProgressStatus.ON_TRACK;
            phrasePl = "poprawa o co najmniej 1,5% rocznie oznacza: na dobrej drodze";
            phraseEn = "an improvement of at least 1.5% a year is on track";
        } else if (improvement >= ACCELERATION_CAGR - EPSILON) {
            status = ProgressStatus.ACCELERATION_NEEDED;
            phrasePl = "poprawa od 0,5% do 1,5% rocznie oznacza: potrzebne przyspieszenie";
            phraseEn = "an improvement of 0.5% to 1.5% a year means acceleration is needed";
        } else if (improvement >= -EPSILON) {
            status = ProgressStatus.LIMITED_PROGRESS;
            phrasePl = "poprawa od 0% do 0,5% rocznie oznacza: ograniczony postęp";
            phraseEn = "an improvement of 0% to 0.5% a year is limited progress";
        } else {
            status = ProgressStatus.DETERIORATION;
            phrasePl = "zmiana w niekorzystnym kierunku oznacza: pogorszenie";
            phraseEn = "a change in the wrong direction is deterioration";
        }
        String leadPl = target == null
                ? "Brak liczbowego celu, więc stosuje się progi CAGR: "
                : "Cel " + Fmt.num(target.value(), PL) + " nie ma roku docelowego, więc stosuje się progi CAGR: ";
        String leadEn = target == null
                ? "There is no numeric target, so the CAGR thresholds apply: "
                : "The target of " + Fmt.num(target.value(), EN)
                        + " has no target year, so the CAGR thresholds apply: ";
        String pl = leadPl + lowerFirst(trendPl(base, latest, actual)) + "; przy wskaźniku, dla którego "
                + (direction == Direction.HIGHER ? "lepsza jest wyższa wartość, " : "lepsza jest niższa wartość, ")
                + phrasePl + ".";
        String en = leadEn + lowerFirst(trendEn(base, latest, actual)) + "; where "
                + betterEn(direction) + ", " + phraseEn + ".";
        return new Progress(status, ProgressMethod.CAGR_THRESHOLDS, null, Fmt.round4(actual), null, base, latest,
                target, pl, en);
    }

    private static Progress notApplicable(YearValue base, YearValue latest, YearValue target, String whyPl,
            String whyEn) {
        return new Progress(ProgressStatus.NOT_APPLICABLE, null, null, null, null, base, latest, target,
                whyPl + ": metoda CAGR wymaga wartości dodatnich, więc statusu postępu nie wyznacza się.",
                whyEn + ": the CAGR method needs positive values, so no progress status is given.");
    }

    static double cagr(double from, double to, int years) {
        return Math.pow(to / from, 1.0 / years) - 1;
    }

    private static boolean meets(BigDecimal latest, BigDecimal target, Direction direction) {
        int cmp = latest.compareTo(target);
        return direction == Direction.HIGHER ? cmp >= 0 : cmp <= 0;
    }

    private static String trendPl(YearValue base, YearValue latest, double actual) {
        String span = "Od " + base.year() + " r. (" + Fmt.num(base.value(), PL) + ") do " + latest.year() + " r. ("
                + Fmt.num(latest.value(), PL) + ") wartość ";
        if (latest.value().compareTo(base.value()) == 0) {
            return span + "nie zmieniła się (CAGR 0%)";
        }
        return span + (actual > 0 ? "rosła" : "malała") + " średnio o " + Fmt.pct(Math.abs(actual), PL)
                + " rocznie (CAGR)";
    }

    private static String trendEn(YearValue base, YearValue latest, double actual) {
        String span = "Between " + base.year() + " (" + Fmt.num(base.value(), EN) + ") and " + latest.year() + " ("
                + Fmt.num(latest.value(), EN) + ") the value ";
        if (latest.value().compareTo(base.value()) == 0) {
            return span + "did not change (CAGR 0%)";
        }
        return span + (actual > 0 ? "rose" : "fell") + " by " + Fmt.pct(Math.abs(actual), EN)
                + " a year on average (CAGR)";
    }

    private static String betterPl(Direction direction) {
        return direction == Direction.HIGHER ? "lepsza jest wyższa wartość" : "lepsza jest niższa wartość";
    }

    private static String betterEn(Direction direction) {
        return direction == Direction.HIGHER ? "higher is better" : "lower is better";
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
