package pl.odnowa.common;

import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The total of a paged list as a plain HQL {@code select count(*)}: Hibernate caches its translation like any
 * other query string, whereas Panache's {@code count()} derives a new count query from the page query and
 * translates it again on every call (seen in a profile of GET /api/v1/projects, docs/performance.md).
 */
public final class CountQuery {

    private CountQuery() {
    }

    /** Counts the rows of {@code fromWhere} ("from Project p where ..."), bound to the same parameters. */
    public static long count(EntityManager entityManager, String fromWhere, Map<String, Object> parameters) {
        TypedQuery<Long> query = entityManager.createQuery("select count(*) " + fromWhere, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }
}
