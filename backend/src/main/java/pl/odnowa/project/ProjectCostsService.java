package pl.odnowa.project;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.SqlWhere;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.security.Access;

/**
 * Sums a programme's project costs from their read model (V85: a row per status, currency and published flag, kept
 * current by a trigger on project), so the answer costs the same whether the programme has ten projects or 25,000:
 * it never loads, nor groups, the projects.
 */
@ApplicationScoped
public class ProjectCostsService {

    /**
     * The programme's summary rows the filter lets through, over summary p and programme pr: the summary has the
     * project's published flag under the same name, so {@link Access#visibleProjectsSql} applies unchanged.
     */
    static String sql(String where) {
        return "select p.status, p.currency, p.projects, p.projects_with_cost, p.total_cost from project_cost_summary p "
                + "join programme pr on pr.id = p.programme_id where " + where;
    }

    private final AgroalDataSource dataSource;
    private final ProgrammeRepository programmes;

    private final Access access;

    ProjectCostsService(AgroalDataSource dataSource, ProgrammeRepository programmes, Access access) {
        this.dataSource = dataSource;
        this.programmes = programmes;
        this.access = access;
    }

    /** The sums over the projects the caller may see (anonymous readers: published projects of a published programme). */
    public ProjectCostsResponse costs(long programmeId) {
        SqlWhere where = access.visibleProjectsSql(new SqlWhere().and("p.programme_id = ?", programmeId));
        Map<ProjectStatus, Sum> byStatus = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus status : ProjectStatus.values()) {
            byStatus.put(status, new Sum());
        }
        Sum all = new Sum();
        boolean any = false;
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql(where.sql()))) {
            where.bind(statement, 1);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    any = true;
                    String status = row.getString(1);
                    String currency = row.getString(2);
                    long count = row.getLong(3);
                    long withCost = row.getLong(4);
                    // A row whose costed projects all left keeps a zero sum: no sum, as the GROUP BY gave none.
                    BigDecimal cost = withCost == 0 ? null : row.getBigDecimal(5);
                    // '' is a status not recorded (V24): such projects count in the totals, under no status.
                    if (!status.isEmpty()) {
                        byStatus.get(ProjectStatus.valueOf(status)).add(currency, count, withCost, cost);
                    }
                    all.add(currency, count, withCost, cost);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("summing the project costs of programme " + programmeId, e); // mapped by its SQLState (ProblemMappers)
        }
        // A second statement only when there is nothing to sum: is the programme there, and may the caller see it?
        if (!any) {
            Programme programme = programmes.findByIdOptional(programmeId).orElseThrow(() -> ApiException.notFound("programme", programmeId));
            access.requireVisible(programme.published, programme.municipalityTeryt(), "programme", programmeId);
        }
        List<ProjectCostsResponse.StatusCosts> statuses = new ArrayList<>();
        byStatus.forEach((status, sum) -> statuses.add(
                new ProjectCostsResponse.StatusCosts(status, sum.projects, sum.withCost, sum.strings())));
        return new ProjectCostsResponse(programmeId, all.projects, all.withCost, all.strings(), statuses);
    }

    /** Counts and per-currency sums of one group of rows. */
    private static final class Sum {
        long projects;
        long withCost;
        final Map<String, BigDecimal> cost = new TreeMap<>();

        void add(String currency, long count, long countWithCost, BigDecimal amount) {
            projects += count;
            withCost += countWithCost;
            if (amount != null) {
                cost.merge(currency, amount, BigDecimal::add);
            }
        }

        Map<String, String> strings() {
            Map<String, String> result = new TreeMap<>();
            cost.forEach((currency, amount) -> result.put(currency, amount.setScale(2).toPlainString()));
            return result;
        }
    }
}
