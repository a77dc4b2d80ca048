package pl.odnowa.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.odnowa.evaluation.Check;

@Schema(name = "ComplianceReport", description = "Checks of the Revitalisation Act against a programme's data (or a draft area). "
        + "Each check names the article, the rule, the result (PASS, FAIL, or UNKNOWN with the missing data), the figures used and "
        + "explanations in Polish and English. Same data, same report, except generatedAt (and art. 22, which depends on today).")
public record ComplianceReport(
        @Schema(example = "3", description = "The programme checked; null for a draft area") Long programmeId,
        @Schema(example = "2461011") String municipality,
        OffsetDateTime generatedAt,
        @Schema(example = "2026-11-28", description = "The day art. 22's deadline was compared with") LocalDate today,
        List<Check> checks,
        ComplianceSummary summary) {

    static ComplianceReport of(Long programmeId, String municipality, OffsetDateTime generatedAt, LocalDate today,
            List<Check> checks) {
        return new ComplianceReport(programmeId, municipality, generatedAt, today, List.copyOf(checks),
                ComplianceSummary.of(checks));
    }
}
