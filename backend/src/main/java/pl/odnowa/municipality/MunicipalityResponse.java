package pl.odnowa.municipality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Municipality")
public record MunicipalityResponse(
        @Schema(example = "2461011") String teryt,
        @Schema(example = "Bielsko-Biała") String name,
        @Schema(example = "śląskie") String voivodeship,
        @Schema(example = "PL225") String nutsCode,
        @Schema(example = "124.51") BigDecimal areaKm2,
        @Schema(example = "166765") Integer residents,
        @Schema(example = "2023-01-01") LocalDate residentsDate,
        @Schema(example = "GUS, Bank Danych Lokalnych (ludność wg stanu na 1 stycznia 2023 r.)", description = "Where the figures come from ('illustrative': no public source gives them)") String source,
        @Schema(example = "1", description = "Current version; its ETag is the same number in quotes") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static MunicipalityResponse from(Municipality m) {
        return new MunicipalityResponse(m.teryt, m.name, m.voivodeship, m.nutsCode, m.areaKm2, m.residents,
                m.residentsDate, m.source, m.version, m.createdAt, m.updatedAt);
    }
}
