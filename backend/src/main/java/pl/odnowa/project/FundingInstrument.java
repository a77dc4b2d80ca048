package pl.odnowa.project;

public enum FundingInstrument {
    GRANT,
    LOAN,
    OWN,
    OTHER
}
