package pl.odnowa.diagnosis;

/** Which way a diagnostic indicator gets worse. */
public enum DiagnosticDirection {
    HIGHER_IS_WORSE, HIGHER_IS_BETTER
}
