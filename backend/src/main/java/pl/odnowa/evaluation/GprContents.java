package pl.odnowa.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a GPR (gminny program rewitalizacji) contains, for the art. 15 ust. 1 completeness check. Every element is
 * nullable: null means "not recorded" (the check is then UNKNOWN for it), false / 0 / empty means "absent" (FAIL).
 * Suggested filling from the data model: vision = programme.vision is not blank; goals = programme.goals.size();
 * basicProjects = BASIC projects; complementaryProjects = any COMPLEMENTARY project exists (else null);
 * financingFramework = any project has funding sources (else null); schedule = every basic project has planned
 * dates; monitoringAndEvaluation = the programme has RESULT indicators with targets. Elements the data model does not
 * hold (diagnosis, links to strategic documents, directions, management) stay null until it does.
 *
 * @param diagnosis               diagnosis of the revitalisation area
 * @param strategicDocumentLinks  links to the municipality's strategic documents
 * @param vision                  vision of the area after revitalisation
 * @param goals                   number of revitalisation goals
 * @param directions              number of directions of action
 * @param basicProjects           the list of basic projects (null: not recorded)
 * @param complementaryProjects   characteristics of the other (complementary) projects
 * @param financingFramework      financing framework (public, private, EU funds)
 * @param management              management system
 * @param schedule                schedule
 * @param monitoringAndEvaluation monitoring and evaluation system
 */
public record GprContents(
        Boolean diagnosis,
        Boolean strategicDocumentLinks,
        Boolean vision,
        Integer goals,
        Integer directions,
        List<BasicProject> basicProjects,
        Boolean complementaryProjects,
        Boolean financingFramework,
        Boolean management,
        Boolean schedule,
        Boolean monitoringAndEvaluation) {

    /**
     * A basic project as art. 15 ust. 1 requires it to be described.
     *
     * @param name                name
     * @param implementingEntities implementing entities (at least one non-blank)
     * @param scope               scope of the tasks
     * @param location            location
     * @param estimatedValue      estimated value (PLN)
     * @param forecastResults     forecast results are given (e.g. the project has OUTPUT/RESULT indicators with
     *                            targets); null: not recorded
     * @param resultMeasurement   how the results are measured is given (e.g. those indicators have a unit and a
     *                            source); null: not recorded
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
