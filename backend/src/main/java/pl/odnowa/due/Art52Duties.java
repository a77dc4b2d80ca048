package pl.odnowa.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import pl.odnowa.compliance.ComplianceService;
import pl.odnowa.evaluation.Check;
import pl.odnowa.evaluation.CheckResult;
import pl.odnowa.programme.LegalBasis;
import pl.odnowa.programme.Programme;
import pl.odnowa.project.Project;
import pl.odnowa.project.ProjectRepository;

/**
 * Art. 52 ust. 1: projects of a programme adopted outside the Act (PR) end by the deadline
 * (odnowa.compliance.art52-deadline). The compliance check {@code ART_52_PR_PROJECTS} decides: PASS after the deadline
 * is done (not listed); FAIL is due (overdue once the deadline has passed); UNKNOWN names the projects whose end is not
 * recorded.
 */
@ApplicationScoped
public class Art52Duties implements DutyProvider {

    private final ComplianceService compliance;
    private final ProjectRepository projects;

    Art52Duties(ComplianceService compliance, ProjectRepository projects) {
        this.compliance = compliance;
        this.projects = projects;
    }

    @Override
    public List<Draft> duties(Programme p, LocalDate asOf) {
        if (p.legalBasis != LegalBasis.PR) {
            return List.of();
        }
        LocalDate deadline = compliance.config().art52Deadline();
        Check check = compliance.art52(p, asOf);
        if (check.result() == CheckResult.PASS && asOf.isAfter(deadline)) {
            return List.of();
        }
        List<Duty.Source> from = new ArrayList<>();
        from.add(new Duty.Source("configuration", null, "odnowa.compliance.art52-deadline", deadline));
        for (String path : check.missing()) {
            long id = Long.parseLong(path.replaceAll("^projects\\[(\\d+)\\].*$", "$1"));
            Project x = projects.findById(id);
            from.add(new Duty.Source("project", id, x == null ? null : x.title,
                    x == null ? null : x.actualEnd != null ? x.actualEnd : x.plannedEnd));
        }
        return List.of(new Draft("ART_52_PR_PROJECTS", check.article(), deadline, check.result() == CheckResult.UNKNOWN,
                from, check.result() == CheckResult.UNKNOWN ? check.missing() : List.of(),
                "Przedsięwzięcia programu przyjętego poza ustawą (PR) mogą być realizowane bez gminnego programu"
                        + " rewitalizacji do " + deadline + ". " + check.explanationPl(),
                "Projects of a programme adopted outside the Act (PR) may be carried out without a GPR until " + deadline
                        + ". " + check.explanationEn()));
    }
}
