package pl.odnowa.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ObservationRepository implements PanacheRepository<Observation> {

    /**
     * The latest whole-scope observation (no subarea) of each indicator, in one query for a whole page.
     * The unique key (indicator, subarea, period) with nulls not distinct makes it one row per indicator.
     */
    public Map<Long, IndicatorResponse.Latest> latestWholeScope(Collection<Long> indicatorIds) {
        Map<Long, IndicatorResponse.Latest> result = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return result;
        }
        getEntityManager().createQuery("""
                select o.indicator.id, o.period, o.value from Observation o
                where o.indicator.id in :ids and o.subarea is null
                  and o.period = (select max(o2.period) from Observation o2
                                  where o2.indicator.id = o.indicator.id and o2.subarea is null)""", Object[].class)
                .setParameter("ids", indicatorIds)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .forEach(row -> result.put((Long) row[0], new IndicatorResponse.Latest((Integer) row[1], (BigDecimal) row[2])));
        return result;
    }

    /** The latest whole-scope observation as stored (callers flush first when they wrote one). */
    public IndicatorResponse.Latest latestWholeScope(long indicatorId) {
        return latestWholeScope(List.of(indicatorId)).get(indicatorId);
    }

    /**
     * Whether another observation (not {@code exceptId}) of the indicator has this period and subarea; without
     * flushing the half-applied observation being written.
     */
    public boolean periodTaken(long indicatorId, int period, Long subareaId, Long exceptId) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(o) from Observation o"
                        + " where o.indicator.id = :indicator and o.period = :period and o.id <> :except and "
                        + (subareaId == null ? "o.subarea is null" : "o.subarea.id = :subarea"), Long.class)
                .setParameter("indicator", indicatorId)
                .setParameter("period", period)
                .setParameter("except", exceptId == null ? -1L : exceptId)
                .setFlushMode(FlushModeType.COMMIT);
        if (subareaId != null) {
            query.setParameter("subarea", subareaId);
        }
        return query.getSingleResult() > 0;
    }
}
