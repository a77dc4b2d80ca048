package pl.odnowa.area;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

@Schema(name = "Subarea", description = "A subarea; geometry is null when its boundary is not known, residents when not known, "
        + "a crisis flag or landType when not recorded")
public record SubareaResponse(
        @Schema(example = "12", description = "Kept while the code stays in the area; projects and observations refer to it") long id,
        @Schema(example = "S1") String code,
        @Schema(example = "Śródmieście Bielsko") String name,
        @JsonRawValue @Schema(implementation = GeoJson.Geometry.class) String geometry,
        @Schema(example = "42.5") BigDecimal areaHa,
        @Schema(example = "5120") Integer residents,
        @Schema(example = "2021-12-31") LocalDate residentsDate,
        @Schema(example = "Uchwała Nr XLVII/1091/2022, załącznik 1") String source,
        CrisisSpheres crisis,
        @Schema(example = "Diagnoza 2022: stopa bezrobocia 9,1% wobec 4,2% w gminie (illustrative).") String crisisEvidence,
        @Schema(example = "INHABITED", description = "null: not recorded") LandType landType,
        String landJustification) {

    public static SubareaResponse from(Subarea s) {
        return new SubareaResponse(s.id, s.code, s.name, s.geometry, s.areaHa, s.residents, s.residentsDate, s.source,
                CrisisSpheres.of(s), s.crisisEvidence, s.landType, s.landJustification);
    }
}
