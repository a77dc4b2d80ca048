package pl.odnowa.monitoring;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.odnowa.project.FundingInstrument;

/** The spending of one funding source in the monitored year, as sent by a client. */
@Schema(name = "MonitoringFundingRequest", description = "Planned and actual spending of one funding source in the year; "
        + "an amount not known stays null (not recorded), never 0")
public record MonitoringFundingRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Unia Europejska – EFRR", description = "The funding source, named as "
                + "in the project's funding mix") String source,
        @Schema(example = "GRANT", description = "GRANT, LOAN, OWN or OTHER; null: not recorded") FundingInstrument instrument,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2)
        @Schema(type = SchemaType.STRING, pattern = MonitoringRecordRequest.MONEY_PATTERN, example = "100000.00",
                description = "Spending planned for the year. " + MonitoringRecordRequest.MONEY) BigDecimal planned,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2)
        @Schema(type = SchemaType.STRING, pattern = MonitoringRecordRequest.MONEY_PATTERN, example = "80000.00",
                description = "Spending made in the year. " + MonitoringRecordRequest.MONEY) BigDecimal actual) {

    static MonitoringFundingRequest from(MonitoringFunding f) {
        return new MonitoringFundingRequest(f.source(), f.instrument(), Execution.decimal(f.planned()),
                Execution.decimal(f.actual()));
    }
}
