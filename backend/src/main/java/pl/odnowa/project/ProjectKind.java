package pl.odnowa.project;

/** Art. 15: basic projects are listed in the programme; complementary ones are characterised. */
public enum ProjectKind {
    BASIC,
    COMPLEMENTARY
}
