package pl.odnowa.area;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** A subarea as sent in an area's request; subareas are matched to the stored ones by code. */
@Schema(name = "SubareaRequest", description = "A subarea; on PUT and PATCH subareas are matched by code: "
        + "existing codes keep their id, new codes are added, missing codes are removed. geometry may be null (boundary not known); "
        + "crisis flags and landType that are missing or null are not recorded (the checks answer UNKNOWN for them)")
public record SubareaRequest(
        @NotBlank @Size(max = 30) @Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "may contain only letters, digits, '.', '_' and '-'")
        @Schema(example = "S1", description = "Code unique within the area; used in /areas/{id}/subareas/{code}") String code,
        @NotBlank @Size(max = 300) @Schema(example = "Śródmieście Bielsko") String name,
        @Schema(implementation = GeoJson.Geometry.class) JsonNode geometry,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2)
        @Schema(example = "42.50", description = "Area in hectares") BigDecimal areaHa,
        @Min(0) @Schema(example = "5120", description = "Number of residents") Integer residents,
        @Schema(example = "2021-12-31", description = "Date the number of residents refers to") LocalDate residentsDate,
        @Size(max = 500) @Schema(example = "Uchwała Nr XLVII/1091/2022, załącznik 1", description = "Where the figures come from; "
                + "'illustrative' when no public source gives them") String source,
        @Valid CrisisSpheres crisis,
        @Size(max = 10000) @Schema(example = "Diagnoza 2022: stopa bezrobocia 9,1% wobec 4,2% w gminie (illustrative).",
                description = "Where the crisis findings come from: the diagnosis, its indicators and values") String crisisEvidence,
        @Schema(example = "INHABITED", description = "Land type; null or missing: not recorded. Post-industrial, post-military and "
                + "post-railway land in a revitalisation area needs landJustification (art. 10 ust. 3)") LandType landType,
        @Size(max = 10000) @Schema(example = "Działania na terenie dawnej fabryki przeciwdziałają bezrobociu w sąsiednim osiedlu.")
        String landJustification) {

    static SubareaRequest from(Subarea s) {
        return new SubareaRequest(s.code, s.name, GeoJson.parse(s.geometry), s.areaHa, s.residents, s.residentsDate, s.source,
                CrisisSpheres.of(s), s.crisisEvidence, s.landType, s.landJustification);
    }
}
