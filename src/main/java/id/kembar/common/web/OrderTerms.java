package id.kembar.common.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The terms of an HQL {@code order by} ({@code p.titleKey asc, p.id asc}). A column named twice is sorted by once:
 * the second mention cannot change the order, and H2 2.4 answers a query that repeats one with a column missing from
 * its rows when the sort spills to disk (a 500 on the findings of a common code at 100,000 partnerships).
 */
final class OrderTerms {

    private OrderTerms() {}

    static List<String> split(String orderBy) {
        List<String> terms = new ArrayList<>();
        for (String term : orderBy.split(",")) {
            if (!term.isBlank()) {
                terms.add(term.strip());
            }
        }
        return terms;
    }

    /** The column of a term: {@code p.titleKey} of {@code p.titleKey desc}. */
    static String column(String term) {
        return term.strip().split("\\s+")[0];
    }

    static boolean descending(String term) {
        return term.strip().toLowerCase(Locale.ROOT).endsWith(" desc");
    }

    /** The terms without any whose column an earlier one sorts by. */
    static List<String> distinct(List<String> terms) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        for (String term : terms) {
            if (!term.isBlank() && seen.add(column(term))) {
                kept.add(term.strip());
            }
        }
        return kept;
    }
}
