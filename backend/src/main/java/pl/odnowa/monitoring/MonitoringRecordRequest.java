package pl.odnowa.monitoring;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MonitoringRecordRequest", description = "The monitoring of a project in one year as created (POST) or "
        + "replaced (PUT); what is not known stays null (not recorded)")
public record MonitoringRecordRequest(
        @NotNull @Schema(example = "17", description = "Id of the project; cannot change later") Long projectId,
        @NotNull @Schema(example = "2024", description = "The year monitored, within the programme's period (periodFrom to "
                + "periodTo); one record per project and year; cannot change later") Integer year,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(type = SchemaType.STRING, example = "40", description = "Physical progress at the end of the year, 0 to 100 "
                + "(percent, at most 2 decimals); null: not recorded") BigDecimal progress,
        @Size(max = 2000) @Schema(example = "Roboty budowlane w toku; odebrano stan surowy.", description = "Short status note")
        String note,
        @Size(max = MonitoringRecordService.MAX_FUNDING) @Schema(description = "Spending of the year per funding source, each "
                + "source once; empty: not recorded") List<@NotNull @Valid MonitoringFundingRequest> funding,
        @Size(max = 1000) @Schema(example = "Sprawozdanie z realizacji GPR za 2024 r. (dane ilustracyjne)",
                description = "Where the figures come from; a source naming \"illustrative\" (\"ilustracyjne\") marks them "
                        + "as not official in every output") String source) {

    static final String MONEY = "Exact decimal, at least 0, at most 14 integer and 2 fraction digits, as a string (a JSON "
            + "number is accepted too); null: not recorded";
    static final String MONEY_PATTERN = "^[0-9]{1,14}(\\.[0-9]{1,2})?$";

    static MonitoringRecordRequest from(MonitoringRecord r) {
        return new MonitoringRecordRequest(r.project.id, r.year, r.progress, r.note,
                r.funding.stream().map(MonitoringFundingRequest::from).toList(), r.source);
    }
}
