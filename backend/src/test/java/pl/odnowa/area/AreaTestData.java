package pl.odnowa.area;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Rows written with plain SQL: references to areas and subareas from tables whose APIs belong to
 * other features (projects, indicators, observations, recommendations), and bulk data for the
 * statement-count test.
 */
@ApplicationScoped
public class AreaTestData {

    @Inject
    EntityManager em;

    /** A project located in the subarea; returns the project id. */
    @Transactional
    public long projectIn(long programmeId, long subareaId) {
        long project = id("insert into project (programme_id, kind, title, status) values (?1, 'BASIC', 'Projekt testowy', 'PIPELINE') returning id",
                programmeId);
        em.createNativeQuery("insert into project_subarea (project_id, subarea_id) values (?1, ?2)")
                .setParameter(1, project).setParameter(2, subareaId).executeUpdate();
        return project;
    }

    /** An observation of a new programme indicator for the subarea; returns the indicator id. */
    @Transactional
    public long observationOf(long programmeId, long subareaId) {
        long indicator = id("insert into indicator (programme_id, scope, code, name_pl, unit, direction, level) "
                + "values (?1, 'PROGRAMME', 'W' || nextval('indicator_id_seq'), 'Bezrobocie', '%', 'LOWER', 'RESULT') returning id", programmeId);
        em.createNativeQuery("insert into observation (indicator_id, period, subarea_id, value) values (?1, 2022, ?2, 5.5)")
                .setParameter(1, indicator).setParameter(2, subareaId).executeUpdate();
        return indicator;
    }

    /** An indicator scoped to the area; returns its id. */
    @Transactional
    public long indicatorOf(long programmeId, long areaId) {
        return ((Number) em.createNativeQuery("insert into indicator (programme_id, scope, area_id, code, name_pl, unit, direction, level) "
                + "values (?1, 'AREA', ?2, 'A' || nextval('indicator_id_seq'), 'Liczba mieszkańców', 'os.', 'HIGHER', 'RESULT') returning id")
                .setParameter(1, programmeId).setParameter(2, areaId).getSingleResult()).longValue();
    }

    /** A recommendation linked to the area; returns its id. */
    @Transactional
    public long recommendationFor(long programmeId, long areaId) {
        long recommendation = id("insert into recommendation (programme_id, title, text, priority, status) "
                + "values (?1, 'Rekomendacja', 'Tekst', 'HIGH', 'PROPOSED') returning id", programmeId);
        em.createNativeQuery("insert into recommendation_area (recommendation_id, area_id) values (?1, ?2)")
                .setParameter(1, recommendation).setParameter(2, areaId).executeUpdate();
        return recommendation;
    }

    @Transactional
    public void deleteRow(String table, long id) {
        // table names come only from the tests' own literals
        em.createNativeQuery("delete from " + table + " where id = ?1").setParameter(1, id).executeUpdate();
    }

    /** {@code programmes} programmes of the municipality, each with both areas of two subareas (3 statements). */
    @Transactional
    public void manyAreas(String teryt, int programmes, String geometry) {
        em.createNativeQuery("insert into programme (municipality_teryt, name, legal_basis, status, period_from) "
                + "select ?1, 'Program ' || g, 'GPR', 'IN_FORCE', 2022 from generate_series(1, ?2) g")
                .setParameter(1, teryt).setParameter(2, programmes).executeUpdate();
        em.createNativeQuery("insert into area (programme_id, kind, name) select p.id, k.kind, 'Obszar ' || p.id || ' ' || k.kind "
                + "from programme p cross join (values ('DEGRADED'), ('REVITALISATION')) k(kind) where p.municipality_teryt = ?1")
                .setParameter(1, teryt).executeUpdate();
        em.createNativeQuery("insert into subarea (area_id, position, code, name, geometry, area_ha, residents, social) "
                + "select a.id, g - 1, 'S' || g, 'Podobszar ' || g, cast(?2 as jsonb), 10.5, 100, true "
                + "from area a join programme p on p.id = a.programme_id cross join generate_series(1, 2) g where p.municipality_teryt = ?1")
                .setParameter(1, teryt).setParameter(2, geometry).executeUpdate();
    }

    private long id(String sql, long parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
