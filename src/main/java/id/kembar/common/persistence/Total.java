package id.kembar.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A list's total ({@code totalItems}): known, kept (a query of one number over counts kept on write, which the page's
 * own statement selects beside its rows, so that a page is one statement and not two: on PostgreSQL each is a round trip
 * to the server), or counted from the list's conditions.
 */
public final class Total {

    private static final Total COUNTED = new Total(null, Map.of(), OptionalLong.empty());

    private final String query;
    private final Map<String, Object> parameters;
    private final OptionalLong known;

    private Total(String query, Map<String, Object> parameters, OptionalLong known) {
        this.query = query;
        this.parameters = Map.copyOf(parameters);
        this.known = known;
    }

    /** The total is counted from the list's conditions. */
    public static Total counted() {
        return COUNTED;
    }

    public static Total known(long total) {
        return new Total(null, Map.of(), OptionalLong.of(total));
    }

    /**
     * The total is what {@code query} selects (one number, null for none; its parameter names must differ from the
     * list's, say by a prefix), bound to {@code parameters}.
     */
    public static Total kept(String query, Map<String, Object> parameters) {
        return new Total(query, parameters, OptionalLong.empty());
    }

    /** Whether the list's conditions must be counted: the total is neither known nor kept. */
    public boolean isCounted() {
        return query == null && known.isEmpty();
    }

    /** The number when known or kept (the kept counts read now: a statement of its own), else empty. */
    public OptionalLong value(EntityManager em) {
        if (query == null) {
            return known;
        }
        TypedQuery<Long> read = em.createQuery(query, Long.class);
        parameters.forEach(read::setParameter);
        return OptionalLong.of(number(read.getSingleResult()));
    }

    /** This total, read now when it is kept (a known total, or still counted). */
    public Total read(EntityManager em) {
        return query == null ? this : known(value(em).getAsLong());
    }

    /** The scalar subquery a page selects beside its rows, when the total is kept and not read yet. */
    Optional<String> selection() {
        return query == null ? Optional.empty() : Optional.of("(" + query + ")");
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    /** A kept count as selected: a sum over no row is null. */
    static long number(Object selected) {
        return selected == null ? 0 : ((Number) selected).longValue();
    }
}
