package pl.odnowa.audit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "An object created, updated or deleted; fetch it by its URL for its current state")
public record Change(
        @Schema(description = "Give it as since to continue after this change", example = "c2341-812") String cursor,
        @Schema(example = "project") String entity,
        @Schema(example = "7") String id,
        @Schema(description = "DELETE is a tombstone; for a reader who may not see drafts, an object that became a draft "
                + "is a DELETE too", example = "UPDATE", enumeration = {"CREATE", "UPDATE", "DELETE"}) String action,
        @Schema(description = "The object's version after the change (its ETag); null on DELETE", example = "4") Long version,
        @Schema(example = "2461011") String municipality,
        @Schema(example = "2026-11-28T10:15:30.123456Z") OffsetDateTime at,
        @Schema(description = "Path of the object in this API (null on DELETE)", example = "/api/v1/projects/7") String href) {
}
