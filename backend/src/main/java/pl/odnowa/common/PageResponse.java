package pl.odnowa.common;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection. */
public record PageResponse<T>(
        List<T> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(example = "42") long totalItems,
        @Schema(example = "3") int totalPages) {

    public static <E, T> PageResponse<T> of(List<E> rows, PageRequest request, long totalItems, Function<E, T> mapper) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageResponse<>(rows.stream().map(mapper).toList(), request.page(), request.size(), totalItems, totalPages);
    }
}
