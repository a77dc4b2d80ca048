package pl.odnowa.security;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "User", description = "A user; the password is never returned")
public record UserResponse(
        @Schema(example = "5") long id,
        @Schema(example = "anna.nowak") String username,
        @Schema(example = "2461011") String municipality,
        @Schema(example = "EDITOR") Role role,
        @Schema(example = "true") boolean enabled,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static UserResponse from(AppUser u) {
        return new UserResponse(u.id, u.username, u.municipality, u.role, u.enabled, u.version, u.createdAt, u.updatedAt);
    }
}
