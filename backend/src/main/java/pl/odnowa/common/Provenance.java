package pl.odnowa.common;

import java.util.regex.Pattern;

/**
 * Where a figure comes from. A source naming "illustrative" (or the Polish "ilustracyjne") marks a figure no public
 * source gives: every output labels it, and roll-ups count what rests on it apart.
 */
public final class Provenance {

    private static final Pattern ILLUSTRATIVE = Pattern.compile("illustrative|ilustracyjn", Pattern.CASE_INSENSITIVE);

    /** The same test in SQL, for a column or expression: {@code sql("o.source")}. */
    public static String sql(String column) {
        return "(coalesce(" + column + ", '') ~* 'illustrative|ilustracyjn')";
    }

    private Provenance() {
    }

    public static boolean illustrative(String source) {
        return source != null && ILLUSTRATIVE.matcher(source).find();
    }
}
