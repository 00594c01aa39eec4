package id.kembar.common.web;

import id.kembar.common.problem.FieldError;
import id.kembar.common.problem.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

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
     * index's first column, and reads it backwards only when every column goes as the index's, or every column the
     * other way; so the pinned columns take the direction of the first sort field.
     */
    public PageRequest pinnedFirst(String expression) {
        return pinnedFirst(expression, List.of(), false);
    }

    /**
     * As {@link #pinnedFirst(String)}, for an index that keeps the first column after the pinned ones in descending
     * order ({@code indexLeadsDescending}; the findings' severity); the order's columns that the pinned value fixes
     * ({@code determined}: a finding's severity and code rank follow from its code) are left out, so that an index
     * without them serves it.
     */
    public PageRequest pinnedFirst(String expression, Collection<String> determined, boolean indexLeadsDescending) {
        if (expression == null) {
            return this;
        }
        List<String> pinned =
                Arrays.stream(expression.split(",")).map(String::strip).toList();
        List<String> rest = OrderTerms.split(orderBy).stream()
                .filter(term ->
                        !pinned.contains(OrderTerms.column(term)) && !determined.contains(OrderTerms.column(term)))
                .toList();
        boolean forwards = rest.isEmpty() || OrderTerms.descending(rest.get(0)) == indexLeadsDescending;
        String direction = forwards ? " asc" : " desc";
        List<String> terms = new ArrayList<>();
        pinned.forEach(column -> terms.add(column + direction));
        terms.addAll(rest);
        return new PageRequest(page, pageSize, orders, String.join(", ", terms));
    }

    /** The terms of the order, each a column and its direction ({@code p.titleKey asc}). */
    public List<String> orderTerms() {
        return OrderTerms.split(orderBy);
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
