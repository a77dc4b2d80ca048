package pl.odnowa.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Number formatting for the explanation sentences (Polish decimal comma, English point). */
public final class Fmt {

    static final Locale PL = Locale.forLanguageTag("pl-PL");
    static final Locale EN = Locale.ENGLISH;

    private Fmt() {
    }

    /** A measured value: grouped thousands, up to 4 decimals, no trailing zeros. */
    static String num(BigDecimal value, Locale locale) {
        return format(value, locale, "#,##0.####");
    }

    static String num(double value, Locale locale) {
        return format(BigDecimal.valueOf(value), locale, "#,##0.####");
    }

    /** A fraction shown as a percentage with up to 3 decimals, e.g. 0.04472 → "4.472%". */
    static String pct(double fraction, Locale locale) {
        return format(BigDecimal.valueOf(fraction).movePointRight(2), locale, "#,##0.###") + "%";
    }

    /** A number that is already a percentage, e.g. 20 → "20%". */
    static String pctValue(BigDecimal percent, Locale locale) {
        return format(percent, locale, "#,##0.####") + "%";
    }

    /** A ratio with up to 3 decimals. */
    static String ratio(double value, Locale locale) {
        return format(BigDecimal.valueOf(value), locale, "#,##0.###");
    }

    /** Polish plural form: 1 rok, 2–4 lata (but 12–14 lat), 5+ lat. */
    public static String plural(long n, String one, String few, String many) {
        long units = Math.abs(n) % 10;
        long tens = Math.abs(n) % 100;
        if (n == 1) {
            return one;
        }
        return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? few : many;
    }

    /** Without trailing zeros but never in exponent form (20.00 → 20, not 2E+1), so JSON shows plain numbers. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Rounds to 4 decimals for the API output (null stays null). */
    static BigDecimal round4(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    private static String format(BigDecimal value, Locale locale, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        return "-0".equals(text) ? "0" : text;
    }
}
