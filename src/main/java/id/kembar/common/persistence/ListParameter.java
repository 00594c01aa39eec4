package id.kembar.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;

/**
 * A list of values bound as one query parameter per value: {@code in (:ids_0, :ids_1)}. Hibernate translates a query
 * again on every call when a parameter is bound to a whole list ({@code in :ids}), because its SQL depends on the
 * list's length; with a parameter per value the query's text fixes the length, and the translation stays in the query
 * plan cache. The list is padded to the next power of two (two at least) with its last value, which changes no
 * {@code in}, so that a query has a few such lengths; a list longer than {@value #EXPANDED_UP_TO} stays one
 * parameter. A list of one value (after duplicates are dropped) is an equality instead: a database reads an index in
 * its order after {@code column = ?}, not after {@code column in (?, ?)} (H2 and PostgreSQL then sort every row that
 * matches, which at 100,000 partnerships took a filtered list's page from milliseconds to a second).
 */
public final class ListParameter {

    static final int EXPANDED_UP_TO = 32;

    private ListParameter() {}

    /**
     * What follows the expression to test for the list's values, {@code = :name_0} or {@code in (:name_0, :name_1)};
     * the values are put into {@code parameters}.
     */
    public static String in(String name, Collection<?> values, Map<String, Object> parameters) {
        List<Object> list = new ArrayList<>(new LinkedHashSet<>(values));
        if (list.size() == 1) {
            parameters.put(name + "_0", list.get(0));
            return "= :" + name + "_0";
        }
        if (list.isEmpty() || list.size() > EXPANDED_UP_TO) {
            parameters.put(name, list);
            return "in :" + name;
        }
        // at least two: HQL reads a lone parameter in parentheses as one that a list may be bound to, which again
        // keeps the query out of the plan cache
        int length = Integer.highestOneBit(list.size() * 2 - 1);
        StringJoiner placeholders = new StringJoiner(", ", "in (", ")");
        for (int i = 0; i < length; i++) {
            parameters.put(name + "_" + i, list.get(Math.min(i, list.size() - 1)));
            placeholders.add(":" + name + "_" + i);
        }
        return placeholders.toString();
    }

    /**
     * The query with each of its parameters named in {@code lists} ({@code in :name}) bound to that list, a parameter
     * per value.
     */
    public static <T> TypedQuery<T> query(
            EntityManager em, String hql, Class<T> type, Map<String, ? extends Collection<?>> lists) {
        Map<String, Object> parameters = new HashMap<>();
        String text = hql;
        for (Map.Entry<String, ? extends Collection<?>> list : lists.entrySet()) {
            text = CompiledPatterns.of("\\bin\\s+:" + list.getKey() + "\\b")
                    .matcher(text)
                    .replaceAll(Matcher.quoteReplacement(in(list.getKey(), list.getValue(), parameters)));
        }
        TypedQuery<T> query = em.createQuery(text, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The query with its parameter {@code name} bound to a list, a parameter per value. */
    public static <T> TypedQuery<T> query(
            EntityManager em, String hql, Class<T> type, String name, Collection<?> values) {
        return query(em, hql, type, Map.of(name, values));
    }
}
