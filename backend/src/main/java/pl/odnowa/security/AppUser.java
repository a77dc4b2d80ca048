package pl.odnowa.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import pl.odnowa.common.VersionedEntity;

/** A person who signs in: a role in one municipality, or the platform's superadmin. */
@Entity
@Table(name = "app_user")
public class AppUser extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    @Column(name = "municipality_teryt")
    public String municipality;

    @Enumerated(EnumType.STRING)
    public Role role;

    public boolean enabled = true;

    Caller asCaller() {
        return new Caller(username, role, municipality);
    }

    @Override
    public String municipalityTeryt() {
        return municipality;
    }
}
