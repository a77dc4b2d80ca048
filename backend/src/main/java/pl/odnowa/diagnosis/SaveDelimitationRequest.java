package pl.odnowa.diagnosis;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SaveDelimitationRequest", description = "Saves a delimitation as the degraded and revitalisation areas of a programme")
public record SaveDelimitationRequest(
        @NotNull @Schema(example = "3", description = "Programme of the municipality that gets the two areas (it must have none yet)") Long programmeId,
        @NotNull @Valid @Schema(description = "The method and the selection (required, non-empty)") DelimitationRequest delimitation,
        @Size(max = 300) @Schema(example = "Obszar zdegradowany") String degradedName,
        @Size(max = 300) @Schema(example = "Obszar rewitalizacji") String revitalisationName,
        @NotBlank @Size(max = 100) @Schema(example = "XLVII/1091/2022", description = "Number of the designating resolution") String resolutionNumber,
        @NotNull @Schema(example = "2022-08-25") LocalDate resolutionDate,
        @Size(max = 200) @Schema(example = "Dz. Urz. Woj. Śląskiego 2022 poz. 5426", description = "Publication in the voivodeship's "
                + "official journal (art. 11 ust. 5); null: not yet recorded") String publication) {
}
