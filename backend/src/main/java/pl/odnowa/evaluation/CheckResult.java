package pl.odnowa.evaluation;

/** Outcome of a check: UNKNOWN when the data needed to decide is missing (the check then lists it). */
public enum CheckResult {
    PASS,
    FAIL,
    UNKNOWN
}
