package pl.odnowa.area;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Area")
public record AreaResponse(
        @Schema(example = "5") long id,
        @Schema(example = "3") long programmeId,
        @Schema(example = "2461011", description = "TERYT code of the programme's municipality") String municipality,
        @Schema(example = "REVITALISATION") AreaKind kind,
        @Schema(example = "Obszar rewitalizacji Bielska-Białej") String name,
        String description,
        @Schema(example = "XLVII/1091/2022") String designationResolution,
        @Schema(example = "2022-08-25") LocalDate designationDate,
        @Schema(example = "Dz. Urz. Woj. Śląskiego 2022 poz. 5426") String designationPublication,
        List<SubareaResponse> subareas,
        Totals totals,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** Sums over the subareas; a subarea without a value adds nothing, and a total is null when no subarea has one. */
    @Schema(name = "AreaTotals", description = "Sums over the subareas that have a value (null when none has one)")
    public record Totals(
            @Schema(example = "73.7") BigDecimal areaHa,
            @Schema(example = "9420") Long residents) {

        static Totals of(List<Subarea> subareas) {
            BigDecimal area = subareas.stream().map(s -> s.areaHa).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
            Long residents = subareas.stream().map(s -> s.residents).filter(Objects::nonNull).map(Integer::longValue)
                    .reduce(Long::sum).orElse(null);
            return new Totals(area, residents);
        }
    }

    public static AreaResponse from(Area a) {
        return new AreaResponse(a.id, a.programme.id, a.programme.municipality.teryt, a.kind, a.name, a.description,
                a.designationResolution, a.designationDate, a.designationPublication, a.subareas.stream().map(SubareaResponse::from).toList(),
                Totals.of(a.subareas), a.version, a.createdAt, a.updatedAt);
    }
}
