package pl.odnowa.common;

import io.quarkus.panache.common.Page;

/** Validated {@code page} and {@code size} query parameters. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageRequest parse(String page, String size) {
        int p = QueryParams.intParam("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int s = QueryParams.intParam("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        return new PageRequest(p, s);
    }

    public Page toPage() {
        return Page.of(page, size);
    }
}
