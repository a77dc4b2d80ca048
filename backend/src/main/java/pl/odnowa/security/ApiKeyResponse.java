package pl.odnowa.security;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiKey", description = "An API key; `key` is present only in the answer that created it")
public record ApiKeyResponse(
        @Schema(example = "3") long id,
        @Schema(example = "Regional observatory sync") String name,
        @Schema(example = "odn_k3J9xQ2a") String prefix,
        @Schema(description = "The full key: store it now, it cannot be shown again", example = "odn_k3J9xQ2a_Vb7lW1m0pZrT8sXe4yN6cQhD5fG2jK9u")
        String key,
        @Schema(example = "2461011") String municipality,
        @Schema(example = "EDITOR") Role role,
        @Schema(example = "admin") String createdBy,
        OffsetDateTime expiresAt,
        OffsetDateTime revokedAt,
        OffsetDateTime lastUsedAt,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt) {

    static ApiKeyResponse from(ApiKey k, String key) {
        return new ApiKeyResponse(k.id, k.name, k.prefix, key, k.municipality, k.role, k.createdBy, k.expiresAt,
                k.revokedAt, k.lastUsedAt, k.version, k.createdAt);
    }
}
