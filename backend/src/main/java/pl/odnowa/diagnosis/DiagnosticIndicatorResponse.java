package pl.odnowa.diagnosis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DiagnosticIndicator", description = "A diagnostic indicator of one year with its values per spatial unit")
public record DiagnosticIndicatorResponse(
        @Schema(example = "7") long id,
        @Schema(example = "2461011") String municipality,
        @Schema(example = "S1") String code,
        @Schema(example = "2023") int year,
        @Schema(example = "Udział osób korzystających z pomocy społecznej") String name,
        @Schema(example = "SOCIAL") Sphere sphere,
        @Schema(example = "HIGHER_IS_WORSE") DiagnosticDirection direction,
        @Schema(example = "%") String unit,
        @Schema(example = "true") boolean rate,
        @Schema(example = "illustrative: MOPS data as an example") String source,
        @Schema(example = "6.5", description = "The reference value as given; null when computed") BigDecimal referenceValue,
        @Schema(example = "7.1", description = "The reference used by the delimitation: the given one, or computed from the units "
                + "(rate: Σ value × residents ÷ Σ residents over units with both; otherwise the mean of the units); null: no values")
        Double reference,
        @Schema(example = "given", description = "given, residents-weighted mean or mean") String referenceMethod,
        @Schema(description = "Value per spatial unit code", example = "{\"OS-01\": 12.5, \"OS-02\": 4.0}") Map<String, BigDecimal> values,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
