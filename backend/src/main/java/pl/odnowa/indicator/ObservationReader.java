package pl.odnowa.indicator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.panache.common.Sort;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.SqlWhere;
import pl.odnowa.security.Access;

/**
 * A page of an indicator's observations for a GET, read with plain JDBC in one statement: the indicator's
 * visibility, the page and its total. The page only serialises what it reads, and Hibernate's fixed cost per
 * query (creating the query, binding, building read-only entities) was half of the request's CPU in a profile
 * (docs/performance.md, section 11), and the three statements that replaced it are now one (scenario d). Writes
 * and single observations still go through Hibernate.
 */
@ApplicationScoped
public class ObservationReader {

    /** The filters of a list; null leaves a filter out. */
    public record Query(long indicatorId, Integer from, Integer to, Long subarea, boolean wholeScopeOnly, OffsetDateTime updatedSince) {
    }

    private static final String COLUMNS = "o.id, o.period, o.subarea_id, o.value, o.source, o.note, o.version, o.created_at, o.updated_at";

    /** Sort property ({@link ObservationService#SORTS}, and the id {@link Sorting} adds) → column. */
    private static final Map<String, String> SORT_COLUMNS = Map.of("period", "period", "value", "value", "id", "id");

    private final AgroalDataSource dataSource;
    private final Access access;

    ObservationReader(AgroalDataSource dataSource, Access access) {
        this.dataSource = dataSource;
        this.access = access;
    }

    /**
     * The page and all it needs in one statement over the indicator's row: the total as a scalar subquery, whether
     * the indicator is published (its programme, and its project if it has one) and its municipality, and the page
     * left joined (lateral) onto that row, so that an indicator without observations, or a page past the end, still
     * yields one row with the visibility and the total (its observation columns null); no row at all: no such
     * indicator. Columns: 1 total, 2 published, 3 municipality, 4–12 {@link #COLUMNS}. Parameters: the filter's
     * twice (count, page), offset, limit, the indicator's id.
     */
    private static String sql(String where, Sort sort) {
        return "select (select count(*) from observation o where " + where + ") as total, p.published and "
                + Access.INDICATOR_PROJECT_PUBLISHED_SQL + ", p.municipality_teryt, x.*"
                + " from indicator i join programme p on p.id = i.programme_id left join lateral (select " + COLUMNS
                + " from observation o where " + where + " order by " + Sorting.sql(sort, SORT_COLUMNS, "o")
                + " offset ? limit ?) x on true where i.id = ? order by " + Sorting.sql(sort, SORT_COLUMNS, "x");
    }

    /**
     * 404 unless the indicator exists and the caller may see it; then the page, sorted by {@code sort} (a
     * whitelisted {@link Sorting} of {@link ObservationService#SORTS}).
     */
    public PageResponse<ObservationResponse> page(Query query, Sort sort, PageRequest page) {
        SqlWhere where = where(query);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql(where.sql(), sort))) {
            int next = where.bind(statement, where.bind(statement, 1));
            statement.setLong(next, (long) page.page() * page.size());
            statement.setInt(next + 1, page.size());
            statement.setLong(next + 2, query.indicatorId());
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw ApiException.notFound("indicator", query.indicatorId());
                }
                access.requireVisible(rows.getBoolean(2), rows.getString(3), "indicator", query.indicatorId());
                long total = rows.getLong(1);
                List<ObservationResponse> items = new ArrayList<>(page.size());
                if (rows.getObject(4) != null) {
                    do {
                        items.add(observation(rows, query.indicatorId()));
                    } while (rows.next());
                }
                return PageResponse.of(items, page, total, item -> item);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading observations of indicator " + query.indicatorId(), e); // mapped by SQLState
        }
    }

    private static SqlWhere where(Query query) {
        SqlWhere where = new SqlWhere()
                .and("o.indicator_id = ?", query.indicatorId())
                .and("o.period >= ?", query.from())
                .and("o.period <= ?", query.to())
                .and("o.subarea_id = ?", query.subarea())
                .and("o.updated_at > ?", query.updatedSince());
        return query.wholeScopeOnly() ? where.and("o.subarea_id is null") : where;
    }

    private static ObservationResponse observation(ResultSet row, long indicatorId) throws SQLException {
        Long subarea = row.getObject(6, Long.class);
        return new ObservationResponse(row.getLong(4), indicatorId, row.getInt(5), subarea, Decimals.plain(row.getBigDecimal(7)),
                row.getString(8), row.getString(9), row.getLong(10), row.getObject(11, OffsetDateTime.class),
                row.getObject(12, OffsetDateTime.class));
    }
}
