package pl.odnowa.common;

import java.util.Map;

import io.quarkus.panache.common.Sort;

/**
 * Parses {@code sort=field,-other} against a whitelist of API names mapped to JPQL paths, so no
 * client text ever reaches a query. Missing values sort last; the id is always the last key, which
 * keeps paging stable.
 */
public final class Sorting {

    private Sorting() {
    }

    public static Sort parse(String sort, Map<String, String> allowed, String defaultSort) {
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        Sort result = null;
        for (String part : spec.split(",")) {
            String key = part.trim();
            boolean descending = key.startsWith("-");
            String name = descending || key.startsWith("+") ? key.substring(1) : key;
            String path = allowed.get(name);
            if (path == null) {
                throw ApiException.badRequest("sort", "cannot sort by '" + abbreviate(name)
                        + "'; allowed: " + String.join(", ", allowed.keySet().stream().sorted().toList())
                        + " (prefix - for descending)");
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            // missing values (a cost not yet known) go last in either direction
            result = result == null ? Sort.by(path, direction, Sort.NullPrecedence.NULLS_LAST)
                    : result.and(path, direction, Sort.NullPrecedence.NULLS_LAST);
        }
        return result.and("id");
    }

    /**
     * The SQL order-by of a parsed sort: each JPQL path through {@code columns} (API path to column, id included) and
     * prefixed with {@code alias}, missing values last as in JPQL.
     */
    public static String sql(Sort sort, Map<String, String> columns, String alias) {
        StringBuilder sql = new StringBuilder();
        for (Sort.Column column : sort.getColumns()) {
            String name = columns.get(column.getName());
            if (name == null) {
                throw new IllegalArgumentException("no column for " + column.getName());
            }
            sql.append(sql.isEmpty() ? "" : ", ").append(alias).append('.').append(name)
                    .append(column.getDirection() == Sort.Direction.Descending ? " desc" : " asc")
                    .append(column.getNullPrecedence() == Sort.NullPrecedence.NULLS_FIRST ? " nulls first" : " nulls last");
        }
        return sql.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
