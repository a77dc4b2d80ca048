package pl.odnowa.audit;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry", description = "One recorded write: who, when, what, and the row before and after")
public record AuditEntry(
        @Schema(example = "812") long id,
        @Schema(example = "2026-11-28T10:15:30.123456Z") OffsetDateTime at,
        @Schema(description = "Username, key:<prefix> for an API key, or system for migrations and demo data", example = "anna.nowak")
        String actor,
        @Schema(example = "project") String entity,
        @Schema(example = "7") String entityId,
        @Schema(description = "For a change of a part of the object (its funding sources, subareas, links), the part's table",
                example = "project_funding") String part,
        @Schema(example = "2461011") String municipality,
        @Schema(example = "UPDATE", enumeration = {"CREATE", "UPDATE", "DELETE"}) String action,
        @Schema(description = "The stored row before the write (null on CREATE); secrets are never recorded",
                example = "{\"id\": 7, \"status\": \"IMPLEMENTATION\", \"version\": 3}") Map<String, Object> before,
        @Schema(description = "The stored row after the write (null on DELETE)",
                example = "{\"id\": 7, \"status\": \"COMPLETION\", \"version\": 4}") Map<String, Object> after) {
}
