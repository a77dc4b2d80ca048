package pl.odnowa.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.odnowa.evaluation.Check;
import pl.odnowa.evaluation.LegalBasisOfCheck;

@Schema(name = "ComplianceReport", description = "Checks of the rules that govern a programme (the Revitalisation Act for a GPR, "
        + "the 2014–2020 national guidelines for a programme under the Act on municipal self-government) against its data, or of "
        + "a draft area against the Act. Each check names the provision, its source, the rule, the result (PASS, FAIL, UNKNOWN "
        + "with the data not recorded, or NOT_APPLICABLE), the figures used and explanations in Polish and English. Same data, "
        + "same report, except generatedAt (and the dated rules, which depend on today).")
public record ComplianceReport(
        @Schema(example = "3", description = "The programme checked; null for a draft area") Long programmeId,
        @Schema(example = "2461011") String municipality,
        OffsetDateTime generatedAt,
        @Schema(example = "2026-11-28", description = "The day the dated rules (art. 22, art. 52) were compared with") LocalDate today,
        Rules rules,
        List<Check> checks,
        ComplianceSummary summary) {

    /** Which body of rules governs the programme, and why. */
    @Schema(name = "ComplianceRules", description = "The body of rules the programme is judged by")
    public record Rules(
            @Schema(example = "GUIDELINES_2014_2020", description = "ACT_2015, GUIDELINES_2014_2020, or null when no national "
                    + "revitalisation rules governed the programme or its legal basis is not recorded") LegalBasisOfCheck basis,
            @Schema(example = "Wytyczne w zakresie rewitalizacji w programach operacyjnych na lata 2014–2020 (…)") String citation,
            @Schema(example = "Program przyjęty na podstawie ustawy o samorządzie gminnym (PR) …") String explanationPl,
            @Schema(example = "A programme adopted under the Act on municipal self-government (PR) …") String explanationEn) {
    }

    static ComplianceReport of(Long programmeId, String municipality, OffsetDateTime generatedAt, LocalDate today,
            Rules rules, List<Check> checks) {
        return new ComplianceReport(programmeId, municipality, generatedAt, today, rules, List.copyOf(checks),
                ComplianceSummary.of(checks));
    }
}
