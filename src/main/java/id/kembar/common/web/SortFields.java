package id.kembar.common.web;

import id.kembar.common.problem.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields a collection can be sorted by, each with its HQL expression, and the default order. Every order ends
 * with the id, so that paging is deterministic (API-GUIDE "Collections").
 */
public final class SortFields {

    private final Map<String, String> expressions;
    private final String defaultSort;
    private final String idExpression;

    private SortFields(Map<String, String> expressions, String defaultSort, String idExpression) {
        this.expressions = expressions;
        this.defaultSort = defaultSort;
        this.idExpression = idExpression;
    }

    /** {@code fields} alternates API names and HQL expressions: {@code "name", "a.name", "kind", "a.kind"}. */
    public static SortFields of(String alias, String defaultSort, String... fields) {
        Map<String, String> expressions = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            expressions.put(fields[i], fields[i + 1]);
        }
        return new SortFields(expressions, defaultSort, alias + ".id");
    }

    /** The same fields, with ties broken by {@code ties} instead of the alias's id (for a composite key). */
    public SortFields tiesBy(String ties) {
        return new SortFields(expressions, defaultSort, ties);
    }

    public List<String> names() {
        return List.copyOf(expressions.keySet());
    }

    /** One field of a {@code sort} parameter. */
    public record Order(String field, boolean descending) {}

    /**
     * The fields of a {@code sort} parameter (or the default), checked against the allowed ones: an unknown field is
     * added to {@code errors} and no order is returned.
     */
    List<Order> orders(String sort, List<FieldError> errors) {
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        List<Order> orders = new ArrayList<>();
        for (String raw : spec.split(",", -1)) {
            String field = raw.trim();
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field;
            if (!expressions.containsKey(name)) {
                List<String> allowed = names();
                errors.add(new FieldError(
                        "sort",
                        "cannot sort by '" + field + "'; sort by one or more of: " + String.join(", ", allowed)
                                + " (prefix - for descending)",
                        allowed));
                return List.of();
            }
            orders.add(new Order(name, descending));
        }
        return orders;
    }

    /**
     * An expression may be several columns ({@code p.type, p.title}: ties within a type by title, when no later field
     * says otherwise), each taking the field's direction; the id comes last in the direction of the last field, so
     * that one index, read forwards or backwards, serves the whole order.
     */
    String orderBy(List<Order> orders) {
        List<String> items = new ArrayList<>();
        String direction = " asc";
        for (int i = 0; i < orders.size(); i++) {
            Order order = orders.get(i);
            direction = order.descending() ? " desc" : " asc";
            String[] columns = expressions.get(order.field()).split(",");
            for (int c = 0; c < (i == orders.size() - 1 ? columns.length : 1); c++) {
                items.add(columns[c].trim() + direction);
            }
        }
        items.addAll(OrderTerms.split(idExpression.contains(" ") ? idExpression : idExpression + direction));
        return String.join(", ", OrderTerms.distinct(items));
    }
}
