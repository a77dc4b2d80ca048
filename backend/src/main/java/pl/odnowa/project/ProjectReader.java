package pl.odnowa.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.SqlWhere;
import pl.odnowa.municipality.Municipality;
import pl.odnowa.programme.Programme;
import pl.odnowa.security.Access;

/**
 * One project for a GET, read in one statement: its columns, its programme's municipality and published flag, and
 * its funding sources, subarea ids and SDG targets aggregated by PostgreSQL. Hibernate would send four statements
 * and build managed entities with snapshots; a read that only serialises needs neither (docs/performance.md,
 * section 9). The result is a detached {@link Project}, so the response is built by the same
 * {@link ProjectResponse#from} as after a write.
 */
@ApplicationScoped
public class ProjectReader {

    /** The columns of a project and its programme's, over project p and programme pr; the collections follow. */
    private static final String OWN_COLUMNS = """
            select p.id, p.programme_id, pr.municipality_teryt, pr.published, p.external_id, p.kind, p.title, p.description,
                   p.implementing_entities::text, p.scope, p.location, p.longitude, p.latitude, p.status, p.planned_start,
                   p.planned_end, p.actual_start, p.actual_end, p.currency, p.estimated_value, p.total_cost, p.eligible_cost,
                   p.published, p.version, p.created_at, p.updated_at,
            """;

    /** {@link #OWN_COLUMNS} and the collections aggregated from the child tables (the truth, for a single read). */
    static final String COLUMNS = OWN_COLUMNS + """
                   (select json_agg(json_build_object('source', f.source, 'instrument', f.instrument, 'amount', f.amount::text,
                                                      'fund', f.fund, 'measure', f.measure) order by f.position)::text
                      from project_funding f where f.project_id = p.id),
                   array(select s.subarea_id from project_subarea s where s.project_id = p.id),
                   array(select t.target_code from project_sdg_target t where t.project_id = p.id),
                   p.source
              from project p join programme pr on pr.id = p.programme_id
            """;

    /**
     * {@link #OWN_COLUMNS} and the same collections from the project's read model (V81: columns kept current by
     * triggers on the child tables in the writing transaction), for a page: no aggregate per row.
     */
    static final String LIST_COLUMNS = OWN_COLUMNS + """
                   p.list_funding, p.list_subarea_ids, p.list_sdg_targets, p.source
              from project p join programme pr on pr.id = p.programme_id
            """;

    static final String SQL = COLUMNS + " where p.id = ?";

    /**
     * A page and its total in one statement: the count over the filter, and beside it (left join, so that an empty
     * page still carries the total) the page's rows in {@link #LIST_COLUMNS}; the filter and the order-by (over alias x)
     * come from {@link ProjectService#list}. Column 31 is the total. With {@code totalFromSummary}, the filter reads
     * nothing but the programme's columns (pr) and the project's programme_id, status and published, and the total is
     * summed from project_cost_summary (V85), which holds those three per row under the same names: a few rows
     * whatever the number of projects, where counting them walks an index entry per project.
     */
    static String listSql(String where, String orderBy, boolean totalFromSummary) {
        String total = totalFromSummary ? "select coalesce(sum(p.projects), 0)::bigint as total from project_cost_summary p"
                : "select count(*) as total from project p";
        return "select x.*, t.total from (" + total + " join programme pr on pr.id = p.programme_id where " + where
                + ") t left join lateral (" + LIST_COLUMNS + " where " + where + " order by " + orderBy.replace("x.", "p.")
                + " limit ? offset ?) x on true order by " + orderBy;
    }

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Access access;

    ProjectReader(AgroalDataSource dataSource, ObjectMapper json, Access access) {
        this.dataSource = dataSource;
        this.json = json;
        this.access = access;
    }

    /** The project, or 404 when it does not exist or is a draft the caller may not see. */
    public Project read(long id) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw ApiException.notFound("project", id);
                }
                Project p = project(row);
                access.requireVisible(p.published && p.programme.published, p.municipalityTeryt(), "project", id);
                return p;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading project " + id, e); // mapped by its SQLState (ProblemMappers)
        }
    }

    /** A programme's municipality and its list version (V86; 0 before its first noted write). */
    record ListVersion(String municipality, long version) {
    }

    /** The programme's {@link ListVersion}, or null when there is no such programme. */
    ListVersion listVersion(long programme) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "select pr.municipality_teryt, coalesce(v.version, 0) from programme pr"
                        + " left join programme_list_version v on v.programme_id = pr.id where pr.id = ?")) {
            statement.setLong(1, programme);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? new ListVersion(row.getString(1), row.getLong(2)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the list version of programme " + programme, e);
        }
    }

    /** A page of projects the filter (visibility included) lets through, sorted by orderBy (over alias x). */
    public PageResponse<ProjectResponse> list(SqlWhere where, String orderBy, PageRequest page, boolean totalFromSummary) {
        String sql = listSql(where.sql(), orderBy, totalFromSummary);
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = where.bind(statement, where.bind(statement, 1));
            statement.setInt(next, page.size());
            statement.setLong(next + 1, (long) page.page() * page.size());
            List<ProjectResponse> rows = new ArrayList<>(page.size());
            long total = 0;
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    total = row.getLong(31);
                    if (row.getObject(1) != null) {
                        rows.add(listItem(row));
                    }
                }
            }
            return PageResponse.of(rows, page, total, r -> r);
        } catch (SQLException e) {
            throw new IllegalStateException("listing projects", e); // mapped by its SQLState (ProblemMappers)
        }
    }

    private Project project(ResultSet row) throws SQLException {
        Project p = new Project();
        p.id = row.getLong(1);
        p.programme = new Programme();
        p.programme.id = row.getLong(2);
        p.programme.municipality = new Municipality();
        p.programme.municipality.teryt = row.getString(3);
        p.programme.published = row.getBoolean(4);
        p.externalId = row.getString(5);
        p.kind = kind(row.getString(6));
        p.title = row.getString(7);
        p.description = row.getString(8);
        for (JsonNode entity : tree(row.getString(9))) {
            p.implementingEntities.add(entity.textValue());
        }
        p.scope = row.getString(10);
        p.location = row.getString(11);
        p.longitude = row.getBigDecimal(12);
        p.latitude = row.getBigDecimal(13);
        p.status = row.getString(14) == null ? null : ProjectStatus.valueOf(row.getString(14));
        p.plannedStart = row.getObject(15, LocalDate.class);
        p.plannedEnd = row.getObject(16, LocalDate.class);
        p.actualStart = row.getObject(17, LocalDate.class);
        p.actualEnd = row.getObject(18, LocalDate.class);
        p.currency = row.getString(19);
        p.estimatedValue = row.getBigDecimal(20);
        p.totalCost = row.getBigDecimal(21);
        p.eligibleCost = row.getBigDecimal(22);
        p.published = row.getBoolean(23);
        p.version = row.getLong(24);
        p.createdAt = row.getObject(25, OffsetDateTime.class);
        p.updatedAt = row.getObject(26, OffsetDateTime.class);
        for (JsonNode f : tree(row.getString(27))) {
            FundingSource line = new FundingSource();
            line.source = f.get("source").textValue();
            line.instrument = FundingInstrument.valueOf(f.get("instrument").textValue());
            line.amount = new BigDecimal(f.get("amount").textValue());
            line.fund = f.get("fund").textValue();
            line.measure = f.get("measure").textValue();
            p.funding.add(line);
        }
        p.subareaIds.addAll(Arrays.asList((Long[]) array(row.getArray(28))));
        p.sdgTargets.addAll(Arrays.asList((String[]) array(row.getArray(29))));
        p.source = row.getString(30);
        return p;
    }

    /**
     * A page's row straight into its response, as {@link ProjectResponse#from} would build it from {@link #project}:
     * no entity, and the JSON columns read with the streaming parser instead of a tree per value.
     */
    private ProjectResponse listItem(ResultSet row) throws SQLException {
        String status = row.getString(14);
        Long[] subareas = (Long[]) array(row.getArray(28));
        Arrays.sort(subareas);
        String[] targets = (String[]) array(row.getArray(29));
        Arrays.sort(targets);
        return new ProjectResponse(row.getLong(1), row.getLong(2), row.getString(3), row.getString(5),
                kind(row.getString(6)), row.getString(7), row.getString(8), strings(row.getString(9)),
                row.getString(10), row.getString(11), row.getString(30), row.getBigDecimal(12), row.getBigDecimal(13),
                status == null ? null : ProjectStatus.valueOf(status), row.getObject(15, LocalDate.class),
                row.getObject(16, LocalDate.class), row.getObject(17, LocalDate.class), row.getObject(18, LocalDate.class),
                row.getString(19), row.getBigDecimal(20), row.getBigDecimal(21), row.getBigDecimal(22), funding(row.getString(27)),
                List.of(subareas), List.of(targets), row.getBoolean(23), row.getLong(24),
                row.getObject(25, OffsetDateTime.class), row.getObject(26, OffsetDateTime.class));
    }

    /** A JSON array of strings (implementing_entities). */
    private List<String> strings(String text) {
        if (text == null || text.equals("[]")) {
            return List.of();
        }
        try (JsonParser parser = json.getFactory().createParser(text)) {
            List<String> result = new ArrayList<>();
            parser.nextToken(); // [
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                result.add(parser.getText());
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The funding sources' JSON of {@link #COLUMNS} (null: none), in their order. */
    private List<FundingSourceResponse> funding(String text) {
        if (text == null) {
            return List.of();
        }
        try (JsonParser parser = json.getFactory().createParser(text)) {
            List<FundingSourceResponse> result = new ArrayList<>(2);
            parser.nextToken(); // [
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String source = null;
                String instrument = null;
                String amount = null;
                String fund = null;
                String measure = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    String value = parser.currentToken() == JsonToken.VALUE_NULL ? null : parser.getText();
                    switch (field) {
                        case "source" -> source = value;
                        case "instrument" -> instrument = value;
                        case "amount" -> amount = value;
                        case "fund" -> fund = value;
                        case "measure" -> measure = value;
                        default -> throw new IllegalStateException("unexpected funding field " + field);
                    }
                }
                result.add(new FundingSourceResponse(source, FundingInstrument.valueOf(instrument), new BigDecimal(amount),
                        fund, measure));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object array(Array array) throws SQLException {
        try {
            return array.getArray();
        } finally {
            array.free();
        }
    }

    /** A JSON array from the database (null: none). */
    private JsonNode tree(String text) {
        try {
            return text == null ? json.createArrayNode() : json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A kind may be not recorded (null). */
    private static ProjectKind kind(String value) {
        return value == null ? null : ProjectKind.valueOf(value);
    }
}
