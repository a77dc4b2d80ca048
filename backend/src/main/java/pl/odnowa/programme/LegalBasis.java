package pl.odnowa.programme;

/** Legal basis codes used by Statistics Poland (survey SG-01). */
public enum LegalBasis {
    /** Gminny program rewitalizacji under the Revitalisation Act of 2015. */
    GPR,
    /** Programme under the local-government act (e.g. Bielsko-Biała's PROM). */
    PR,
    /** Another strategic document. */
    IDS
}
