package pl.odnowa.area;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AreaRequest", description = "A degraded or revitalisation area as created (POST) or replaced (PUT)")
public record AreaRequest(
        @NotNull @Schema(example = "3", description = "Id of the programme; cannot change after creation") Long programmeId,
        @NotNull @Schema(example = "REVITALISATION", description = "A programme has at most one area of each kind") AreaKind kind,
        @NotBlank @Size(max = 300) @Schema(example = "Obszar rewitalizacji Bielska-Białej") String name,
        @Size(max = 10000) @Schema(example = "Śródmieście Bielska i Białej wraz z Dolnym i Górnym Przedmieściem.") String description,
        @Size(max = 100) @Schema(example = "XLVII/1091/2022") String designationResolution,
        @Schema(example = "2022-08-25") LocalDate designationDate,
        @Size(max = 200) @Schema(example = "Dz. Urz. Woj. Śląskiego 2022 poz. 5426",
                description = "Where the designating resolution was published (art. 11 ust. 5)") String designationPublication,
        @Size(max = AreaService.MAX_SUBAREAS) List<@NotNull @Valid SubareaRequest> subareas) {

    static AreaRequest from(Area a) {
        return new AreaRequest(a.programme.id, a.kind, a.name, a.description, a.designationResolution, a.designationDate,
                a.designationPublication, a.subareas.stream().map(SubareaRequest::from).toList());
    }
}
