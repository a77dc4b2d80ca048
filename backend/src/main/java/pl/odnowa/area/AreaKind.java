package pl.odnowa.area;

/** Art. 9 (degraded area) and art. 10 (revitalisation area) of the Revitalisation Act. */
public enum AreaKind {
    DEGRADED,
    REVITALISATION
}
