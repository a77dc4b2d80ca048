package pl.odnowa.common;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** The child rows of an aggregate (a consultation's comments, a committee's members) written from a request's list. */
public final class Parts {

    private Parts() {
    }

    /**
     * Makes rows hold count parts, filled in order by fill(row, index). Rows are reused in order, so an edit of one
     * part shows in the history as one changed part; rows past count are removed.
     */
    public static <E> void replace(List<E> rows, int count, Supplier<E> create, BiConsumer<E, Integer> fill) {
        for (int i = 0; i < count; i++) {
            boolean added = i >= rows.size();
            E row = added ? create.get() : rows.get(i);
            fill.accept(row, i);
            if (added) {
                rows.add(row);
            }
        }
        while (rows.size() > count) {
            rows.remove(rows.size() - 1);
        }
    }
}
