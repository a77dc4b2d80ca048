package pl.odnowa.evaluation;

/** How a progress status was decided. */
public enum ProgressMethod {
    /** Latest value compared with the target value (target already achieved). */
    TARGET_COMPARISON,
    /** Actual CAGR divided by the CAGR required to reach the target by the target year. */
    CAGR_VS_REQUIRED,
    /** Actual CAGR against fixed thresholds (1.5% and 0.5% a year) when there is no dated numeric target. */
    CAGR_THRESHOLDS
}
