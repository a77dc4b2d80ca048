package pl.odnowa.project;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a project's funding mix as sent by a client; the amount is in the project's currency. */
@Schema(name = "FundingSourceRequest", description = "One source of a project's money")
public record FundingSourceRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Unia Europejska – EFRR") String source,
        @NotNull @Schema(example = "GRANT") FundingInstrument instrument,
        @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2)
        @Schema(type = SchemaType.STRING, pattern = ProjectRequest.MONEY_PATTERN, example = "6380223.26",
                description = ProjectRequest.MONEY) BigDecimal amount,
        @Size(max = 100) @Schema(example = "ZPORR 2004–2006") String fund,
        @Size(max = 100) @Schema(example = "3.3") String measure) {

    static FundingSourceRequest from(FundingSource f) {
        return new FundingSourceRequest(f.source, f.instrument, f.amount, f.fund, f.measure);
    }
}
