package pl.odnowa.indicator;

/**
 * How a local indicator relates to SDG 11. Most local indicators stand in for a target (as sdg.gov.pl's "wskaźnik
 * zastępczy"); only one measured as the UN defines it is the UN indicator itself.
 */
public enum SdgRelation {
    /** A local proxy for the target, and for the UN indicator when one is named. */
    PROXY,
    /** The UN global indicator itself, measured by its definition. */
    UN_INDICATOR
}
