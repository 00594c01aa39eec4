package id.kembar.common.web;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The paging envelope of every collection (API-GUIDE "Collections"). */
public record Page<T>(
        @Schema(description = "The items on this page.") List<T> items,
        @Schema(description = "This page's number, from 1.", example = "1", minimum = "1") int page,
        @Schema(description = "The page size asked for.", example = "20", minimum = "1", maximum = "200") int pageSize,
        @Schema(description = "How many items match, over all pages.", example = "5", minimum = "0") long totalItems,
        @Schema(description = "How many pages there are (0 when nothing matches).", example = "1", minimum = "0")
                long totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        long totalPages = (totalItems + request.pageSize() - 1) / request.pageSize();
        return new Page<>(items, request.page(), request.pageSize(), totalItems, totalPages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, pageSize, totalItems, totalPages);
    }
}
