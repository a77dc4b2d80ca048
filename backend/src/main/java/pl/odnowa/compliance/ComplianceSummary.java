package pl.odnowa.compliance;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.odnowa.evaluation.Check;
import pl.odnowa.evaluation.CheckResult;

@Schema(name = "ComplianceSummary", description = "How many checks passed, failed, could not be decided or do not apply")
public record ComplianceSummary(@Schema(example = "5") int pass, @Schema(example = "1") int fail,
        @Schema(example = "3") int unknown, @Schema(example = "2") int notApplicable) {

    static ComplianceSummary of(List<Check> checks) {
        return new ComplianceSummary(count(checks, CheckResult.PASS), count(checks, CheckResult.FAIL),
                count(checks, CheckResult.UNKNOWN), count(checks, CheckResult.NOT_APPLICABLE));
    }

    private static int count(List<Check> checks, CheckResult result) {
        return (int) checks.stream().filter(c -> c.result() == result).count();
    }
}
