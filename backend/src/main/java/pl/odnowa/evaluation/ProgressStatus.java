package pl.odnowa.evaluation;

/** Progress statuses of the Open SDG / Statistics Canada method. */
public enum ProgressStatus {
    TARGET_ACHIEVED,
    ON_TRACK,
    ACCELERATION_NEEDED,
    LIMITED_PROGRESS,
    DETERIORATION,
    INSUFFICIENT_DATA,
    NOT_APPLICABLE
}
