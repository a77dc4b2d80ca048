package pl.odnowa.indicator;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import pl.odnowa.evaluation.Progress;
import pl.odnowa.evaluation.ProgressCalculator;
import pl.odnowa.evaluation.ProgressInput;
import pl.odnowa.evaluation.ProgressSettings;

/** The progress of indicators with the configured Open SDG defaults: the one place that builds a ProgressInput. */
@ApplicationScoped
public class ProgressRules {

    private final ProgressSettings settings;

    ProgressRules(ProgressConfig config) {
        this.settings = new ProgressSettings(config.defaultBaseYear(), config.defaultTargetYear());
    }

    public ProgressSettings settings() {
        return settings;
    }

    /** The progress of an indicator's whole-scope series (year → value; null: none) given its recorded values. */
    public Progress progress(IndicatorLevel level, Direction direction, Integer baselineYear, BigDecimal baselineValue,
            Integer targetYear, BigDecimal targetValue, BigDecimal naturalLimit, Map<Integer, BigDecimal> series) {
        return ProgressCalculator.calculate(new ProgressInput(level, direction, baselineYear, baselineValue, targetYear,
                targetValue, naturalLimit, series, settings));
    }

    public Progress progress(Indicator i, Map<Integer, BigDecimal> series) {
        return progress(i.level, i.direction, i.baselineYear, i.baselineValue, i.targetYear, i.targetValue,
                i.naturalLimit, series);
    }

    public IndicatorProgress of(Indicator i, Map<Integer, BigDecimal> series) {
        return IndicatorProgress.from(progress(i, series));
    }
}
