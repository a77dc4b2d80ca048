package pl.odnowa.due;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Duty", description = "A duty of the municipality under the Revitalisation Act that is upcoming, overdue or whose"
        + " due date cannot be set because an input step is not recorded (UNKNOWN, with `missing`)")
public record Duty(
        @Schema(example = "ART_22_ASSESSMENT", description = "ART_22_ASSESSMENT (next assessment of the GPR), ART_7_COMMITTEE_RULES"
                + " (the council's resolution on the Revitalisation Committee), ART_52_PR_PROJECTS (end of the projects of a"
                + " programme adopted outside the Act), ART_6_CONSULTATION_SUMMARY (publication of a consultation's summary; one per"
                + " consultation, computedFrom names it)") String code,
        @Schema(example = "art. 22 ust. 1") String article,
        @Schema(example = "Ustawa z dnia 9 października 2015 r. o rewitalizacji (t.j. Dz.U. 2024 poz. 278)") String act,
        @Schema(example = "3") long programmeId,
        @Schema(example = "Gminny Program Rewitalizacji Bielska-Białej do 2030 r.") String programmeName,
        @Schema(example = "GPR 2030") String programmeShortName,
        @Schema(example = "2026-03-01", description = "The last day the duty may be done; null when it cannot be set") LocalDate dueDate,
        DutyStatus status,
        @Schema(example = "-281", description = "Days from the list's day to the due date (negative: overdue); null without a due date") Long daysLeft,
        @Schema(description = "The recorded facts the due date was computed from") List<Source> computedFrom,
        @Schema(example = "[\"resolutionDate\", \"procedureSteps[ADOPTION]\"]", description = "What is not recorded (UNKNOWN)") List<String> missing,
        @Schema(example = "Program uchwalono 2023-03-01 i nie odnotowano jeszcze jego oceny okresowej; pierwsza najpóźniej 2026-03-01. Termin minął 281 dni temu.") String explanationPl,
        @Schema(example = "The programme was adopted on 2023-03-01 and no periodic assessment is recorded yet; the first is due by 2026-03-01. Overdue by 281 days.") String explanationEn,
        @Schema(example = "/programmes/3/procedure", description = "The SPA page where the steps are recorded") String page) {

    /** A recorded fact a due date rests on: a procedure step, an evaluation, a project, a consultation or a programme field. */
    @Schema(name = "DutySource")
    public record Source(
            @Schema(example = "procedureStep", description = "procedureStep, evaluation, project, consultation, programme or configuration") String type,
            @Schema(example = "12") Long id,
            @Schema(example = "ADOPTION", description = "The step's kind, the field or the project's title") String label,
            @Schema(example = "2023-03-01") LocalDate date) {
    }
}
