package pl.odnowa.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import pl.odnowa.compliance.ComplianceService;
import pl.odnowa.compliance.ComplianceService.ProcedureInputs;
import pl.odnowa.evaluation.EvaluationType;
import pl.odnowa.evaluation.LegalBasisOfCheck;
import pl.odnowa.evaluation.ProgrammeRules;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeStatus;

/**
 * The GPR's own deadlines, from the same facts and arithmetic as the compliance checks: the next assessment
 * (art. 22 ust. 1, {@link ProgrammeRules#art22Clock}) and the committee's rules (art. 7 ust. 3,
 * {@link ProgrammeRules#art7DueDate}). Only a programme under the Act (GPR) that is not repealed has them.
 */
@ApplicationScoped
public class ProcedureDuties implements DutyProvider {

    private final ComplianceService compliance;

    ProcedureDuties(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @Override
    public List<Draft> duties(Programme p, LocalDate asOf) {
        if (compliance.basisOf(p) != LegalBasisOfCheck.ACT_2015 || p.status == ProgrammeStatus.REPEALED) {
            return List.of();
        }
        ProcedureInputs inputs = compliance.procedureInputs(p);
        List<Draft> result = new ArrayList<>();
        Draft assessment = assessment(p, inputs);
        if (assessment != null) {
            result.add(assessment);
        }
        Draft rules = committeeRules(inputs);
        if (rules != null) {
            result.add(rules);
        }
        return result;
    }

    private static Duty.Source adoptionSource(ProcedureInputs inputs) {
        return inputs.adoptionStep() == null
                ? new Duty.Source("programme", null, "resolutionDate", inputs.adoption())
                : new Duty.Source("procedureStep", inputs.adoptionStep().id, "ADOPTION", inputs.adoption());
    }

    private static final List<String> ADOPTION_MISSING = List.of("resolutionDate", "procedureSteps[ADOPTION]");

    private Draft assessment(Programme p, ProcedureInputs inputs) {
        String code = "ART_22_ASSESSMENT";
        String article = "art. 22 ust. 1";
        int years = compliance.config().evaluationIntervalYears();
        ProgrammeRules.Art22Clock clock = compliance.programmeRules().art22Clock(inputs.adoption(), inputs.assessments());
        if (clock.closed()) {
            return null; // a final assessment closes the programme
        }
        if (!clock.undated().isEmpty()) {
            return new Draft(code, article, null, true, List.of(), clock.undated(),
                    "Ocena programu (co najmniej co " + years + " lata): ocena okresowa lub końcowa nie ma daty, więc nie"
                            + " wiadomo, od kiedy liczyć termin kolejnej.",
                    "Assessment of the programme (at least every " + years + " years): a periodic or final assessment has"
                            + " no date, so it is not known from when the next one's term runs.");
        }
        if (clock.reference() == null) {
            String draft = p.status == ProgrammeStatus.DRAFT ? " (program jest w przygotowaniu)" : "";
            String draftEn = p.status == ProgrammeStatus.DRAFT ? " (the programme is being prepared)" : "";
            return new Draft(code, article, null, true, List.of(), ADOPTION_MISSING,
                    "Ocena programu: pierwsza najpóźniej " + years + " lata po jego uchwaleniu, a nie odnotowano daty"
                            + " uchwalenia" + draft + " ani oceny okresowej.",
                    "Assessment of the programme: the first is due " + years + " years after its adoption, and neither"
                            + " the adoption date" + draftEn + " nor a periodic assessment is recorded.");
        }
        Duty.Source from;
        if (clock.fromAssessment()) {
            ProgrammeRules.Assessment a = clock.latest();
            boolean step = a.path().startsWith("procedureSteps");
            from = new Duty.Source(step ? "procedureStep" : "evaluation", a.id(), step ? "ASSESSMENT"
                    : a.type() == EvaluationType.FINAL ? "FINAL" : "PERIODIC", a.date());
        } else {
            from = adoptionSource(inputs);
        }
        String pl = clock.fromAssessment()
                ? "Ostatnia ocena okresowa programu: " + clock.reference() + "; kolejna najpóźniej " + clock.due()
                        + " (co najmniej co " + years + " lata)."
                : "Program uchwalono " + clock.reference() + " i nie odnotowano jeszcze jego oceny okresowej; pierwsza"
                        + " najpóźniej " + clock.due() + " (co najmniej co " + years + " lata).";
        String en = clock.fromAssessment()
                ? "The programme's last periodic assessment was on " + clock.reference() + "; the next is due by "
                        + clock.due() + " (at least every " + years + " years)."
                : "The programme was adopted on " + clock.reference() + " and no periodic assessment is recorded yet;"
                        + " the first is due by " + clock.due() + " (at least every " + years + " years).";
        return new Draft(code, article, clock.due(), false, List.of(from), List.of(), pl, en);
    }

    private Draft committeeRules(ProcedureInputs inputs) {
        String code = "ART_7_COMMITTEE_RULES";
        String article = "art. 7 ust. 3";
        int months = compliance.config().committeeRulesMonths();
        var rules = inputs.committeeRules();
        if (rules != null && rules.date != null) {
            return null; // done (whether on time is the compliance check's ART_7_COMMITTEE_RULES)
        }
        LocalDate due = ProgrammeRules.art7DueDate(inputs.adoption(), months);
        if (rules != null) {
            return new Draft(code, article, due, true, List.of(new Duty.Source("procedureStep", rules.id, "COMMITTEE_RULES", null)),
                    List.of("procedureSteps[" + rules.id + "].date"),
                    "Uchwała o zasadach wyznaczania składu i działania Komitetu Rewitalizacji jest odnotowana bez daty.",
                    "The resolution on the Revitalisation Committee's rules is recorded without a date.");
        }
        if (due == null) {
            return new Draft(code, article, null, true, List.of(), ADOPTION_MISSING,
                    "Zasady wyznaczania składu i działania Komitetu Rewitalizacji: rada ustala je przed uchwaleniem programu"
                            + " lub w ciągu " + months + " miesięcy po nim, a nie odnotowano daty uchwalenia programu.",
                    "The Revitalisation Committee's rules: the council sets them before the programme is adopted or within "
                            + months + " months after, and the adoption date is not recorded.");
        }
        return new Draft(code, article, due, false, List.of(adoptionSource(inputs)), List.of(),
                "Program uchwalono " + inputs.adoption() + "; nie odnotowano uchwały o zasadach Komitetu Rewitalizacji,"
                        + " a rada podejmuje ją najpóźniej " + due + " (" + months + " miesiące po uchwaleniu programu).",
                "The programme was adopted on " + inputs.adoption() + "; no resolution on the Revitalisation Committee's"
                        + " rules is recorded, and the council adopts it by " + due + " (" + months + " months after the"
                        + " programme's adoption).");
    }
}
