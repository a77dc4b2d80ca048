package pl.odnowa.security;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import pl.odnowa.common.VersionedEntity;

/** A machine client's key: scoped to a municipality and a role; only its SHA-256 hash is stored. */
@Entity
@Table(name = "api_key")
public class ApiKey extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    /** The key's public first part, shown in lists so the owner can tell keys apart. */
    public String prefix;

    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "municipality_teryt")
    public String municipality;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    @Override
    public String municipalityTeryt() {
        return municipality;
    }
}
