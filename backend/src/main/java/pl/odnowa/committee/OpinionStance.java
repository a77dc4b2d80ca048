package pl.odnowa.committee;

/** The committee's position in an opinion. */
public enum OpinionStance {
    POSITIVE,
    NEGATIVE,
    WITH_REMARKS
}
