package pl.odnowa.evaluation;

import static pl.odnowa.evaluation.Fmt.EN;
import static pl.odnowa.evaluation.Fmt.PL;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

import pl.odnowa.indicator.Direction;
import pl.odnowa.indicator.IndicatorLevel;

/**
 * Progress status of an indicator exactly as Open SDG computes it (sdg-build {@code sdg/ProgressMeasure.py}, described
 * in open-sdg {@code docs/progress-methodology.md}), for one series:
 * <ul>
 * <li>base: the recorded baseline, else the first observation from the default base year on (2015); current: the
 * latest observation;</li>
 * <li>a target is achieved when the current value meets it — this wins even with a single observation (score 5);</li>
 * <li>a target or base value of zero is replaced by 0.001; base and current values of different signs cannot be
 * assessed; when all values are negative the direction is flipped (Open SDG's {@code sign});</li>
 * <li>with a target (its year defaults to 2030): R = sign × d × CAGR<sub>observed</sub> ÷ |CAGR<sub>required</sub>|
 * against 0.95 / 0.6 / 0; without one: sign × d × CAGR against 1.5% / 0.5% / 0% a year, those thresholds scaled by
 * C = 1 − (y₀/y<sub>lim</sub>)<sup>4.44</sup> (or its mirror above the limit) for a natural limit;</li>
 * <li>the score from −5 to 5 by Open SDG's linear transformations.</li>
 * </ul>
 * Where Open SDG has no answer (it raises an error: a target year equal to the base year, a target equal to the base
 * value; or no data from the base year on) or a meaningless one (a target and base of different signs, where its
 * formula raises a negative ratio to a power), Odnowa answers NOT_APPLICABLE, DETERIORATION (score −5) or uses the
 * earliest observation, and the explanation says so. CONTEXT indicators get no status; OUTPUT indicators
 * also get the degree of achievement (latest ÷ target). Pure and thread-safe.
 */
public final class ProgressCalculator {

    /** Open SDG's thresholds of R with a target (methodology 2). */
    static final double ON_TRACK_RATIO = 0.95;
    static final double ACCELERATION_RATIO = 0.6;
    /** Open SDG's thresholds of the CAGR without a target (methodology 1), before scaling by C. */
    static final double ON_TRACK_CAGR = 0.015;
    static final double ACCELERATION_CAGR = 0.005;
    /** Open SDG replaces a zero base or target value by this. */
    static final double ZERO_REPLACEMENT = 0.001;
    /** The exponent of Open SDG's limit scaling factor C. */
    static final double LIMIT_EXPONENT = 4.44;

    private ProgressCalculator() {
    }

    public static Progress calculate(ProgressInput input) {
        TreeMap<Integer, BigDecimal> observations = new TreeMap<>();
        for (Map.Entry<Integer, BigDecimal> entry : input.observations().entrySet()) {
            if (entry.getKey() != null && entry.getValue() != null) {
                observations.put(entry.getKey(), entry.getValue());
            }
        }
        boolean targetYearAssumed = input.targetValue() != null && input.targetYear() == null;
        YearValue target = input.targetValue() == null ? null : new YearValue(
                targetYearAssumed ? input.settings().defaultTargetYear() : input.targetYear(), input.targetValue());
        YearValue latest = observations.isEmpty() ? null
                : new YearValue(observations.lastKey(), observations.lastEntry().getValue());
        Result r = new Result(input, target, targetYearAssumed, latest);

        if (input.level() == IndicatorLevel.CONTEXT) {
            return r.base(baseline(input)).done(null, null,
                    "Wskaźnik kontekstowy: opisuje tło (np. liczbę mieszkańców miasta), nie ma kierunku pożądanej zmiany,"
                            + " więc nie ocenia się jego postępu.",
                    "A context indicator: it describes the setting (such as the city's population) and has no desired"
                            + " direction, so its progress is not assessed.");
        }
        if (latest == null) {
            return r.base(baseline(input)).done(ProgressStatus.INSUFFICIENT_DATA, null,
                    "Brak obserwacji: bez danych nie można ocenić postępu.",
                    "No observations: progress cannot be assessed without data.");
        }

        // The base: the recorded baseline, else Open SDG's base year or the first observed year after it.
        String baseNotePl = "";
        String baseNoteEn = "";
        YearValue base = baseline(input);
        if (base == null) {
            Integer year = observations.ceilingKey(input.settings().defaultBaseYear());
            if (year == null) {
                year = observations.firstKey();
                baseNotePl = " Nie ma obserwacji z roku bazowego " + input.settings().defaultBaseYear()
                        + " ani późniejszej przed ostatnią, więc za podstawę przyjęto najwcześniejszą (" + year
                        + " r.; Open SDG nie wyznaczyłby wtedy postępu).";
                baseNoteEn = " There is no observation from the base year " + input.settings().defaultBaseYear()
                        + " on, so the earliest one (" + year + ") is the base (Open SDG would give no result).";
            }
            base = new YearValue(year, observations.get(year));
        } else if (observations.containsKey(base.year()) && observations.get(base.year()).compareTo(base.value()) != 0) {
            baseNotePl = " Podstawą jest wartość bazowa zapisana w programie (" + Fmt.num(base.value(), PL)
                    + "), a nie obserwacja z roku " + base.year() + " (" + Fmt.num(observations.get(base.year()), PL)
                    + "), którą wziąłby Open SDG.";
            baseNoteEn = " The base is the baseline recorded in the programme (" + Fmt.num(base.value(), EN)
                    + "), not the " + base.year() + " observation (" + Fmt.num(observations.get(base.year()), EN)
                    + ") Open SDG would take.";
        }
        r.base(base);
        Direction direction = input.direction();
        int d = direction == Direction.HIGHER ? 1 : -1;

        // Open SDG decides achievement first, with a zero target replaced by 0.001, and it wins over any trend.
        double targetValue = target == null ? Double.NaN : replaceZero(target.value().doubleValue());
        if (target != null && (d == 1 ? latest.value().doubleValue() >= targetValue
                : latest.value().doubleValue() <= targetValue)) {
            r.actual = cagrOrNull(base, latest);
            r.score = 5.0;
            String when = yearOfTarget(r, PL);
            String whenEn = yearOfTarget(r, EN);
            return r.done(ProgressStatus.TARGET_ACHIEVED, ProgressMethod.TARGET_COMPARISON,
                    "Ostatnia wartość " + Fmt.num(latest.value(), PL) + " (" + latest.year() + " r.) spełnia już cel "
                            + Fmt.num(target.value(), PL) + " (" + when + betterPl(direction) + "): cel osiągnięty"
                            + (latest.year() <= base.year() ? ", co rozstrzyga nawet przy jednej obserwacji." : ".")
                            + zeroTargetNote(target, PL),
                    "The latest value " + Fmt.num(latest.value(), EN) + " (" + latest.year()
                            + ") already meets the target of " + Fmt.num(target.value(), EN) + " (" + whenEn
                            + betterEn(direction) + "): target achieved"
                            + (latest.year() <= base.year() ? ", which decides even with a single observation." : ".")
                            + zeroTargetNote(target, EN));
        }

        if (latest.year() <= base.year()) {
            return r.done(ProgressStatus.INSUFFICIENT_DATA, null,
                    "Brak obserwacji po roku bazowym " + base.year() + " (ostatnia: " + latest.year()
                            + " r.): do wyznaczenia trendu potrzebne są dane z co najmniej dwóch lat." + baseNotePl,
                    "No observation after the base year " + base.year() + " (latest: " + latest.year()
                            + "): at least two years of data are needed for a trend." + baseNoteEn);
        }

        double baseValue = base.value().doubleValue();
        double currentValue = latest.value().doubleValue();
        int sign = baseValue < 0 ? -1 : 1;
        String zeroBasePl = "";
        String zeroBaseEn = "";
        if (baseValue == 0) {
            baseValue = ZERO_REPLACEMENT;
            zeroBasePl = " Wartość bazowa 0 została zastąpiona przez 0,001, jak w Open SDG (model wykładniczy nie"
                    + " przyjmuje zera), więc wynik trzeba czytać ostrożnie.";
            zeroBaseEn = " The base value 0 was replaced by 0.001, as Open SDG does (the exponential model cannot take"
                    + " zero), so the result needs careful reading.";
        }
        if ((baseValue > 0 && currentValue < 0) || (baseValue < 0 && currentValue > 0)) {
            return r.done(ProgressStatus.NOT_APPLICABLE, null,
                    "Wartość bazowa (" + base.year() + " r.: " + Fmt.num(base.value(), PL) + ") i ostatnia ("
                            + latest.year() + " r.: " + Fmt.num(latest.value(), PL) + ") mają różne znaki: metoda"
                            + " wymaga, by wszystkie wartości były dodatnie albo wszystkie ujemne, więc postępu nie"
                            + " ocenia się (Open SDG: „not available”)." + baseNotePl,
                    "The base value (" + base.year() + ": " + Fmt.num(base.value(), EN) + ") and the latest ("
                            + latest.year() + ": " + Fmt.num(latest.value(), EN) + ") have different signs: the method"
                            + " needs all values positive or all negative, so progress is not assessed (Open SDG:"
                            + " \"not available\")." + baseNoteEn);
        }
        double actual = cagr(baseValue, currentValue, latest.year() - base.year());
        r.actual = actual;
        String negativePl = sign < 0 ? " Wszystkie wartości są ujemne, więc kierunek oceny odwrócono, jak w Open SDG." : "";
        String negativeEn = sign < 0 ? " All values are negative, so the direction is flipped, as Open SDG does." : "";
        String notesPl = zeroBasePl + negativePl + baseNotePl;
        String notesEn = zeroBaseEn + negativeEn + baseNoteEn;
        if (target != null) {
            return againstTarget(r, direction, sign, d, baseValue, targetValue, notesPl, notesEn);
        }
        return againstThresholds(r, input, direction, sign, d, notesPl, notesEn);
    }

    /** Methodology 2: R = sign × d × CAGR_observed ÷ |CAGR_required|. */
    private static Progress againstTarget(Result r, Direction direction, int sign, int d, double baseValue,
            double targetValue, String notesPl, String notesEn) {
        YearValue base = r.base;
        YearValue latest = r.latest;
        YearValue target = r.target;
        String assumedPl = r.targetYearAssumed ? " (rok docelowy nie został podany: przyjęto " + target.year()
                + " r., jak w Open SDG)" : "";
        String assumedEn = r.targetYearAssumed ? " (no target year is recorded: " + target.year()
                + " is assumed, as in Open SDG)" : "";
        if (target.year().intValue() == base.year().intValue()) {
            return r.done(ProgressStatus.NOT_APPLICABLE, null,
                    "Rok docelowy " + target.year() + assumedPl + " jest równy rokowi bazowemu: nie można wyznaczyć"
                            + " wymaganego tempa zmian (Open SDG zgłasza tu błąd)." + notesPl,
                    "The target year " + target.year() + assumedEn + " equals the base year: the required growth rate"
                            + " cannot be computed (Open SDG raises an error here)." + notesEn);
        }
        if (targetValue / baseValue <= 0) {
            return r.done(ProgressStatus.NOT_APPLICABLE, null,
                    "Cel " + Fmt.num(target.value(), PL) + " i wartość bazowa " + Fmt.num(base.value(), PL)
                            + " mają różne znaki: model wykładniczy nie wyznacza wymaganego tempa zmian (wzór Open SDG"
                            + " podnosi wtedy ujemny iloraz do potęgi i daje liczbę bez znaczenia)." + notesPl,
                    "The target of " + Fmt.num(target.value(), EN) + " and the base value "
                            + Fmt.num(base.value(), EN) + " have different signs: the exponential model cannot give the"
                            + " required growth rate (Open SDG's formula then raises a negative ratio to a power and gives a"
                            + " figure without meaning)." + notesEn);
        }
        double required = cagr(baseValue, targetValue, target.year() - base.year());
        r.required = required;
        if (required == 0) {
            // Open SDG divides by zero here. R tends to minus infinity: the target equals the base value and the latest
            // value, not meeting it, has moved away from it, so this is deterioration with the lowest score.
            r.score = -5.0;
            return r.done(ProgressStatus.DETERIORATION, ProgressMethod.CAGR_VS_REQUIRED,
                    "Cel " + Fmt.num(target.value(), PL) + " (" + target.year() + " r." + assumedPl + ") jest równy wartości"
                            + " bazowej (" + base.year() + " r.), a ostatnia wartość " + Fmt.num(latest.value(), PL) + " ("
                            + latest.year() + " r.) go nie spełnia (" + betterPl(direction) + "): wymagane tempo zmian"
                            + " wynosi 0, więc ilorazu R nie ma (Open SDG dzieli tu przez zero); wartość oddaliła się od"
                            + " celu — pogorszenie, wynik −5." + notesPl,
                    "The target of " + Fmt.num(target.value(), EN) + " (" + target.year() + assumedEn + ") equals the base"
                            + " value (" + base.year() + "), and the latest value " + Fmt.num(latest.value(), EN) + " ("
                            + latest.year() + ") falls short of it (" + betterEn(direction) + "): the required growth rate"
                            + " is 0, so there is no ratio R (Open SDG divides by zero here); the value has moved away"
                            + " from the target — deterioration, score −5." + notesEn);
        }
        double ratio = sign * d * r.actual / Math.abs(required);
        r.ratio = ratio;
        r.score = ratio >= ACCELERATION_RATIO ? Math.min(7.1429 * ratio - 4.2857, 5)
                : Math.max(4.1667 * ratio - 2.5, -5);
        ProgressStatus status;
        String phrasePl;
        String phraseEn;
        if (ratio >= ON_TRACK_RATIO) {
            status = ProgressStatus.ON_TRACK;
            phrasePl = "co najmniej 0,95: na dobrej drodze do celu";
            phraseEn = "at least 0.95: on track";
        } else if (ratio >= ACCELERATION_RATIO) {
            status = ProgressStatus.ACCELERATION_NEEDED;
            phrasePl = "od 0,6 do 0,95: potrzebne przyspieszenie";
            phraseEn = "between 0.6 and 0.95: acceleration needed";
        } else if (ratio >= 0) {
            status = ProgressStatus.LIMITED_PROGRESS;
            phrasePl = "od 0 do 0,6: ograniczony postęp";
            phraseEn = "between 0 and 0.6: limited progress";
        } else {
            status = ProgressStatus.DETERIORATION;
            phrasePl = "poniżej 0: pogorszenie (wartość oddala się od celu)";
            phraseEn = "below 0: deterioration (the value moves away from the target)";
        }
        String pl = trendPl(base, latest, r.actual) + "; osiągnięcie celu " + Fmt.num(target.value(), PL) + " w "
                + target.year() + " r." + assumedPl + " wymaga " + (required > 0 ? "wzrostu" : "spadku") + " o "
                + Fmt.pct(Math.abs(required), PL) + " rocznie (" + betterPl(direction) + "). R = "
                + Fmt.ratio(ratio, PL) + ", czyli " + phrasePl + "." + zeroTargetNote(target, PL) + notesPl;
        String en = trendEn(base, latest, r.actual) + "; reaching the target of " + Fmt.num(target.value(), EN)
                + " by " + target.year() + assumedEn + " requires " + (required > 0 ? "a rise" : "a fall") + " of "
                + Fmt.pct(Math.abs(required), EN) + " a year (" + betterEn(direction) + "). R = "
                + Fmt.ratio(ratio, EN) + ", " + phraseEn + "." + zeroTargetNote(target, EN) + notesEn;
        return r.done(status, ProgressMethod.CAGR_VS_REQUIRED, pl, en);
    }

    /** Methodology 1: sign × d × CAGR against 1.5% / 0.5% / 0%, scaled by C for a natural limit. */
    private static Progress againstThresholds(Result r, ProgressInput input, Direction direction, int sign, int d,
            String notesPl, String notesEn) {
        double coefficient = 1;
        String limitPl = "";
        String limitEn = "";
        if (input.naturalLimit() != null) {
            // Open SDG scales with the base value as recorded (before a zero is replaced).
            double base = Math.abs(r.base.value().doubleValue());
            double limit = Math.abs(input.naturalLimit().doubleValue());
            if (base >= 2 * limit) {
                coefficient = 1;
            } else if (base <= limit) {
                coefficient = 1 - Math.pow(base / limit, LIMIT_EXPONENT);
            } else {
                coefficient = 1 - Math.pow((2 * limit - base) / limit, LIMIT_EXPONENT);
            }
            r.coefficient = coefficient;
            limitPl = " Ze względu na naturalną granicę " + Fmt.num(input.naturalLimit(), PL)
                    + " progi pomnożono przez C = " + Fmt.ratio(coefficient, PL) + " (Open SDG).";
            limitEn = " Because of the natural limit of " + Fmt.num(input.naturalLimit(), EN)
                    + ", the thresholds are multiplied by C = " + Fmt.ratio(coefficient, EN) + " (Open SDG).";
        }
        double high = ON_TRACK_CAGR * coefficient;
        double med = ACCELERATION_CAGR * coefficient;
        double value = sign * d * r.actual;
        if (value < 0) {
            r.score = Math.max(125 * value - 2.5, -5);
        } else if (coefficient == 0) {
            r.score = 5.0;
        } else if (value >= high) {
            r.score = Math.min(500 * value / coefficient - 5, 5);
        } else if (value >= med) {
            r.score = 250 * value / coefficient - 1.25;
        } else {
            r.score = 500 * value / coefficient - 2.5;
        }
        ProgressStatus status;
        String phrasePl;
        String phraseEn;
        String highPl = Fmt.pct(high, PL);
        String highEn = Fmt.pct(high, EN);
        String medPl = Fmt.pct(med, PL);
        String medEn = Fmt.pct(med, EN);
        if (value >= high) {
            status = ProgressStatus.ON_TRACK;
            phrasePl = "poprawa o co najmniej " + highPl + " rocznie oznacza: na dobrej drodze";
            phraseEn = "an improvement of at least " + highEn + " a year is on track";
        } else if (value >= med) {
            status = ProgressStatus.ACCELERATION_NEEDED;
            phrasePl = "poprawa od " + medPl + " do " + highPl + " rocznie oznacza: potrzebne przyspieszenie";
            phraseEn = "an improvement of " + medEn + " to " + highEn + " a year means acceleration is needed";
        } else if (value >= 0) {
            status = ProgressStatus.LIMITED_PROGRESS;
            phrasePl = "poprawa od 0% do " + medPl + " rocznie oznacza: ograniczony postęp";
            phraseEn = "an improvement of 0% to " + medEn + " a year is limited progress";
        } else {
            status = ProgressStatus.DETERIORATION;
            phrasePl = "zmiana w niekorzystnym kierunku oznacza: pogorszenie";
            phraseEn = "a change in the wrong direction is deterioration";
        }
        String pl = "Brak liczbowego celu, więc stosuje się progi tempa zmian: "
                + lowerFirst(trendPl(r.base, r.latest, r.actual)) + "; przy wskaźniku, dla którego "
                + betterPl(direction) + ", " + phrasePl + "." + limitPl + notesPl;
        String en = "There is no numeric target, so the growth thresholds apply: "
                + lowerFirst(trendEn(r.base, r.latest, r.actual)) + "; where " + betterEn(direction) + ", " + phraseEn
                + "." + limitEn + notesEn;
        return r.done(status, ProgressMethod.CAGR_THRESHOLDS, pl, en);
    }

    /** What a calculation has found so far, and the record it becomes. */
    private static final class Result {
        final ProgressInput input;
        final YearValue target;
        final boolean targetYearAssumed;
        final YearValue latest;
        YearValue base;
        Double actual;
        Double required;
        Double ratio;
        Double score;
        Double coefficient;

        Result(ProgressInput input, YearValue target, boolean targetYearAssumed, YearValue latest) {
            this.input = input;
            this.target = target;
            this.targetYearAssumed = targetYearAssumed;
            this.latest = latest;
        }

        Result base(YearValue value) {
            base = value;
            return this;
        }

        Progress done(ProgressStatus status, ProgressMethod method, String pl, String en) {
            return new Progress(status, method, Fmt.round4(ratio), Fmt.round4(actual), Fmt.round4(required),
                    Fmt.round4(score), status == null ? null : status.openSdg(), Fmt.round4(coefficient),
                    degreeOfAchievement(), base, latest, target, targetYearAssumed, pl, en);
        }

        /** OUTPUT indicators: latest ÷ target, as EU funds monitoring reports the degree of achievement. */
        private BigDecimal degreeOfAchievement() {
            if (input.level() != IndicatorLevel.OUTPUT || latest == null || target == null
                    || target.value().signum() <= 0) {
                return null;
            }
            return latest.value().divide(target.value(), MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
        }
    }

    private static YearValue baseline(ProgressInput input) {
        return input.baselineYear() != null && input.baselineValue() != null
                ? new YearValue(input.baselineYear(), input.baselineValue()) : null;
    }

    private static double replaceZero(double value) {
        return value == 0 ? ZERO_REPLACEMENT : value;
    }

    private static String zeroTargetNote(YearValue target, java.util.Locale locale) {
        if (target == null || target.value().signum() != 0) {
            return "";
        }
        return locale == PL ? " Cel 0 został zastąpiony przez 0,001, jak w Open SDG."
                : " The target 0 was replaced by 0.001, as Open SDG does.";
    }

    private static String yearOfTarget(Result r, java.util.Locale locale) {
        if (locale == PL) {
            return r.target.year() + " r." + (r.targetYearAssumed ? " — rok przyjęty, bo nie został podany" : "") + "; ";
        }
        return r.target.year() + (r.targetYearAssumed ? ", the default year as none is recorded" : "") + "; ";
    }

    /** The CAGR from base to latest where the exponential model allows it (for the record only), else null. */
    private static Double cagrOrNull(YearValue base, YearValue latest) {
        double from = base.value().doubleValue();
        double to = latest.value().doubleValue();
        if (latest.year() <= base.year() || from == 0 || to / from < 0) {
            return null;
        }
        return cagr(from, to, latest.year() - base.year());
    }

    static double cagr(double from, double to, int years) {
        return Math.pow(to / from, 1.0 / years) - 1;
    }

    private static String trendPl(YearValue base, YearValue latest, double actual) {
        String span = "Od " + base.year() + " r. (" + Fmt.num(base.value(), PL) + ") do " + latest.year() + " r. ("
                + Fmt.num(latest.value(), PL) + ") wartość ";
        if (latest.value().compareTo(base.value()) == 0) {
            return span + "nie zmieniła się (CAGR 0%)";
        }
        boolean negative = base.value().signum() < 0;
        return span + (latest.value().compareTo(base.value()) > 0 ? "rosła" : "malała") + (negative
                ? " (co do wartości bezwzględnej: CAGR " + Fmt.pct(actual, PL) + " rocznie)"
                : " średnio o " + Fmt.pct(Math.abs(actual), PL) + " rocznie (CAGR)");
    }

    private static String trendEn(YearValue base, YearValue latest, double actual) {
        String span = "Between " + base.year() + " (" + Fmt.num(base.value(), EN) + ") and " + latest.year() + " ("
                + Fmt.num(latest.value(), EN) + ") the value ";
        if (latest.value().compareTo(base.value()) == 0) {
            return span + "did not change (CAGR 0%)";
        }
        boolean negative = base.value().signum() < 0;
        return span + (latest.value().compareTo(base.value()) > 0 ? "rose" : "fell") + (negative
                ? " (in absolute value: CAGR " + Fmt.pct(actual, EN) + " a year)"
                : " by " + Fmt.pct(Math.abs(actual), EN) + " a year on average (CAGR)");
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
