package pl.odnowa.common;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.LockModeType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** An aggregate root whose version is its ETag and whose writes are guarded by If-Match. */
@MappedSuperclass
public abstract class VersionedEntity {

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** TERYT code of the municipality that owns the object: its editors may change it. */
    public abstract String municipalityTeryt();

    @PrePersist
    void onCreate() {
        createdAt = now();
        updatedAt = createdAt;
    }

    /** Marks the root as changed, so that its version moves even when only a child row changed. */
    public void touch() {
        updatedAt = now();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Loads the root for a write: row-locked, so two concurrent writers with the same If-Match
     * cannot both pass the check; 404, 428 and 412 as the API promises.
     */
    public static <E extends VersionedEntity, I> E lockForWrite(PanacheRepositoryBase<E, I> repository, I id,
            String ifMatch, String what) {
        E entity = repository.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound(what, id));
        Etags.checkIfMatch(ifMatch, entity.version);
        entity.touch();
        return entity;
    }

    public static <E, I> E findOr404(PanacheRepositoryBase<E, I> repository, I id, String what) {
        return repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(what, id));
    }
}
