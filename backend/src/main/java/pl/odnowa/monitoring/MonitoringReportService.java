package pl.odnowa.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.Provenance;
import pl.odnowa.indicator.Indicator;
import pl.odnowa.indicator.IndicatorProgress;
import pl.odnowa.indicator.ProgressRules;
import pl.odnowa.indicator.YearValue;
import pl.odnowa.programme.Programme;
import pl.odnowa.project.FundingInstrument;
import pl.odnowa.project.Project;
import pl.odnowa.security.Access;

/** Builds the {@link MonitoringReport} of a programme and year from the records and the indicators' observations (read-only). */
@ApplicationScoped
public class MonitoringReportService {

    private final EntityManager em;
    private final MonitoringRecordRepository records;
    private final ProgressRules progressRules;
    private final Access access;

    MonitoringReportService(EntityManager em, MonitoringRecordRepository records, ProgressRules progressRules, Access access) {
        this.em = em;
        this.records = records;
        this.progressRules = progressRules;
        this.access = access;
    }

    /** The programme, if the caller may see it (404 otherwise). */
    public Programme programme(long id) {
        Programme p = em.find(Programme.class, id);
        if (p == null) {
            throw ApiException.notFound("programme", id);
        }
        access.requireVisible(p.published, p.municipalityTeryt(), "programme", id);
        return p;
    }

    /** 400 naming {@code field} when the year is outside the programme's period. */
    public static void requireInPeriod(Programme p, int year, String field) {
        if (year < p.periodFrom || (p.periodTo != null && year > p.periodTo)) {
            throw ApiException.badRequest(field, "must be within the programme's period " + p.periodFrom + "–"
                    + (p.periodTo == null ? "" : p.periodTo));
        }
    }

    @Transactional
    public MonitoringReport report(long programmeId, int year) {
        Programme p = programme(programmeId);
        requireInPeriod(p, year, "year");
        return build(p, year);
    }

    public MonitoringReport build(Programme p, int year) {
        List<Project> projects = em.createQuery("from Project x where x.programme.id = :id and (x.published = true or :drafts = true) "
                        + "order by x.id", Project.class)
                .setParameter("id", p.id).setParameter("drafts", access.canSeeDrafts(p.municipalityTeryt())).getResultList();
        Map<Long, MonitoringRecord> byProject = new HashMap<>();
        for (MonitoringRecord r : records.ofProgrammeAndYear(p.id, year)) {
            byProject.put(r.project.id, r);
        }
        int illustrative = 0;
        List<MonitoringReport.ProjectYear> items = new ArrayList<>();
        int recorded = 0;
        int inTotals = 0;
        BigDecimal planned = BigDecimal.ZERO.setScale(2);
        BigDecimal actual = BigDecimal.ZERO.setScale(2);
        Map<String, SourceSum> sources = new TreeMap<>();
        for (Project x : projects) {
            MonitoringRecord r = byProject.get(x.id);
            if (r == null) {
                items.add(new MonitoringReport.ProjectYear(x.id, x.title, x.kind, x.status, "NOT_RECORDED", null, null, null,
                        List.of(), null, null, null, null, false));
                continue;
            }
            recorded++;
            MonitoringRecordResponse m = MonitoringRecordResponse.from(r);
            if (m.illustrative()) {
                illustrative++;
            }
            if (m.plannedTotal() != null && m.actualTotal() != null) {
                inTotals++;
                planned = planned.add(m.plannedTotal());
                actual = actual.add(m.actualTotal());
            }
            for (MonitoringRecordResponse.Line line : m.funding()) {
                sources.computeIfAbsent(line.source().toLowerCase(Locale.ROOT), k -> new SourceSum(line.source())).add(line);
            }
            items.add(new MonitoringReport.ProjectYear(x.id, x.title, x.kind, x.status, "RECORDED", r.id, m.progress(), m.note(),
                    m.funding(), m.plannedTotal(), m.actualTotal(), m.executionRatio(), m.source(), m.illustrative()));
        }
        MonitoringReport.Totals totals = new MonitoringReport.Totals(projects.size(), recorded, inTotals,
                inTotals == 0 ? null : planned, inTotals == 0 ? null : actual,
                inTotals == 0 ? null : Execution.ratio(planned, actual));

        List<MonitoringReport.IndicatorYear> indicators = indicators(p, year);
        illustrative += (int) indicators.stream().filter(MonitoringReport.IndicatorYear::illustrative).count();
        return new MonitoringReport(p.id, p.name, p.municipality.teryt, p.municipality.name, year, p.periodFrom, p.periodTo,
                items, totals, sources.values().stream().map(SourceSum::total).toList(), indicators, illustrative);
    }

    private List<MonitoringReport.IndicatorYear> indicators(Programme p, int year) {
        List<Indicator> indicators = em.createQuery("from Indicator i left join fetch i.project where i.programme.id = :id "
                        + "order by i.code, i.id", Indicator.class)
                .setParameter("id", p.id).getResultList().stream()
                .filter(i -> access.canSee(i.published(), p.municipalityTeryt())).toList();
        Map<Long, SortedMap<Integer, BigDecimal>> series = new HashMap<>();
        Set<Long> illustrativeSeries = new HashSet<>();
        // why: "achieved up to that year" reads the whole-scope observations of that year and before, none later.
        em.createQuery("select o.indicator.id, o.period, o.value, o.source from Observation o"
                        + " where o.indicator.programme.id = :id and o.subarea is null and o.period <= :year", Object[].class)
                .setParameter("id", p.id).setParameter("year", year).getResultList()
                .forEach(row -> {
                    series.computeIfAbsent((Long) row[0], k -> new TreeMap<>()).put((Integer) row[1], (BigDecimal) row[2]);
                    if (Provenance.illustrative((String) row[3])) {
                        illustrativeSeries.add((Long) row[0]);
                    }
                });
        List<MonitoringReport.IndicatorYear> items = new ArrayList<>();
        for (Indicator i : indicators) {
            SortedMap<Integer, BigDecimal> obs = series.getOrDefault(i.id, new TreeMap<>());
            IndicatorProgress progress = progressRules.of(i, obs);
            YearValue achieved = obs.isEmpty() ? null : new YearValue(plain(obs.get(obs.lastKey())), obs.lastKey());
            items.add(new MonitoringReport.IndicatorYear(i.id, i.code, i.namePl, i.nameEn, i.unit, i.level,
                    i.baselineValue == null && i.baselineYear == null ? null : new YearValue(plain(i.baselineValue), i.baselineYear),
                    i.targetValue == null && i.targetYear == null ? null : new YearValue(plain(i.targetValue), i.targetYear),
                    achieved, plain(obs.get(year)), progress.degreeOfAchievement(), progress.status(), progress, i.source,
                    Provenance.illustrative(i.source) || illustrativeSeries.contains(i.id)));
        }
        return items;
    }

    private static BigDecimal plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }

    /** One funding source's lines, summed where both amounts are recorded. */
    private static final class SourceSum {
        final String name;
        final Set<FundingInstrument> instruments = new HashSet<>();
        int lines;
        int inTotals;
        BigDecimal planned = BigDecimal.ZERO.setScale(2);
        BigDecimal actual = BigDecimal.ZERO.setScale(2);

        SourceSum(String name) {
            this.name = name;
        }

        void add(MonitoringRecordResponse.Line line) {
            lines++;
            instruments.add(line.instrument());
            if (line.planned() != null && line.actual() != null) {
                inTotals++;
                planned = planned.add(line.planned());
                actual = actual.add(line.actual());
            }
        }

        MonitoringReport.SourceTotal total() {
            return new MonitoringReport.SourceTotal(name, instruments.size() == 1 ? instruments.iterator().next() : null, lines,
                    inTotals, inTotals == 0 ? null : planned, inTotals == 0 ? null : actual,
                    inTotals == 0 ? null : Execution.ratio(planned, actual));
        }
    }
}
