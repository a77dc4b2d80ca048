package pl.odnowa.indicator;

/** Whether a rising value is progress (HIGHER) or a falling one is (LOWER, e.g. PM2.5). */
public enum Direction {
    HIGHER,
    LOWER
}
