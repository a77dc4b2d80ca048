package pl.odnowa.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Programme")
public record ProgrammeResponse(
        @Schema(example = "2") long id,
        @Schema(example = "2461011") String municipality,
        @Schema(example = "Program Rewitalizacji Obszarów Miejskich w Bielsku-Białej na lata 2014–2021") String name,
        @Schema(example = "PROM 2014–2021") String shortName,
        @Schema(example = "PR") LegalBasis legalBasis,
        @Schema(example = "COMPLETED") ProgrammeStatus status,
        @Schema(example = "2014") int periodFrom,
        @Schema(example = "2021") Integer periodTo,
        String resolutionNumber,
        LocalDate resolutionDate,
        @Schema(example = "1", description = "The programme this one continues; null for a draft the caller may not see")
        Long predecessorId,
        String description,
        String vision,
        List<Goal> goals,
        SpecialZone specialZone,
        @Schema(description = "What the programme's document contains (art. 15); null: not recorded") ProgrammeContents contents,
        @Schema(description = "Anonymous readers see published programmes only", example = "true") boolean published,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** With its predecessor: the representation for those who may see the municipality's drafts. */
    public static ProgrammeResponse from(Programme p) {
        return from(p, p.predecessor == null ? null : p.predecessor.id);
    }

    /** With the predecessor's id as the caller may read it (null for a draft it may not see). */
    public static ProgrammeResponse from(Programme p, Long predecessorId) {
        return new ProgrammeResponse(p.id, p.municipality.teryt, p.name, p.shortName, p.legalBasis, p.status,
                p.periodFrom, p.periodTo, p.resolutionNumber, p.resolutionDate,
                predecessorId, p.description, p.vision, List.copyOf(p.goals),
                p.specialZone(), p.contents, p.published, p.version, p.createdAt, p.updatedAt);
    }
}
