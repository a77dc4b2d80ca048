package pl.odnowa.indicator;

public enum IndicatorLevel {
    CONTEXT,
    OUTPUT,
    RESULT
}
