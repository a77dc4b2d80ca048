package pl.odnowa.indicator;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Open SDG's defaults for the progress method under {@code odnowa.progress.*}. */
@ConfigMapping(prefix = "odnowa.progress")
public interface ProgressConfig {

    /** The base year when an indicator records no baseline: its first observation from this year on. */
    @WithDefault("2015")
    int defaultBaseYear();

    /** The year a target recorded without one is assessed against. */
    @WithDefault("2030")
    int defaultTargetYear();
}
