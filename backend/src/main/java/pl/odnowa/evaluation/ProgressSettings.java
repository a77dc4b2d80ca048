package pl.odnowa.evaluation;

/**
 * Open SDG's defaults for what an indicator does not say (open-sdg docs/progress-methodology.md, "Special
 * considerations for the base year and the target year").
 *
 * @param defaultBaseYear   the base year when no baseline is recorded: the first observed year from it on (2015)
 * @param defaultTargetYear the target year of a target recorded without one (2030)
 */
public record ProgressSettings(int defaultBaseYear, int defaultTargetYear) {

    public static final ProgressSettings OPEN_SDG = new ProgressSettings(2015, 2030);
}
