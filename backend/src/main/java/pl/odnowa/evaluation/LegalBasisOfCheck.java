package pl.odnowa.evaluation;

/**
 * The body of rules a check applies, with the citation every explanation rests on. A programme adopted under the
 * Revitalisation Act (GPR) is judged by the Act; a programme under the Act on municipal self-government (PR) whose
 * period falls in the 2014–2020 EU financial framework was judged by the national guidelines on revitalisation in
 * operational programmes, which carried the same crisis and 20 %/30 % tests; art. 52 of the Act governs PR
 * programmes' projects after the Act.
 */
public enum LegalBasisOfCheck {
    ACT_2015("Ustawa z dnia 9 października 2015 r. o rewitalizacji (t.j. Dz.U. 2024 poz. 278)",
            "Revitalisation Act of 9 October 2015 (consolidated text Dz.U. 2024 poz. 278)"),
    // [verify] the guidelines' section numbers were not read at their source: the citation names the document only.
    GUIDELINES_2014_2020("Wytyczne w zakresie rewitalizacji w programach operacyjnych na lata 2014–2020 (Minister "
            + "Infrastruktury i Rozwoju, 3 lipca 2015 r.; zmienione przez Ministra Rozwoju 2 sierpnia 2016 r.)",
            "Guidelines on revitalisation in operational programmes 2014–2020 (Minister of Infrastructure and Development, "
            + "3 July 2015; amended by the Minister of Development, 2 August 2016)");

    private final String citationPl;
    private final String citationEn;

    LegalBasisOfCheck(String citationPl, String citationEn) {
        this.citationPl = citationPl;
        this.citationEn = citationEn;
    }

    public String citationPl() {
        return citationPl;
    }

    public String citationEn() {
        return citationEn;
    }
}
