package pl.odnowa.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a JPQL where-clause from the filters a client set; values travel only as parameters. */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause} (which uses {@code :name}) when the value is set. */
    public Where and(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a clause without parameters. */
    public Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    /**
     * Adds {@code subquery} with {@code inner}'s clauses and parameters in place of its {@code %s}, when {@code inner}
     * has a clause (a filter the client set).
     */
    public Where and(String subquery, Where inner) {
        if (!inner.clauses.isEmpty()) {
            clauses.add(subquery.formatted(inner.jpql()));
            parameters.putAll(inner.parameters);
        }
        return this;
    }

    public String jpql() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
