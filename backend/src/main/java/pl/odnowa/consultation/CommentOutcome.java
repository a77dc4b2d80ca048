package pl.odnowa.consultation;

/** How the city took a comment into account. */
public enum CommentOutcome {
    ACCEPTED,
    PARTLY_ACCEPTED,
    REJECTED
}
