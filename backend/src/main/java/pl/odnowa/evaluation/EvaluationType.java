package pl.odnowa.evaluation;

/** When an evaluation was made: before adoption, during the programme (art. 22 assessment) or after its end. */
public enum EvaluationType {
    EX_ANTE,
    PERIODIC,
    FINAL
}
