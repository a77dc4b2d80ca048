package pl.odnowa.security;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKeyRequest", description = "A key for another system; the key itself is shown once, in the answer")
public record ApiKeyRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Regional observatory sync") String name,
        @Pattern(regexp = "[0-9]{7}", message = "must be a 7-digit TERYT (TERC) code") @Schema(example = "2461011") String municipality,
        @NotNull @Schema(example = "EDITOR") Role role,
        @Schema(description = "When the key stops working (default and longest: one year from now)", example = "2027-06-30T00:00:00Z")
        OffsetDateTime expiresAt) {
}
