package pl.odnowa.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class ObservationRepository implements PanacheRepository<Observation> {

    /**
     * The whole-scope observations (no subarea) of each indicator as year → value, in one query for a whole page.
     * Indicators without any are absent from the map. The unique key (indicator, subarea, period) with nulls not
     * distinct makes it one value per year.
     */
    public Map<Long, TreeMap<Integer, BigDecimal>> wholeScope(Collection<Long> indicatorIds) {
        Map<Long, TreeMap<Integer, BigDecimal>> result = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return result;
        }
        getEntityManager().createQuery("""
                select o.indicator.id, o.period, o.value from Observation o
                where o.indicator.id in :ids and o.subarea is null""", Object[].class)
                .setParameter("ids", indicatorIds)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .forEach(row -> result.computeIfAbsent((Long) row[0], id -> new TreeMap<>())
                        .put((Integer) row[1], (BigDecimal) row[2]));
        return result;
    }

    /** The whole-scope observations of one indicator as stored (callers flush first when they wrote one). */
    public TreeMap<Integer, BigDecimal> wholeScope(long indicatorId) {
        return wholeScope(List.of(indicatorId)).getOrDefault(indicatorId, new TreeMap<>());
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
