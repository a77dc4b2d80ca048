package pl.odnowa.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import pl.odnowa.area.Area;
import pl.odnowa.area.GeoJson;
import pl.odnowa.area.Subarea;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.Problem;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Where;
import pl.odnowa.project.ProjectService;
import pl.odnowa.project.FundingInstrument;
import pl.odnowa.project.Project;
import pl.odnowa.security.Access;

/**
 * Reads what the exports write. Every export costs a fixed number of SQL statements whatever its row count:
 * the rows come from one query each, their collections from one grouped query each. A draft programme, with its
 * indicators, areas and projects, is exported only to those who may see it; to others it does not exist (404), as
 * in the rest of the API.
 */
@ApplicationScoped
public class ExportService {

    static final String DATAFLOW = "ODNOWA:DF_REVITALISATION_INDICATORS(1.0)";

    static final int MAX_PROJECT_ROWS = 10_000;

    private final EntityManager em;

    private int maxProjectRows = MAX_PROJECT_ROWS;

    private final ProjectService projectService;

    private final Access access;

    ExportService(EntityManager em, ProjectService projectService, Access access) {
        this.em = em;
        this.projectService = projectService;
        this.access = access;
    }

    /** Lets tests try the row limit without creating 10,001 projects. */
    void maxProjectRows(int limit) {
        this.maxProjectRows = limit;
    }

    /** One observation with what both indicator formats need. */
    record ObservationRow(String series, String unit, String geoCode, String subarea, int year, BigDecimal value,
            String source, String note) {
    }

    /** The observations selected and the stem of the file name that names the selection. */
    record Observations(String fileStem, List<ObservationRow> rows) {
    }

    /**
     * The observations of all indicators of a programme, or of one indicator (which must belong to the programme
     * when both are given), sorted by indicator code, subarea code (whole scope first), year.
     */
    public Observations observations(String programmeParam, String indicatorParam) {
        Long programme = QueryParams.longParam("programme", programmeParam);
        Long indicator = QueryParams.longParam("indicator", indicatorParam);
        if (programme == null && indicator == null) {
            throw ApiException.badRequest("programme", "give the id of a programme (or indicator=<id>) to export");
        }
        if (programme != null) {
            requireProgramme(programme);
        }
        if (indicator != null) {
            List<Object[]> owner = em.createQuery(
                    "select p.id, p.published, p.municipality.teryt from Indicator i join i.programme p where i.id = :id",
                    Object[].class).setParameter("id", indicator).getResultList();
            Object notFound = programme == null ? indicator : indicator + " of programme " + programme;
            if (owner.isEmpty() || (programme != null && !owner.get(0)[0].equals(programme))) {
                throw ApiException.notFound("indicator", notFound);
            }
            access.requireVisible((Boolean) owner.get(0)[1], (String) owner.get(0)[2], "indicator", notFound);
        }
        Where where = new Where()
                .and("p.id = :programme", "programme", programme)
                .and("i.id = :indicator", "indicator", indicator);
        TypedQuery<Object[]> query = em.createQuery("""
                select i.code, i.unit, m.teryt, s.code, o.period, o.value, o.source, o.note
                from Observation o join o.indicator i join i.programme p join p.municipality m left join o.subarea s
                where %s
                order by i.code, s.code nulls first, o.period, o.id""".formatted(where.jpql()), Object[].class);
        where.parameters().forEach(query::setParameter);
        List<ObservationRow> rows = query.getResultList().stream()
                .map(r -> new ObservationRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (Integer) r[4],
                        (BigDecimal) r[5], (String) r[6], (String) r[7]))
                .toList();
        String stem = indicator != null ? "odnowa-indicator-" + indicator : "odnowa-programme-" + programme + "-indicators";
        return new Observations(stem, rows);
    }

    /** Every subarea of every area of the programme as a Feature, by area id then subarea position. */
    public GeoJson.FeatureCollection areas(String programmeParam) {
        Long programme = QueryParams.longParam("programme", programmeParam);
        if (programme == null) {
            throw ApiException.badRequest("programme", "give the id of the programme whose areas to export");
        }
        requireProgramme(programme);
        List<Area> areas = em.createQuery("""
                select a from Area a left join fetch a.subareas s
                where a.programme.id = :programme order by a.id, s.position""", Area.class)
                .setParameter("programme", programme).getResultList();
        List<GeoJson.Feature> features = new ArrayList<>();
        for (Area a : areas) {
            for (Subarea s : a.subareas) {
                features.add(new GeoJson.Feature("Feature", s.id, s.geometry, new GeoJson.FeatureProperties(s.code, s.name,
                        a.kind, s.areaHa, s.residents, s.residentsDate, s.social, s.economic, s.environmental,
                        s.spatialFunctional, s.technical, s.landType, s.source, a.id, programme)));
            }
        }
        return new GeoJson.FeatureCollection("FeatureCollection", features);
    }

    /** One project export line, in the column order of the file. */
    record ProjectRow(Project project, Map<FundingInstrument, BigDecimal> funding, TreeSet<String> sdgTargets) {
    }

    /** The projects matching the filter, by title then id; 400 when more than the row limit match. */
    public List<ProjectRow> projects(ProjectService.Filter filter) {
        Where where = projectService.where(filter);
        TypedQuery<Long> count = em.createQuery("select count(p) from Project p where " + where.jpql(), Long.class);
        where.parameters().forEach(count::setParameter);
        long matching = count.getSingleResult();
        if (matching > maxProjectRows) {
            throw new ApiException(400, "urn:odnowa:problem:validation-failed", "Invalid request",
                    matching + " projects match, more than the " + maxProjectRows + " one export may hold: narrow the filter",
                    List.of(new Problem.FieldError("programme", "narrow the filter (municipality, programme, status, kind, "
                            + "sdgTarget, q): " + matching + " projects match, at most " + maxProjectRows + " can be exported")));
        }
        TypedQuery<Project> rows = em.createQuery("select p from Project p where " + where.jpql() + " order by p.title, p.id",
                Project.class);
        where.parameters().forEach(rows::setParameter);
        List<Project> projects = rows.getResultList();
        if (projects.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<FundingInstrument, BigDecimal>> funding = new HashMap<>();
        TypedQuery<Object[]> sums = em.createQuery("select p.id, f.instrument, sum(f.amount) from Project p join p.funding f where "
                + where.jpql() + " group by p.id, f.instrument", Object[].class);
        where.parameters().forEach(sums::setParameter);
        sums.getResultList().forEach(r -> funding.computeIfAbsent((Long) r[0], id -> new EnumMap<>(FundingInstrument.class))
                .put((FundingInstrument) r[1], (BigDecimal) r[2]));
        Map<Long, TreeSet<String>> targets = new HashMap<>();
        TypedQuery<Object[]> codes = em.createQuery("select p.id, code from Project p join p.sdgTargets code where " + where.jpql(),
                Object[].class);
        where.parameters().forEach(codes::setParameter);
        codes.getResultList().forEach(r -> targets.computeIfAbsent((Long) r[0], id -> new TreeSet<>()).add((String) r[1]));
        return projects.stream().map(p -> new ProjectRow(p, funding.getOrDefault(p.id, Map.of()),
                targets.getOrDefault(p.id, new TreeSet<>()))).toList();
    }

    /** 404 for a programme that does not exist, or is a draft the caller may not see. */
    private void requireProgramme(long id) {
        List<Object[]> found = em.createQuery("select p.published, p.municipality.teryt from Programme p where p.id = :id",
                Object[].class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound("programme", id);
        }
        access.requireVisible((Boolean) found.get(0)[0], (String) found.get(0)[1], "programme", id);
    }
}
