package pl.odnowa.committee;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Committee")
public record CommitteeResponse(
        @Schema(example = "2") long id,
        @Schema(example = "3") long programmeId,
        @Schema(example = "2461011", description = "TERYT code of the programme's municipality") String municipality,
        @Schema(example = "Komitet Rewitalizacji") String name,
        @Schema(example = "Zarządzenie Prezydenta Miasta w sprawie powołania Komitetu Rewitalizacji") String source,
        List<CommitteeRequest.Member> members,
        List<CommitteeRequest.Meeting> meetings,
        List<CommitteeRequest.Opinion> opinions,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static CommitteeResponse from(Committee c) {
        return new CommitteeResponse(c.id, c.programme.id, c.programme.municipality.teryt, c.name, c.source,
                CommitteeRequest.members(c), CommitteeRequest.meetings(c), CommitteeRequest.opinions(c), c.version, c.createdAt,
                c.updatedAt);
    }
}
