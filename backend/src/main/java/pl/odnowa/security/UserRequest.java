package pl.odnowa.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserRequest", description = "A user; superadmins have no municipality, everyone else exactly one")
public record UserRequest(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may contain letters, digits and . _ @ - only")
        @Schema(example = "anna.nowak") String username,
        @Size(min = 12, max = 72, message = "must have 12 to 72 characters")
        @Schema(description = "Required when creating; on replace, omit it to keep the current password", example = "correct-horse-battery")
        String password,
        @Pattern(regexp = "[0-9]{7}", message = "must be a 7-digit TERYT (TERC) code") @Schema(example = "2461011") String municipality,
        @NotNull @Schema(example = "EDITOR") Role role,
        @Schema(description = "A disabled user cannot sign in (default true)", example = "true") Boolean enabled) {
}
