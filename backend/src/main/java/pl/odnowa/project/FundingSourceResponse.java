package pl.odnowa.project;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

@Schema(name = "FundingSource", description = "One source of a project's money, in the project's currency")
public record FundingSourceResponse(
        @Schema(example = "Unia Europejska – EFRR") String source,
        @Schema(example = "GRANT") FundingInstrument instrument,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(example = "6380223.26", type = SchemaType.STRING) BigDecimal amount,
        @Schema(example = "ZPORR 2004–2006") String fund,
        @Schema(example = "3.3") String measure) {

    static FundingSourceResponse from(FundingSource f) {
        return new FundingSourceResponse(f.source, f.instrument, f.amount, f.fund, f.measure);
    }
}
