package pl.odnowa.programme;

public enum ProgrammeStatus {
    /** Being prepared (e.g. after the council resolved to start work on it). */
    DRAFT,
    /** Adopted and being implemented. */
    IN_FORCE,
    /** Its period has ended. */
    COMPLETED,
    /** Repealed by the council. */
    REPEALED
}
