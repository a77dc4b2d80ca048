package pl.odnowa.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The arithmetic of planned against actual spending. A total is the sum of its lines only when every line records
 * that amount: a partial sum would read as the whole, so it is null (not recorded) instead, never 0.
 */
public final class Execution {

    private Execution() {
    }

    /** actual ÷ planned with 4 decimals (0.8000 = 80% of the plan spent); null when either is unknown or planned is 0. */
    public static BigDecimal ratio(BigDecimal planned, BigDecimal actual) {
        if (planned == null || actual == null || planned.signum() == 0) {
            return null;
        }
        return actual.divide(planned, 4, RoundingMode.HALF_UP);
    }

    public static BigDecimal plannedTotal(List<MonitoringFunding> lines) {
        return total(lines.stream().map(f -> decimal(f.planned())).toList());
    }

    public static BigDecimal actualTotal(List<MonitoringFunding> lines) {
        return total(lines.stream().map(f -> decimal(f.actual())).toList());
    }

    /** The sum with 2 decimals; null when there is no line or a line is not recorded. */
    public static BigDecimal total(List<BigDecimal> amounts) {
        if (amounts.isEmpty() || amounts.stream().anyMatch(a -> a == null)) {
            return null;
        }
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    static BigDecimal decimal(String stored) {
        return stored == null ? null : new BigDecimal(stored);
    }

    static String stored(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
