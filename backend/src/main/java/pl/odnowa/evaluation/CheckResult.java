package pl.odnowa.evaluation;

/**
 * Outcome of a check: UNKNOWN when the data needed to decide is not recorded (the check then lists it);
 * NOT_APPLICABLE when the rule does not govern the programme (another legal basis, another period).
 */
public enum CheckResult {
    PASS,
    FAIL,
    UNKNOWN,
    NOT_APPLICABLE
}
