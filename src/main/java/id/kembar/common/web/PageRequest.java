package id.kembar.common.web;

import id.kembar.common.problem.FieldError;
import id.kembar.common.problem.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A checked page and order: the offset and size to query, the sort fields and their HQL {@code order by}. */
public record PageRequest(int page, int pageSize, List<SortFields.Order> orders, String orderBy) {

    public static PageRequest of(PageParams params, SortFields fields) {
        List<FieldError> errors = new ArrayList<>();
        int page = params.page == null ? 1 : params.page;
        int pageSize = params.pageSize == null ? 20 : params.pageSize;
        if (page < 1) {
            errors.add(new FieldError("page", "must be 1 or more"));
        }
        if (pageSize < 1 || pageSize > PageParams.MAX_PAGE_SIZE) {
            errors.add(new FieldError("pageSize", "must be between 1 and " + PageParams.MAX_PAGE_SIZE));
        }
        if (errors.isEmpty() && (long) (page - 1) * pageSize > Integer.MAX_VALUE) {
            errors.add(new FieldError("page", "is beyond any collection's last page"));
        }
        List<SortFields.Order> orders = fields.orders(params.sort, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new PageRequest(page, pageSize, orders, fields.orderBy(orders));
    }

    /**
     * The same order with {@code expression} first (one or more, comma-separated), where filters pin each to one
     * value (null: unchanged). The rows come in the same order, and H2 then walks an index that starts with the pinned
     * column instead of sorting every match: it uses an index for an order only when the order begins with the
     * index's first column, and reads it backwards only when every column goes the same way, so the pinned columns
     * take the direction of the first sort field.
     */
    public PageRequest pinnedFirst(String expression) {
        if (expression == null) {
            return this;
        }
        String direction = !orders.isEmpty() && orders.get(0).descending() ? " desc" : " asc";
        String pinned = Arrays.stream(expression.split(","))
                .map(column -> column.strip() + direction)
                .collect(Collectors.joining(", "));
        return new PageRequest(page, pageSize, orders, pinned + ", " + orderBy);
    }

    /** Whether the order is that of the first of these fields alone, ascending (then by id, as every order ends). */
    public boolean isAscendingBy(String field) {
        return orders.size() == 1
                && orders.get(0).field().equals(field)
                && !orders.get(0).descending();
    }

    public int offset() {
        return (page - 1) * pageSize;
    }
}
