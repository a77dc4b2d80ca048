package pl.odnowa.common;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A SQL where-clause with positional parameters, for the lists read in one plain statement (the SQL sibling of
 * {@link Where}); values travel only as parameters.
 */
public final class SqlWhere {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds {@code clause} (with one {@code ?}) when the value is set. */
    public SqlWhere and(String clause, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.add(value instanceof Enum<?> e ? e.name() : value);
        }
        return this;
    }

    /** Adds a clause without parameters. */
    public SqlWhere and(String clause) {
        clauses.add(clause);
        return this;
    }

    public String sql() {
        return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
    }

    /** Binds the parameters from position {@code first}; returns the next free position. */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        int i = first;
        for (Object value : parameters) {
            statement.setObject(i++, value);
        }
        return i;
    }
}
