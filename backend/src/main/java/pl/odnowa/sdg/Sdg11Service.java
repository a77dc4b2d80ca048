package pl.odnowa.sdg;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

import pl.odnowa.common.ApiException;
import pl.odnowa.evaluation.ProgressStatus;
import pl.odnowa.indicator.Direction;
import pl.odnowa.indicator.IndicatorLevel;
import pl.odnowa.indicator.ProgressRules;
import pl.odnowa.indicator.SdgRelation;
import pl.odnowa.common.Provenance;
import pl.odnowa.security.Access;

/**
 * The SDG 11 roll-up of a programme or of a municipality's programmes: a computed, read-only view that costs a fixed
 * number of SQL statements whatever the amount of data (the sums and counts are aggregated by the database with
 * GROUP BY; the indicators' progress is computed from their whole-scope observations, read in one query).
 */
@ApplicationScoped
public class Sdg11Service {

    private final EntityManager em;

    private final Access access;

    private final ProgressRules progressRules;

    Sdg11Service(EntityManager em, Access access, ProgressRules progressRules) {
        this.em = em;
        this.progressRules = progressRules;
        this.access = access;
    }

    public Sdg11Rollup programme(long id) {
        List<Object[]> rows = rows(em.createNativeQuery("""
                select p.id, p.name, p.short_name, p.period_from, p.period_to, p.municipality_teryt, p.published
                from programme p where p.id = :id""").setParameter("id", id));
        if (rows.isEmpty() || !((Boolean) rows.get(0)[6] || access.canSeeDrafts((String) rows.get(0)[5]))) {
            throw ApiException.notFound("programme", id);
        }
        return rollup((String) rows.get(0)[5], rows);
    }

    public Sdg11Rollup municipality(String teryt) {
        List<Object[]> rows = rows(em.createNativeQuery("""
                select p.id, p.name, p.short_name, p.period_from, p.period_to, m.teryt
                from municipality m left join programme p on p.municipality_teryt = m.teryt and (p.published or :drafts)
                where m.teryt = :teryt order by p.period_from, p.id""").setParameter("teryt", teryt)
                .setParameter("drafts", access.canSeeDrafts(teryt)));
        if (rows.isEmpty()) {
            throw ApiException.notFound("municipality", teryt);
        }
        return rollup(teryt, rows.stream().filter(r -> r[0] != null).toList());
    }

    private Sdg11Rollup rollup(String teryt, List<Object[]> programmeRows) {
        List<Sdg11Rollup.ProgrammeRef> programmes = programmeRows.stream()
                .map(r -> new Sdg11Rollup.ProgrammeRef(id(r[0]), (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                        r[4] == null ? null : ((Number) r[4]).intValue()))
                .toList();
        List<Long> ids = programmes.stream().map(Sdg11Rollup.ProgrammeRef::id).toList();
        // The programmes are visible to the caller already; their draft projects only to the city's own users.
        boolean drafts = access.canSeeDrafts(teryt);

        Map<String, Object[]> projects = new HashMap<>();
        Map<String, Map<String, BigDecimal>> funding = new HashMap<>();
        Map<String, List<Sdg11Rollup.IndicatorItem>> indicators = new HashMap<>();
        Map<String, List<Sdg11Rollup.RecommendationItem>> recommendations = new HashMap<>();
        if (!ids.isEmpty()) {
            rows(em.createNativeQuery("select t.target_code, count(*), sum(p.estimated_value), sum(p.total_cost),"
                    + " count(*) filter (where " + Provenance.sql("p.source") + ")" + """
                    from project p join project_sdg_target t on t.project_id = p.id
                    where p.programme_id in (:ids) and (p.published or :drafts) group by t.target_code""")
                    .setParameter("ids", ids).setParameter("drafts", drafts))
                    .forEach(r -> projects.put((String) r[0], r));
            rows(em.createNativeQuery("""
                    select t.target_code, f.instrument, sum(f.amount)
                    from project_funding f join project p on p.id = f.project_id
                    join project_sdg_target t on t.project_id = p.id
                    where p.programme_id in (:ids) and (p.published or :drafts) group by t.target_code, f.instrument""")
                    .setParameter("ids", ids).setParameter("drafts", drafts))
                    .forEach(r -> funding.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((String) r[1], (BigDecimal) r[2]));
            readIndicators(ids, drafts, indicators);
            rows(em.createNativeQuery("""
                    select t.target_code, r.id, r.programme_id, r.title
                    from recommendation r join recommendation_sdg_target t on t.recommendation_id = r.id
                    where r.programme_id in (:ids) and r.status not in ('IMPLEMENTED', 'REJECTED')
                    order by t.target_code, r.id""").setParameter("ids", ids))
                    .forEach(r -> recommendations.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                            .add(new Sdg11Rollup.RecommendationItem(id(r[1]), id(r[2]), (String) r[3])));
        }

        List<Sdg11Rollup.Target> targets = rows(em.createNativeQuery(
                "select code, position, title_pl, title_en from sdg_target order by position")).stream()
                .map(r -> {
                    String code = (String) r[0];
                    Object[] p = projects.get(code);
                    Map<String, BigDecimal> f = funding.getOrDefault(code, Map.of());
                    List<Sdg11Rollup.IndicatorItem> items = indicators.getOrDefault(code, List.of());
                    Map<ProgressStatus, Long> byStatus = new EnumMap<>(ProgressStatus.class);
                    for (ProgressStatus s : ProgressStatus.values()) {
                        byStatus.put(s, items.stream().filter(i -> i.progress() == s).count());
                    }
                    List<Sdg11Rollup.RecommendationItem> recs = recommendations.getOrDefault(code, List.of());
                    return new Sdg11Rollup.Target(code, ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                            new Sdg11Rollup.Projects(p == null ? 0 : ((Number) p[1]).longValue(),
                                    money(p == null ? null : p[2]), money(p == null ? null : p[3]),
                                    new Sdg11Rollup.Funding(money(f.get("GRANT")), money(f.get("LOAN")),
                                            money(f.get("OWN")), money(f.get("OTHER"))),
                                    p == null ? 0 : ((Number) p[4]).longValue()),
                            new Sdg11Rollup.Indicators(items.size(), byStatus,
                                    items.stream().filter(i -> i.progress() != null && i.illustrative()).count(), items),
                            new Sdg11Rollup.Recommendations(recs.size(), recs));
                })
                .toList();
        return new Sdg11Rollup(teryt, programmes, targets, Sdg11Rollup.Provenance.of(targets));
    }

    /**
     * The indicators mapped to a target with their progress: two queries (the indicators, their observations). A draft
     * project's indicators are read only with {@code drafts}.
     */
    private void readIndicators(List<Long> programmeIds, boolean drafts, Map<String, List<Sdg11Rollup.IndicatorItem>> byTarget) {
        Map<Long, TreeMap<Integer, BigDecimal>> series = new HashMap<>();
        Set<Long> illustrativeSeries = new HashSet<>();
        rows(em.createNativeQuery("select o.indicator_id, o.period, o.value, " + Provenance.sql("o.source") + """
                from observation o join indicator i on i.id = o.indicator_id
                where i.programme_id in (:ids) and i.sdg_target_code is not null and o.subarea_id is null""")
                .setParameter("ids", programmeIds))
                .forEach(r -> {
                    series.computeIfAbsent(id(r[0]), k -> new TreeMap<>()).put(((Number) r[1]).intValue(), (BigDecimal) r[2]);
                    if ((Boolean) r[3]) {
                        illustrativeSeries.add(id(r[0]));
                    }
                });
        rows(em.createNativeQuery("""
                select i.id, i.programme_id, i.code, i.name_pl, i.name_en, i.direction, i.baseline_year, i.baseline_value,
                       i.target_year, i.target_value, i.sdg_target_code, i.level, i.natural_limit, i.sdg_relation,
                       i.sdg_indicator_code, i.source
                from indicator i join programme p on p.id = i.programme_id
                where i.programme_id in (:ids) and i.sdg_target_code is not null and (:drafts or %s)
                order by p.period_from, p.id, i.code""".formatted(Access.INDICATOR_PROJECT_PUBLISHED_SQL))
                .setParameter("ids", programmeIds).setParameter("drafts", drafts))
                .forEach(r -> {
                    long id = id(r[0]);
                    ProgressStatus status = progressRules.progress(IndicatorLevel.valueOf((String) r[11]),
                            r[5] == null ? null : Direction.valueOf((String) r[5]), year(r[6]), (BigDecimal) r[7],
                            year(r[8]), (BigDecimal) r[9], (BigDecimal) r[12], series.get(id)).status();
                    String source = (String) r[15];
                    byTarget.computeIfAbsent((String) r[10], k -> new ArrayList<>()).add(new Sdg11Rollup.IndicatorItem(
                            id, id(r[1]), (String) r[2], (String) r[3], (String) r[4], status,
                            IndicatorLevel.valueOf((String) r[11]), r[13] == null ? null : SdgRelation.valueOf((String) r[13]),
                            (String) r[14], source, Provenance.illustrative(source) || illustrativeSeries.contains(id)));
                });
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.setFlushMode(FlushModeType.COMMIT).getResultList();
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static Integer year(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** Money columns are numeric(16,2): sums keep two decimals, and nothing to sum is 0.00. */
    private static BigDecimal money(Object value) {
        return value == null ? new BigDecimal("0.00") : ((BigDecimal) value).setScale(2, RoundingMode.UNNECESSARY);
    }
}
