package pl.odnowa.recommendation;

public enum RecommendationStatus {
    PROPOSED,
    ACCEPTED,
    IN_PROGRESS,
    IMPLEMENTED,
    REJECTED
}
