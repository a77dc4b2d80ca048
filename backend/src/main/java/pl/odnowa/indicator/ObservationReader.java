package pl.odnowa.indicator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.panache.common.Sort;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.PageResponse;
import pl.odnowa.security.Access;

/**
 * A page of an indicator's observations for a GET, read with plain JDBC on one connection: the indicator's
 * visibility, the page and its total. The page only serialises what it reads, and Hibernate's fixed cost per
 * query (creating the query, binding, building read-only entities) was half of the request's CPU in a profile
 * (docs/performance.md, section 11). Writes and single observations still go through Hibernate.
 */
@ApplicationScoped
public class ObservationReader {

    /** The filters of a list; null leaves a filter out. */
    public record Query(long indicatorId, Integer from, Integer to, Long subarea, boolean wholeScopeOnly, OffsetDateTime updatedSince) {
    }

    private static final String VISIBILITY = """
            select p.published, p.municipality_teryt from indicator i join programme p on p.id = i.programme_id where i.id = ?""";
    private static final String COLUMNS = "o.id, o.period, o.subarea_id, o.value, o.source, o.note, o.version, o.created_at, o.updated_at";

    private final AgroalDataSource dataSource;
    private final Access access;

    ObservationReader(AgroalDataSource dataSource, Access access) {
        this.dataSource = dataSource;
        this.access = access;
    }

    /**
     * 404 unless the indicator exists and the caller may see its programme; then the page, sorted by {@code sort} (a
     * whitelisted {@link pl.odnowa.common.Sorting} whose paths are also the table's column names).
     */
    public PageResponse<ObservationResponse> page(Query query, Sort sort, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        try (Connection connection = dataSource.getConnection()) {
            requireVisible(connection, query.indicatorId());
            List<ObservationResponse> items = new ArrayList<>();
            String sql = "select " + COLUMNS + " from observation o where " + where + " order by " + orderBy(sort) + " offset ? limit ?";
            try (PreparedStatement statement = prepare(connection, sql, parameters, (long) page.page() * page.size(), page.size());
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(observation(rows, query.indicatorId()));
                }
            }
            try (PreparedStatement statement = prepare(connection, "select count(*) from observation o where " + where, parameters);
                    ResultSet total = statement.executeQuery()) {
                total.next();
                return PageResponse.of(items, page, total.getLong(1), item -> item);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading observations of indicator " + query.indicatorId(), e); // mapped by SQLState
        }
    }

    private void requireVisible(Connection connection, long indicatorId) throws SQLException {
        try (PreparedStatement statement = prepare(connection, VISIBILITY, List.of(indicatorId)); ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw ApiException.notFound("indicator", indicatorId);
            }
            access.requireVisible(row.getBoolean(1), row.getString(2), "indicator", indicatorId);
        }
    }

    private static String where(Query query, List<Object> parameters) {
        List<String> clauses = new ArrayList<>();
        clauses.add("o.indicator_id = ?");
        parameters.add(query.indicatorId());
        add(clauses, parameters, "o.period >= ?", query.from());
        add(clauses, parameters, "o.period <= ?", query.to());
        add(clauses, parameters, "o.subarea_id = ?", query.subarea());
        add(clauses, parameters, "o.updated_at > ?", query.updatedSince());
        if (query.wholeScopeOnly()) {
            clauses.add("o.subarea_id is null");
        }
        return String.join(" and ", clauses);
    }

    private static void add(List<String> clauses, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.add(value);
        }
    }

    private static String orderBy(Sort sort) {
        List<String> keys = new ArrayList<>();
        for (Sort.Column column : sort.getColumns()) {
            String direction = column.getDirection() == Sort.Direction.Descending ? " desc" : "";
            String nulls = column.getNullPrecedence() == null ? "" : column.getNullPrecedence() == Sort.NullPrecedence.NULLS_FIRST ? " nulls first" : " nulls last";
            keys.add("o." + column.getName() + direction + nulls);
        }
        return String.join(", ", keys);
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters, Object... more) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        int index = 1;
        for (Object value : parameters) {
            statement.setObject(index++, value);
        }
        for (Object value : more) {
            statement.setObject(index++, value);
        }
        return statement;
    }

    private static ObservationResponse observation(ResultSet row, long indicatorId) throws SQLException {
        Long subarea = row.getObject(3, Long.class);
        return new ObservationResponse(row.getLong(1), indicatorId, row.getInt(2), subarea, Decimals.plain(row.getBigDecimal(4)),
                row.getString(5), row.getString(6), row.getLong(7), row.getObject(8, OffsetDateTime.class),
                row.getObject(9, OffsetDateTime.class));
    }
}
