package pl.odnowa.programme;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeRequest", description = "A programme as created (POST) or replaced (PUT)")
public record ProgrammeRequest(
        @NotNull @Pattern(regexp = "[0-9]{7}", message = "must be a 7-digit TERYT (TERC) code")
        @Schema(example = "2461011", description = "TERYT code of the municipality the programme belongs to") String municipality,
        @NotBlank @Size(max = 300) @Schema(example = "Program Rewitalizacji Obszarów Miejskich w Bielsku-Białej na lata 2014–2021") String name,
        @Size(max = 60) @Schema(example = "PROM 2014–2021") String shortName,
        @Schema(example = "PR", description = "GPR (the Revitalisation Act), PR (a programme under the Act on municipal "
                + "self-government) or IDS (another strategic document), as in Statistics Poland's SG-01; null: not known "
                + "(the compliance checks then cannot tell which rules apply)") LegalBasis legalBasis,
        @NotNull @Schema(example = "COMPLETED") ProgrammeStatus status,
        @NotNull @Min(1990) @Max(2100) @Schema(example = "2014") Integer periodFrom,
        @Min(1990) @Max(2100) @Schema(example = "2021") Integer periodTo,
        @Size(max = 100) @Schema(example = "XLVIII/1119/2022") String resolutionNumber,
        @Schema(example = "2022-09-22") LocalDate resolutionDate,
        @Schema(example = "1", description = "Id of the programme this one continues (same municipality)") Long predecessorId,
        @Size(max = 10000) @Schema(example = "Kontynuacja PROM 2007–2013.") String description,
        @Size(max = 10000) String vision,
        @Size(max = 50) List<@NotNull @Valid Goal> goals,
        @Schema(description = "Special revitalisation zone (art. 25), if any") SpecialZone specialZone,
        @Schema(description = "Whether anonymous readers see it; a new programme is a draft (false) unless this says true",
                example = "true") Boolean published) {

    static ProgrammeRequest from(Programme p) {
        return new ProgrammeRequest(p.municipality.teryt, p.name, p.shortName, p.legalBasis, p.status, p.periodFrom,
                p.periodTo, p.resolutionNumber, p.resolutionDate, p.predecessor == null ? null : p.predecessor.id,
                p.description, p.vision, List.copyOf(p.goals), p.specialZone(), p.published);
    }
}
