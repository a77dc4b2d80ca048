package pl.odnowa.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a GPR contains, element by element of art. 15 ust. 1 pkt 1–14 and ust. 2, for the completeness check. Each
 * element is TRUE (present), FALSE (recorded as absent) or null (not recorded: the check is then UNKNOWN for it).
 * A conditional element (pkt 11–14, "w zależności od potrzeb") that is not needed counts as present.
 *
 * @param elements      the elements in the order of the Act, basic projects excluded
 * @param basicProjects pkt 5, the list of basic projects with their descriptions; null when not recorded
 * @param unclassified  the names of the programme's projects whose kind (basic or complementary) is not recorded:
 *                      any of them may be a basic project, so the list of pkt 5 is not known to be complete
 */
public record GprContents(List<Element> elements, List<BasicProject> basicProjects, List<String> unclassified) {

    public GprContents {
        unclassified = unclassified == null ? List.of() : List.copyOf(unclassified);
    }

    public GprContents(List<Element> elements, List<BasicProject> basicProjects) {
        this(elements, basicProjects, List.of());
    }

    /**
     * One element of the programme's contents.
     *
     * @param path      its name in {@code missing} paths, e.g. {@code contents.diagnosis}
     * @param provision e.g. {@code art. 15 ust. 1 pkt 1}
     * @param pl        what it is, in Polish (as the sentence "Program nie zawiera: …" needs it)
     * @param en        the same in English
     * @param present   TRUE, FALSE or null
     * @param notNeeded a conditional element the programme records as not needed
     */
    public record Element(String path, String provision, String pl, String en, Boolean present, boolean notNeeded) {

        public static Element of(String path, String provision, String pl, String en, Boolean present) {
            return new Element(path, provision, pl, en, present, false);
        }
    }

    /**
     * A basic project as art. 15 ust. 1 pkt 5 requires it to be described (lit. a–e).
     *
     * @param name                 name (lit. a)
     * @param implementingEntities implementing entities (lit. a; at least one non-blank)
     * @param scope                scope of the tasks (lit. b)
     * @param location             location (lit. c)
     * @param estimatedValue       estimated value (lit. d)
     * @param forecastResults      forecast results (lit. e): the project has OUTPUT/RESULT indicators with targets;
     *                             null: not recorded
     * @param resultMeasurement    how the results are measured (lit. e): those indicators have a unit and a source;
     *                             null: not recorded
     */
    public record BasicProject(
            String name,
            List<String> implementingEntities,
            String scope,
            String location,
            BigDecimal estimatedValue,
            Boolean forecastResults,
            Boolean resultMeasurement) {
    }
}
