package pl.odnowa.recommendation;

import java.util.List;

/**
 * Where a recommendation stands. The workflow is PROPOSED → ACCEPTED → IN_PROGRESS → IMPLEMENTED, and any
 * open status may end in REJECTED; IMPLEMENTED and REJECTED are final.
 */
public enum RecommendationStatus {
    PROPOSED,
    ACCEPTED,
    IN_PROGRESS,
    IMPLEMENTED,
    REJECTED;

    /** The statuses this one may move to next (staying in the same status is always allowed as well). */
    public List<RecommendationStatus> allowedTransitions() {
        return switch (this) {
            case PROPOSED -> List.of(ACCEPTED, REJECTED);
            case ACCEPTED -> List.of(IN_PROGRESS, REJECTED);
            case IN_PROGRESS -> List.of(IMPLEMENTED, REJECTED);
            case IMPLEMENTED, REJECTED -> List.of();
        };
    }

    public boolean canMoveTo(RecommendationStatus next) {
        return next == this || allowedTransitions().contains(next);
    }
}
