package pl.odnowa.indicator;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {

    /**
     * Whether another indicator of the programme (not {@code exceptId}) already uses the code. Runs without
     * flushing first: the indicator being written is only half-applied, and an early flush would move its version twice.
     */
    public boolean codeTaken(long programmeId, String code, Long exceptId) {
        return getEntityManager().createQuery(
                        "select count(i) from Indicator i where i.programme.id = :programme and i.code = :code and i.id <> :except", Long.class)
                .setParameter("programme", programmeId)
                .setParameter("code", code)
                .setParameter("except", exceptId == null ? -1L : exceptId)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult() > 0;
    }

    /** The indicator, row-locked, for writes to its observations (which serialise per indicator). */
    public Optional<Indicator> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
