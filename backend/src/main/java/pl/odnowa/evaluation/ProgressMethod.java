package pl.odnowa.evaluation;

/** How a progress status was decided. */
public enum ProgressMethod {
    /** The latest value already meets the target (it wins over any trend, even with one observation). */
    TARGET_COMPARISON,
    /** Open SDG's methodology 2: R = observed CAGR ÷ |CAGR required to reach the target by the target year|. */
    CAGR_VS_REQUIRED,
    /** Open SDG's methodology 1, without a target: the observed CAGR against 1.5% / 0.5% / 0% a year (scaled by C near a natural limit). */
    CAGR_THRESHOLDS
}
