package pl.odnowa.procedure;

/** A step of a programme's legal procedure under the Revitalisation Act, with the article that requires it. */
public enum ProcedureStepKind {
    /** Resolution to start drawing up the GPR (art. 14). */
    START_RESOLUTION("art. 14"),
    /** Resolution designating the degraded and revitalisation areas (art. 8, 11). */
    AREA_DESIGNATION("art. 8, 11"),
    /** Opinions and arrangements of the draft (art. 17 ust. 2). */
    OPINIONS("art. 17 ust. 2"),
    /** Adoption of the GPR by the council (art. 19). */
    ADOPTION("art. 19"),
    /** An amendment of the GPR (its article is not recorded here: not verified). */
    AMENDMENT(null),
    /** Resolution setting the rules of the Revitalisation Committee (art. 7). */
    COMMITTEE_RULES("art. 7"),
    /** The mayor's assessment of the programme's currency and progress (art. 22). */
    ASSESSMENT("art. 22");

    public final String article;

    ProcedureStepKind(String article) {
        this.article = article;
    }
}
