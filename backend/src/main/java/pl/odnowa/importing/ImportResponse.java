package pl.odnowa.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did, per kind of row. */
@Schema(name = "ImportResult", description = "What the import did: rows created, updated and left unchanged, per kind")
public record ImportResponse(Counts projects, Counts observations) {

    @Schema(name = "ImportCounts")
    public record Counts(
            @Schema(example = "2", description = "Rows whose external id (projects) or indicator, subarea and year "
                    + "(observations) were new") int created,
            @Schema(example = "1", description = "Rows that changed a stored object") int updated,
            @Schema(example = "5", description = "Rows equal to the stored object: nothing written, no new version") int unchanged) {
    }
}
