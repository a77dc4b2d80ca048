package pl.odnowa.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import pl.odnowa.compliance.ComplianceService;
import pl.odnowa.consultation.Consultation;
import pl.odnowa.consultation.ConsultationRepository;
import pl.odnowa.consultation.ConsultationRules;
import pl.odnowa.evaluation.LegalBasisOfCheck;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeStatus;

/**
 * Art. 6: the summary of each consultation is published after it ends, by the deadline of the compliance check
 * {@code ART_6_CONSULTATION_SUMMARY} ({@link ConsultationRules#summaryDueDate}: the end plus
 * odnowa.compliance.consultation-summary-days, an assumed deadline). A recorded publication date is done (whether on
 * time is the check's); a consultation without an end date is UNKNOWN. Like the check, only for a programme under the
 * Act that is not repealed.
 */
@ApplicationScoped
public class ConsultationSummaryDuties implements DutyProvider {

    static final String CODE = "ART_6_CONSULTATION_SUMMARY";

    private final ComplianceService compliance;
    private final ConsultationRepository consultations;

    ConsultationSummaryDuties(ComplianceService compliance, ConsultationRepository consultations) {
        this.compliance = compliance;
        this.consultations = consultations;
    }

    @Override
    public List<Draft> duties(Programme p, LocalDate asOf) {
        if (compliance.basisOf(p) != LegalBasisOfCheck.ACT_2015 || p.status == ProgrammeStatus.REPEALED) {
            return List.of();
        }
        ConsultationRules rules = compliance.consultationRules();
        int days = rules.summaryDays();
        String assumedPl = " Termin " + days + " dni przyjęto bez odczytania przepisu (do weryfikacji).";
        String assumedEn = " The " + days + "-day deadline is assumed, not read in the Act (to verify).";
        List<Draft> result = new ArrayList<>();
        for (Consultation c : consultations.ofProgramme(p.id)) {
            if (c.summaryPublishedOn != null) {
                continue;
            }
            String subject = c.subject != null ? c.subject : "consultation";
            String namePl = "Konsultacje" + (c.startDate == null ? "" : " z " + c.startDate) + (c.subject == null ? "" : " („" + c.subject + "”)");
            String nameEn = "The consultation" + (c.startDate == null ? "" : " of " + c.startDate) + (c.subject == null ? "" : " (“" + c.subject + "”)");
            LocalDate due = rules.summaryDueDate(c);
            if (due == null) {
                result.add(new Draft(CODE, "art. 6", null, true, List.of(new Duty.Source("consultation", c.id, subject, null)),
                        List.of("consultations[" + c.id + "].endDate"),
                        namePl + ": nie odnotowano daty zakończenia, więc nie wiadomo, do kiedy opublikować podsumowanie." + assumedPl,
                        nameEn + ": its end date is not recorded, so the summary's deadline is not known." + assumedEn));
                continue;
            }
            result.add(new Draft(CODE, "art. 6", due, false, List.of(new Duty.Source("consultation", c.id, subject, c.endDate)),
                    List.of(),
                    namePl + ": ostatni dzień " + c.endDate + "; nie odnotowano publikacji podsumowania, które należy opublikować"
                            + " najpóźniej " + due + " (" + days + " dni po zakończeniu)." + assumedPl,
                    nameEn + ": last day " + c.endDate + "; the publication of its summary is not recorded, and it is due by "
                            + due + " (" + days + " days after the end)." + assumedEn));
        }
        return result;
    }
}
