package pl.odnowa.indicator;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.odnowa.area.Area;
import pl.odnowa.area.AreaKind;
import pl.odnowa.area.Subarea;
import pl.odnowa.common.Fixtures;
import pl.odnowa.programme.Programme;
import pl.odnowa.project.Project;
import pl.odnowa.project.ProjectKind;
import pl.odnowa.project.ProjectStatus;
import pl.odnowa.recommendation.Priority;
import pl.odnowa.recommendation.Recommendation;
import pl.odnowa.recommendation.RecommendationStatus;

/**
 * Test data for indicators. Areas, subareas, projects and recommendations belong to other features, so they are
 * written straight through the entities; indicators and observations go through the API, except the bulk rows of
 * the statement-count tests (one INSERT ... SELECT each).
 */
@ApplicationScoped
public class IndicatorFixtures {

    private static final AtomicInteger CODES = new AtomicInteger();

    private final EntityManager em;

    IndicatorFixtures(EntityManager em) {
        this.em = em;
    }

    /** The area of the given kind of a programme, with one subarea per code; returns [areaId, subareaIds...]. */
    @Transactional
    public long[] area(long programmeId, AreaKind kind, String... subareaCodes) {
        Area area = new Area();
        area.programme = em.getReference(Programme.class, programmeId);
        area.kind = kind;
        area.name = "Obszar " + kind;
        int position = 0;
        for (String code : subareaCodes) {
            Subarea s = new Subarea();
            s.area = area;
            s.position = position++;
            s.code = code;
            s.name = "Podobszar " + code;
            area.subareas.add(s);
        }
        em.persist(area);
        em.flush();
        long[] ids = new long[subareaCodes.length + 1];
        ids[0] = area.id;
        for (int i = 0; i < subareaCodes.length; i++) {
            ids[i + 1] = area.subareas.get(i).id;
        }
        return ids;
    }

    @Transactional
    public long project(long programmeId) {
        Project p = new Project();
        p.programme = em.getReference(Programme.class, programmeId);
        p.kind = ProjectKind.BASIC;
        p.title = "Nowe życie w starych-nowych budynkach – etap " + CODES.incrementAndGet();
        p.status = ProjectStatus.IMPLEMENTATION;
        em.persist(p);
        em.flush();
        return p.id;
    }

    @Transactional
    public long recommendation(long programmeId, long indicatorId) {
        Recommendation r = new Recommendation();
        r.programme = em.getReference(Programme.class, programmeId);
        r.title = "Monitorować zasiedlenie kamienic";
        r.text = "Obok liczby odnowionych budynków mierzyć ich zasiedlenie.";
        r.priority = Priority.HIGH;
        r.status = RecommendationStatus.PROPOSED;
        r.indicators.add(em.getReference(Indicator.class, indicatorId));
        em.persist(r);
        em.flush();
        return r.id;
    }

    @Transactional
    public void deleteRecommendation(long id) {
        em.remove(em.find(Recommendation.class, id));
    }

    /** {@code count} PROGRAMME-scope indicators B001… in one statement, each with whole-scope values for 2020–2022. */
    @Transactional
    public void bulkIndicators(long programmeId, int count) {
        em.createNativeQuery("""
                insert into indicator (programme_id, scope, code, name_pl, unit, direction, level, source)
                select :programme, 'PROGRAMME', 'B' || lpad(g::text, 3, '0'), 'Wskaźnik ' || g, '%', 'HIGHER', 'OUTPUT', 'illustrative'
                from generate_series(1, :count) g""")
                .setParameter("programme", programmeId).setParameter("count", count).executeUpdate();
        em.createNativeQuery("""
                insert into observation (indicator_id, period, value)
                select i.id, y, y - 2000 + 0.5 from indicator i cross join generate_series(2020, 2022) y
                where i.programme_id = :programme""")
                .setParameter("programme", programmeId).executeUpdate();
    }

    /** {@code count} whole-scope observations of one indicator, for the years 1901… in one statement. */
    @Transactional
    public void bulkObservations(long indicatorId, int count) {
        em.createNativeQuery("""
                insert into observation (indicator_id, period, value, source)
                select :indicator, 1900 + g, g * 1.25, 'illustrative' from generate_series(1, :count) g""")
                .setParameter("indicator", indicatorId).setParameter("count", count).executeUpdate();
    }

    /** A valid indicator request body for the programme, with overrides (a null value removes the key). */
    public static Map<String, Object> body(long programmeId, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programmeId, "scope", "PROGRAMME",
                "code", "W" + CODES.incrementAndGet(),
                "namePl", "Średnioroczne stężenie pyłu zawieszonego PM2,5", "nameEn", "Annual mean concentration of PM2.5",
                "unit", "µg/m³", "direction", "LOWER", "level", "RESULT", "source", "illustrative"));
        overrides.forEach((k, v) -> {
            if (v == null) {
                body.remove(k);
            } else {
                body.put(k, v);
            }
        });
        return body;
    }

    public static long indicator(long programmeId, Map<String, Object> overrides) {
        return Fixtures.post("/api/v1/indicators", body(programmeId, overrides)).longValue();
    }

    public static long observation(long indicatorId, int period, Object value, Long subareaId) {
        Map<String, Object> body = new HashMap<>(Map.of("period", period, "value", value));
        if (subareaId != null) {
            body.put("subareaId", subareaId);
        }
        return Fixtures.post("/api/v1/indicators/" + indicatorId + "/observations", body).longValue();
    }

    /** A map from alternating keys and values, which may be null (Map.of refuses nulls). */
    public static Map<String, Object> with(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
