package pl.odnowa.compliance;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.odnowa.evaluation.Check;
import pl.odnowa.evaluation.CheckResult;

@Schema(name = "ComplianceSummary", description = "How many checks passed, failed or could not be decided")
public record ComplianceSummary(@Schema(example = "5") int pass, @Schema(example = "1") int fail,
        @Schema(example = "3") int unknown) {

    static ComplianceSummary of(List<Check> checks) {
        int pass = 0;
        int fail = 0;
        int unknown = 0;
        for (Check c : checks) {
            if (c.result() == CheckResult.PASS) {
                pass++;
            } else if (c.result() == CheckResult.FAIL) {
                fail++;
            } else {
                unknown++;
            }
        }
        return new ComplianceSummary(pass, fail, unknown);
    }
}
