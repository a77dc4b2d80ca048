package pl.odnowa.indicator;

/** What an indicator measures: the whole programme, one of its areas, or one project. */
public enum IndicatorScope {
    PROGRAMME,
    AREA,
    PROJECT
}
