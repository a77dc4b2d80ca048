package pl.odnowa.indicator;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A value in a year: an indicator's baseline or target. */
@Schema(name = "IndicatorYearValue", description = "A value and the year it refers to")
public record YearValue(
        @NotNull @Digits(integer = 16, fraction = 4)
        @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonDeserialize(using = DecimalDeserializer.class)
        @Schema(type = SchemaType.STRING, format = "decimal", pattern = "^-?\\d{1,16}(\\.\\d{1,4})?$", example = "27.5",
                description = "Decimal, at most 16 digits before and 4 after the point; a string in responses, a string or a number in requests")
        BigDecimal value,
        @Min(1900) @Max(2200) @Schema(example = "2021", description = "Required for a baseline; a target without a year is "
                + "assessed against the default target year (odnowa.progress.default-target-year, 2030 as in Open SDG)")
        Integer year) {

    /** The pair stored in two columns, or null when the indicator has none. */
    static YearValue of(BigDecimal value, Integer year) {
        return value == null && year == null ? null : new YearValue(Decimals.plain(value), year);
    }
}
