package pl.odnowa.committee;

/** Whom a committee member represents: the stakeholders of revitalisation (art. 2 ust. 2) and the municipality's bodies. */
public enum Stakeholder {
    RESIDENTS,
    PROPERTY_OWNERS,
    ENTREPRENEURS,
    NGOS,
    CITY_COUNCIL,
    OFFICE,
    OTHER
}
