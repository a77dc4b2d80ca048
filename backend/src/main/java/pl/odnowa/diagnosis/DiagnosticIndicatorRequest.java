package pl.odnowa.diagnosis;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DiagnosticIndicatorRequest", description = "A diagnostic indicator of one year with its values per spatial unit")
public record DiagnosticIndicatorRequest(
        @Size(max = 7) @Schema(example = "2461011", description = "TERYT code of the municipality; required on POST, cannot change")
        String municipality,
        @NotBlank @Size(max = 30) @Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "may contain only letters, digits, '.', '_' and '-'")
        @Schema(example = "S1") String code,
        @NotNull @Min(1990) @Max(2100) @Schema(example = "2023") Integer year,
        @NotBlank @Size(max = 300) @Schema(example = "Udział osób korzystających z pomocy społecznej") String name,
        @NotNull @Schema(example = "SOCIAL") Sphere sphere,
        @NotNull @Schema(example = "HIGHER_IS_WORSE") DiagnosticDirection direction,
        @Size(max = 50) @Schema(example = "%") String unit,
        @Schema(example = "true", description = "A rate (a share in %, 0–100): its computed reference is weighted by residents")
        Boolean rate,
        @Size(max = 500) @Schema(example = "illustrative: MOPS data as an example") String source,
        @Schema(example = "6.5", description = "The municipal reference value when given (e.g. from GUS BDL); null: computed from the units")
        BigDecimal referenceValue,
        @Size(max = SpatialUnitService.MAX_UNITS) @Schema(description = "Value per spatial unit code; a unit left out has no value (not known)",
                example = "{\"OS-01\": 12.5, \"OS-02\": 4.0}") Map<String, BigDecimal> values) {
}
