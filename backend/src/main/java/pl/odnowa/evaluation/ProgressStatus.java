package pl.odnowa.evaluation;

/**
 * Progress statuses of the Open SDG / Statistics Canada method, with Open SDG's own names: ON_TRACK is its
 * "substantial_progress", ACCELERATION_NEEDED its "moderate_progress"; INSUFFICIENT_DATA and NOT_APPLICABLE are both
 * its "not_available" (too few years of data; values the exponential model cannot take).
 */
public enum ProgressStatus {
    TARGET_ACHIEVED("target_achieved"),
    ON_TRACK("substantial_progress"),
    ACCELERATION_NEEDED("moderate_progress"),
    LIMITED_PROGRESS("limited_progress"),
    DETERIORATION("deterioration"),
    INSUFFICIENT_DATA("not_available"),
    NOT_APPLICABLE("not_available");

    private final String openSdg;

    ProgressStatus(String openSdg) {
        this.openSdg = openSdg;
    }

    /** The name Open SDG (sdg-build's ProgressMeasure.py) gives this status. */
    public String openSdg() {
        return openSdg;
    }
}
