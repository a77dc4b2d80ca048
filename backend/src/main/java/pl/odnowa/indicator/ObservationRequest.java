package pl.odnowa.indicator;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

@Schema(name = "ObservationRequest", description = "One value of an indicator for a calendar year, for the indicator's whole "
        + "scope (no subareaId) or for one subarea of its programme; created (POST) or replaced (PUT)")
public record ObservationRequest(
        @NotNull @Min(1900) @Max(2200) @Schema(example = "2023", description = "Calendar year") Integer period,
        @Schema(example = "14", description = "Subarea of the indicator's programme; absent for the whole scope") Long subareaId,
        @NotNull @Digits(integer = 16, fraction = 4)
        @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonDeserialize(using = DecimalDeserializer.class)
        @Schema(type = SchemaType.STRING, format = "decimal", pattern = "^-?\\d{1,16}(\\.\\d{1,4})?$", example = "24.1",
                description = "Decimal, at most 16 digits before and 4 after the point; a string or a number")
        BigDecimal value,
        @Size(max = 500) @Schema(example = "illustrative") String source,
        @Size(max = 2000) @Schema(example = "Średnia roczna ze stacji przy ul. Kossaka") String note) {

    static ObservationRequest from(Observation o) {
        return new ObservationRequest(o.period, o.subarea == null ? null : o.subarea.id, Decimals.plain(o.value),
                o.source, o.note);
    }
}
