package pl.odnowa.municipality;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MunicipalityRequest", description = "A municipality as created (POST) or replaced (PUT)")
public record MunicipalityRequest(
        @NotNull @Pattern(regexp = "[0-9]{7}", message = "must be a 7-digit TERYT (TERC) code")
        @Schema(example = "2461011", description = "TERYT (TERC) code; cannot change once created") String teryt,
        @NotBlank @Size(max = 200) @Schema(example = "Bielsko-Biała") String name,
        @Voivodeship @Schema(example = "śląskie", description = "One of the 16 voivodeships (stored by its official "
                + "lower-case name; any case and Polish letters optional on input)") String voivodeship,
        @Size(max = 10) @Pattern(regexp = "PL[0-9A-Z]{1,5}", message = "must be a NUTS code such as PL225")
        @Schema(example = "PL225") String nutsCode,
        @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2)
        @Schema(example = "124.51", description = "Area in km²") BigDecimal areaKm2,
        @PositiveOrZero @Schema(example = "166765") Integer residents,
        @Schema(example = "2023-01-01", description = "Reference date of the residents figure") LocalDate residentsDate,
        @Size(max = 500) @Schema(example = "GUS, Bank Danych Lokalnych (ludność wg stanu na 1 stycznia 2023 r.)", description = "Where the figures come from; figures no public "
                + "source gives say 'illustrative' and are labelled so in every output") String source) {

    static MunicipalityRequest from(Municipality m) {
        return new MunicipalityRequest(m.teryt, m.name, m.voivodeship, m.nutsCode, m.areaKm2, m.residents, m.residentsDate, m.source);
    }
}
