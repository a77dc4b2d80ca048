package pl.odnowa.export;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.agroal.api.AgroalDataSource;

import pl.odnowa.area.Area;
import pl.odnowa.area.GeoJson;
import pl.odnowa.area.Subarea;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.Problem;
import pl.odnowa.common.Provenance;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.SqlWhere;
import pl.odnowa.indicator.Indicator;
import pl.odnowa.project.ProjectService;
import pl.odnowa.security.Access;

/**
 * Reads what the exports write. Every export costs a fixed number of SQL statements whatever its row count. The
 * files of indicators and projects are read as they are written: one statement each, its collections included,
 * read through a cursor, so an export holds one batch of rows in memory at a time. A draft programme, with its
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

    private final AgroalDataSource dataSource;

    ExportService(EntityManager em, ProjectService projectService, Access access, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
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

    /**
     * The observations selected (a programme's, an indicator's, or both; over indicator i and programme pr, with the
     * visibility of the indicators) and the stem of the file name that names them.
     */
    record Observations(String fileStem, SqlWhere where) {
    }

    /** Rows read from the database at a time by {@link #observationRows}. */
    private static final int FETCH_SIZE = 1_000;

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
            Indicator i = em.find(Indicator.class, indicator);
            Object notFound = programme == null ? indicator : indicator + " of programme " + programme;
            if (i == null || (programme != null && !i.programme.id.equals(programme))) {
                throw ApiException.notFound("indicator", notFound);
            }
            access.requireVisible(i.published(), i.municipalityTeryt(), "indicator", notFound);
        }
        String stem = indicator != null ? "odnowa-indicator-" + indicator : "odnowa-programme-" + programme + "-indicators";
        return new Observations(stem, access.visibleIndicatorsSql(new SqlWhere().and("i.programme_id = ?", programme)
                .and("i.id = ?", indicator)));
    }

    /**
     * The rows of a selection {@link #observations} let through, sorted by indicator code, subarea code (whole scope
     * first), year, read lazily in one statement: an export holds one batch of rows in memory however many it has.
     * (A programme can have hundreds of thousands of observations; the whole file in the heap brought the server down
     * under a dozen parallel downloads, docs/performance.md section 19.) The stream must be closed; that ends the
     * statement and gives the connection back.
     */
    Stream<ObservationRow> observationRows(Observations selection) {
        String sql = """
                select i.code, i.unit, pr.municipality_teryt, s.code, o.period, o.value, o.source, o.note
                from observation o join indicator i on i.id = o.indicator_id join programme pr on pr.id = i.programme_id
                left join subarea s on s.id = o.subarea_id
                where %s
                order by i.code, s.code nulls first, o.period, o.id""".formatted(selection.where().sql());
        return rows(sql, selection.where(), selection.fileStem(), r -> new ObservationRow(r.getString(1), r.getString(2), r.getString(3),
                r.getString(4), r.getInt(5), r.getBigDecimal(6), r.getString(7), r.getString(8)));
    }

    /** One row of a result set as an export line. */
    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * The rows of one statement, read lazily through a cursor of {@value #FETCH_SIZE} rows on a connection of its
     * own, which closing the stream gives back; {@code what} names the rows in an error.
     */
    private <T> Stream<T> rows(String sql, SqlWhere where, String what, Row<T> row) {
        try {
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false); // why: PostgreSQL's driver reads through a cursor only in a transaction
                PreparedStatement statement = connection.prepareStatement(sql);
                statement.setFetchSize(FETCH_SIZE);
                where.bind(statement, 1);
                ResultSet rows = statement.executeQuery();
                return StreamSupport.stream(new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE,
                        Spliterator.ORDERED | Spliterator.NONNULL) {
                    @Override
                    public boolean tryAdvance(Consumer<? super T> action) {
                        try {
                            if (!rows.next()) {
                                return false;
                            }
                            action.accept(row.read(rows));
                            return true;
                        } catch (SQLException e) {
                            throw new IllegalStateException("reading the rows of " + what, e);
                        }
                    }
                }, false).onClose(() -> close(connection));
            } catch (SQLException | RuntimeException e) {
                close(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the rows of " + what, e);
        }
    }

    private long count(String sql, SqlWhere where) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            where.bind(statement, 1);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting the projects to export", e);
        }
    }

    /** Ends the read-only transaction and gives the connection back to the pool. */
    private static void close(Connection connection) {
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException("giving back the connection of an export", e);
        }
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

    /** The projects an export selected: the list's filters and visibility over project p and programme pr. */
    record Projects(SqlWhere where) {
    }

    /** The projects matching the filter (400 for a bad filter value, or when more than the row limit match). */
    public Projects projects(ProjectService.Filter filter) {
        SqlWhere where = projectService.sqlWhere(filter);
        long matching = count("select count(*) from project p join programme pr on pr.id = p.programme_id where "
                + where.sql(), where);
        if (matching > maxProjectRows) {
            throw new ApiException(400, "urn:odnowa:problem:validation-failed", "Invalid request",
                    matching + " projects match, more than the " + maxProjectRows + " one export may hold: narrow the filter",
                    List.of(new Problem.FieldError("programme", "narrow the filter (municipality, programme, status, kind, "
                            + "sdgTarget, q): " + matching + " projects match, at most " + maxProjectRows + " can be exported")));
        }
        return new Projects(where);
    }

    /**
     * The lines of the projects export, in the column order of {@link ExportResource#PROJECT_HEADER}, by title then
     * id; the funding summed per instrument and the SDG targets read from the child tables, in the same statement.
     * Read as {@link #observationRows} reads.
     */
    Stream<List<Object>> projectRows(Projects selection) {
        String sql = """
                select p.id, p.programme_id, p.kind, p.status, p.title, p.location, p.planned_start, p.planned_end,
                       p.actual_start, p.actual_end, p.currency, p.estimated_value, p.total_cost, p.eligible_cost,
                       f.grant_sum, f.loan_sum, f.own_sum, f.other_sum,
                       array(select t.target_code from project_sdg_target t where t.project_id = p.id),
                       array(select e from jsonb_array_elements_text(p.implementing_entities) with ordinality x(e, n)
                             order by n),
                       p.source
                from project p join programme pr on pr.id = p.programme_id
                left join lateral (select sum(amount) filter (where instrument = 'GRANT') as grant_sum,
                                          sum(amount) filter (where instrument = 'LOAN') as loan_sum,
                                          sum(amount) filter (where instrument = 'OWN') as own_sum,
                                          sum(amount) filter (where instrument = 'OTHER') as other_sum
                                     from project_funding where project_id = p.id) f on true
                where %s
                order by p.title, p.id""".formatted(selection.where().sql());
        return rows(sql, selection.where(), "projects", r -> {
            String source = r.getString(21);
            return Arrays.asList(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                    r.getObject(7, LocalDate.class), r.getObject(8, LocalDate.class), r.getObject(9, LocalDate.class),
                    r.getObject(10, LocalDate.class), r.getString(11), Csv.money(r.getBigDecimal(12)),
                    Csv.money(r.getBigDecimal(13)), Csv.money(r.getBigDecimal(14)), Csv.money(r.getBigDecimal(15)),
                    Csv.money(r.getBigDecimal(16)), Csv.money(r.getBigDecimal(17)), Csv.money(r.getBigDecimal(18)),
                    String.join(";", new TreeSet<>(Arrays.asList((String[]) r.getArray(19).getArray()))),
                    String.join(";", (String[]) r.getArray(20).getArray()), source == null ? "" : source,
                    Provenance.illustrative(source));
        });
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
