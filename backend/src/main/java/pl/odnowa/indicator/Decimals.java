package pl.odnowa.indicator;

import java.math.BigDecimal;

/** Indicator values are numeric(20,4): answered without the column's trailing zeros and never in E-notation. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Equal as numbers, whatever their scale (25.3 and 25.3000). */
    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
