package pl.odnowa.project;

/** IATI activity status. */
public enum ProjectStatus {
    PIPELINE,
    IMPLEMENTATION,
    COMPLETION,
    POST_COMPLETION,
    CANCELLED,
    SUSPENDED
}
