package pl.odnowa.recommendation;

public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
