package pl.odnowa.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.Where;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.security.Access;

/** Sums a programme's project costs in the database (one GROUP BY), never by loading the projects. */
@ApplicationScoped
public class ProjectCostsService {

    private final EntityManager entityManager;
    private final ProgrammeRepository programmes;

    private final Access access;

    ProjectCostsService(EntityManager entityManager, ProgrammeRepository programmes, Access access) {
        this.entityManager = entityManager;
        this.programmes = programmes;
        this.access = access;
    }

    /** The sums over the projects the caller may see (anonymous readers: published projects of a published programme). */
    public ProjectCostsResponse costs(long programmeId) {
        Where where = access.visibleProjects(new Where().and("p.programme.id = :programme", "programme", programmeId), "p");
        var query = entityManager.createQuery("select p.status, p.currency, count(p), count(p.totalCost), sum(p.totalCost) "
                + "from Project p where " + where.jpql() + " group by p.status, p.currency", Object[].class);
        where.parameters().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        // A second statement only when there is nothing to sum: is the programme there, and may the caller see it?
        if (rows.isEmpty()) {
            Programme programme = programmes.findByIdOptional(programmeId).orElseThrow(() -> ApiException.notFound("programme", programmeId));
            access.requireVisible(programme.published, programme.municipalityTeryt(), "programme", programmeId);
        }
        Map<ProjectStatus, Sum> byStatus = new EnumMap<>(ProjectStatus.class);
        for (ProjectStatus status : ProjectStatus.values()) {
            byStatus.put(status, new Sum());
        }
        Sum all = new Sum();
        for (Object[] row : rows) {
            ProjectStatus status = (ProjectStatus) row[0];
            String currency = (String) row[1];
            long count = (Long) row[2];
            long withCost = (Long) row[3];
            BigDecimal cost = (BigDecimal) row[4];
            // A status not recorded (V24): such projects count in the totals, under no status (they answered 500).
            if (status != null) {
                byStatus.get(status).add(currency, count, withCost, cost);
            }
            all.add(currency, count, withCost, cost);
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
