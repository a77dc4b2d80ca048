package pl.odnowa.due;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the list of what is due, under {@code odnowa.due.*}. */
@ConfigMapping(prefix = "odnowa.due")
public interface DueConfig {

    /** A duty due within this many days is DUE_SOON. */
    @WithDefault("90")
    int soonDays();

    /** Without {@code until}, the list reaches this many days after the day it is made for. */
    @WithDefault("365")
    int horizonDays();

    /** The SPA's public address for the iCalendar URL property; unset: the address the request came to. */
    java.util.Optional<String> spaUrl();
}
