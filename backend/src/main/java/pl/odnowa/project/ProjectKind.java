package pl.odnowa.project;

/** Art. 15: basic projects are listed in the programme; complementary ones are characterised. A project's kind may be
 * not recorded (null). */
public enum ProjectKind {
    BASIC,
    COMPLEMENTARY
}
