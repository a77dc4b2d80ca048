package pl.odnowa.diagnosis;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DelimitationRequest", description = "The method's parameters, and optionally the units chosen for the revitalisation area")
public record DelimitationRequest(
        @NotNull @Min(1990) @Max(2100) @Schema(example = "2023", description = "Year of the indicators") Integer year,
        @Size(max = 200) @Schema(description = "Codes of the indicators used; null or missing: all of the year", example = "[\"S1\", \"S2\", \"G1\"]")
        List<String> indicators,
        @DecimalMin("0") @DecimalMax("1000") @Schema(example = "0", description = "A value is worse than the reference when it exceeds it "
                + "by more than this percentage (HIGHER_IS_WORSE) or falls short of it by more (HIGHER_IS_BETTER); default 0") Double thresholdPct,
        @Min(1) @Max(200) @Schema(example = "2", description = "How many social indicators must be worse for the social sphere to be in "
                + "crisis; default 1") Integer minSocialIndicators,
        @Size(max = SpatialUnitService.MAX_UNITS) @Schema(description = "Codes of the units chosen for the revitalisation area (from the "
                + "degraded area)", example = "[\"OS-01\", \"OS-03\"]") List<String> selection) {
}
