package id.kembar.finding;

import id.kembar.common.persistence.Criteria;
import id.kembar.common.persistence.ListParameter;
import id.kembar.common.persistence.ShardedCounts;
import id.kembar.common.persistence.Total;
import id.kembar.common.time.Years;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.KeptCounts;
import id.kembar.partnership.PartnershipFilter;
import id.kembar.partnership.PartnershipScope;
import id.kembar.program.Obstacle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Counts kept on write (table tally): for each scope a partnership can be in (all, its local province, its partner's
 * country, its type, its stage, each of its findings, the year its agreement took effect) how many partnerships,
 * milestones, programs by sector, status and obstacle... the partnerships in that scope have. A statistics request or a list total over one such scope adds
 * up a few rows instead of counting a table. Each partnership adds its {@link Contribution} to one of
 * {@value #SHARDS} shards, so that writers to different partnerships seldom wait for the same row.
 */
@ApplicationScoped
public class Tally implements KeptCounts {

    static final int SHARDS = 8;

    public static final String ALL = "*";
    public static final String PARTNERSHIPS = "partnerships";
    static final String VALID_FROM = "validFrom";

    // Kept for all partnerships only, not in each scope of one: what only list totals read, and what nearly every
    // write changes (a milestone's type and status), which would otherwise change a row in each of its scopes. The
    // partnerships by the year of validFrom are also a scope each (what the statistics of some years sum); as a
    // measure of all partnerships, a list's total over a range of years reads a few rows in the primary key's order
    // (its scope's rows of those years are next to each other), not every measure of every year in the range.
    private static final List<String> ALL_ONLY = List.of(
            KeptCounts.measure(KeptCounts.MILESTONE_TYPE, ""),
            KeptCounts.measure(KeptCounts.MILESTONE_STATUS, ""),
            KeptCounts.measure(KeptCounts.MILESTONE_TARGET, ""),
            KeptCounts.measure(VALID_FROM, ""));

    /** Whether the tally keeps this measure in this scope. */
    static boolean keptIn(String scope, String measure) {
        return ALL.equals(scope) || ALL_ONLY.stream().noneMatch(measure::startsWith);
    }

    /** A scope or measure key: a dimension and its value, such as {@code country:CN}. */
    public static String key(String dimension, Object value) {
        return KeptCounts.measure(dimension, value);
    }

    /** The scope of the partnerships whose agreement took effect in a year (1000 to 9999: keys sort as years do). */
    static String validFromKey(int year) {
        return KeptCounts.yearly(VALID_FROM, year);
    }

    /**
     * Which scopes a sum adds up, which must not overlap: those listed, or every scope of one dimension whose key lies
     * between two (a range of years).
     */
    public record Scopes(List<String> keys, String low, String high) {

        static Scopes of(List<String> keys) {
            return new Scopes(List.copyOf(keys), null, null);
        }

        static Scopes between(String low, String high) {
            return new Scopes(null, low, high);
        }

        static final Scopes ALL_PARTNERSHIPS = of(List.of(ALL));

        /** Whether the tally keeps this measure in each of these scopes. */
        boolean keep(Collection<String> measures) {
            return keys == null
                    ? measures.stream().allMatch(m -> keptIn(low, m))
                    : keys.stream().allMatch(s -> measures.stream().allMatch(m -> keptIn(s, m)));
        }

        /**
         * A query over tally rows {@code t} restricted to these scopes: {@code %s} in {@code hql} stands for the
         * condition on {@code t.scope}.
         */
        <T> TypedQuery<T> query(EntityManager em, String hql, Class<T> type, Map<String, Collection<?>> lists) {
            Map<String, Object> parameters = new HashMap<>();
            TypedQuery<T> query = ListParameter.query(em, String.format(hql, where("t", parameters)), type, lists);
            parameters.forEach(query::setParameter);
            return query;
        }

        /** The condition on the scope of tally rows at {@code alias}; its parameters put into {@code parameters}. */
        String where(String alias, Map<String, Object> parameters) {
            if (keys != null) {
                return alias + ".scope " + ListParameter.in("keptScopes", keys, parameters);
            }
            parameters.put("keptLowScope", low);
            parameters.put("keptHighScope", high);
            return alias + ".scope between :keptLowScope and :keptHighScope";
        }
    }

    /** What one partnership adds to the counts: the scopes it is in, and its measures. */
    record Contribution(List<String> scopes, Map<String, Long> measures) {

        static Contribution of(Records.Partnership p, Facts f, Set<FindingCode> findings) {
            List<String> scopes = new ArrayList<>(List.of(
                    ALL,
                    key("province", p.localProvince()),
                    key("country", p.partnerCountry()),
                    key("type", p.type()),
                    key("stage", f.stage())));
            Map<String, Long> measures = new TreeMap<>();
            if (p.validFrom() != null) {
                String year = validFromKey(p.validFrom().date().getYear());
                scopes.add(year);
                measures.put(year, 1L);
            }
            measures.put(PARTNERSHIPS, 1L);
            measures.put(MILESTONES, (long) f.milestones());
            measures.put(PROGRAMS, (long) f.programs());
            measures.put(key("stage", f.stage()), 1L);
            measures.put(key("type", p.type()), 1L);
            measures.put(key("country", p.partnerCountry()), 1L);
            measures.put(key("province", p.localProvince()), 1L);
            for (Records.Milestone milestone : p.milestones()) {
                measures.merge(key(KeptCounts.MILESTONE_TYPE, milestone.type()), 1L, Long::sum);
                measures.merge(key(KeptCounts.MILESTONE_STATUS, milestone.status()), 1L, Long::sum);
                if (milestone.target() != null) {
                    measures.merge(
                            KeptCounts.yearly(
                                    KeptCounts.MILESTONE_TARGET,
                                    milestone.status(),
                                    milestone.target().firstDay().getYear()),
                            1L,
                            Long::sum);
                }
            }
            for (Records.Program program : p.programs()) {
                measures.merge(key(KeptCounts.SECTOR, program.sector()), 1L, Long::sum);
                measures.merge(key(KeptCounts.PROGRAM_STATUS, program.status()), 1L, Long::sum);
                for (Obstacle obstacle : program.obstacles()) {
                    measures.merge(key(KeptCounts.OBSTACLE, obstacle), 1L, Long::sum);
                }
                if (!program.budgeted()) {
                    measures.merge(KeptCounts.PROGRAMS_WITHOUT_BUDGET, 1L, Long::sum);
                }
                if (!program.led()) {
                    measures.merge(KeptCounts.PROGRAMS_WITHOUT_LEAD, 1L, Long::sum);
                }
            }
            for (FindingCode code : findings) {
                scopes.add(key("finding", code));
                measures.put(key("finding", code), 1L);
            }
            return new Contribution(List.copyOf(scopes), measures);
        }

        /** Each row of the tally this adds to ({@code scope\tmeasure}), with how much. */
        void forEachRow(BiConsumer<String, Long> action) {
            for (String scope : scopes) {
                measures.forEach((measure, n) -> {
                    if (keptIn(scope, measure)) {
                        action.accept(scope + "\t" + measure, n);
                    }
                });
            }
        }

        /** As kept in kept_facts.tally: {@code scope|scope;measure=n|measure=n}. */
        String encoded() {
            List<String> counts = new ArrayList<>();
            measures.forEach((measure, n) -> counts.add(measure + "=" + n));
            return String.join("|", scopes) + ";" + String.join("|", counts);
        }

        static Contribution decode(String encoded) {
            if (encoded == null || encoded.isEmpty()) {
                return new Contribution(List.of(), Map.of());
            }
            String[] parts = encoded.split(";", -1);
            Map<String, Long> measures = new TreeMap<>();
            for (String count : parts[1].split("\\|")) {
                int eq = count.lastIndexOf('=');
                measures.put(count.substring(0, eq), Long.parseLong(count.substring(eq + 1)));
            }
            return new Contribution(List.of(parts[0].split("\\|")), measures);
        }
    }

    /** Changes to the counts, summed per row, to be written at once in a fixed order (so writers cannot deadlock). */
    static final class Delta {
        private final Map<String, Long> changes = new TreeMap<>();

        void add(UUID partnershipId, Contribution contribution, int sign) {
            int shard = Math.floorMod(partnershipId.hashCode(), SHARDS);
            contribution.forEachRow((row, n) -> changes.merge(row + "\t" + shard, sign * n, Long::sum));
        }

        /** A correction of one row ({@code scope\tmeasure}), in shard 0. */
        void addRow(String row, long n) {
            changes.merge(row + "\t0", n, Long::sum);
        }

        void replace(UUID partnershipId, Contribution before, Contribution after) {
            add(partnershipId, before, -1);
            add(partnershipId, after, 1);
        }
    }

    private final EntityManager em;
    private final ShardedCounts sharded;

    Tally(EntityManager em, ShardedCounts sharded) {
        this.em = em;
        this.sharded = sharded;
    }

    /** Writes the whole tally anew (inserts, batched), after the table was emptied in this transaction. */
    void insertAll(Delta delta) {
        delta.changes.forEach((row, n) -> {
            if (n != 0) {
                String[] key = row.split("\t");
                em.persist(new TallyRow(key[0], key[1], Short.parseShort(key[2]), n));
            }
        });
        em.flush();
    }

    /** Writes the changes, in the delta's sorted order ({@link ShardedCounts}). */
    void apply(Delta delta) {
        Map<List<Object>, Long> amounts = new LinkedHashMap<>();
        delta.changes.forEach((row, n) -> {
            String[] key = row.split("\t");
            amounts.put(List.of(key[0], key[1], Short.parseShort(key[2])), n);
        });
        em.flush();
        sharded.add("tally", List.of("scope", "measure", "shard"), amounts);
    }

    /** Each measure summed over these scopes; measures that add up to nothing are left out. */
    public Map<String, Long> sums(Scopes scopes) {
        Map<String, Long> sums = new LinkedHashMap<>();
        scopes.query(
                        em,
                        "select t.measure, sum(t.n) from TallyRow t where %s group by t.measure",
                        Object[].class,
                        Map.of())
                .getResultList()
                .forEach(row -> {
                    long n = ((Number) row[1]).longValue();
                    if (n != 0) {
                        sums.put((String) row[0], n);
                    }
                });
        return sums;
    }

    /**
     * The scopes whose counts answer for the partnerships this filter selects, when it selects by at most one
     * dimension the tally keeps as a scope (a province; partner countries; types; stages; one finding; the years
     * agreements took effect in), else empty: then count.
     */
    public Optional<Scopes> scopes(PartnershipFilter filter) {
        Optional<List<Scopes>> selections = selections(filter);
        if (selections.isEmpty() || selections.get().size() > 1) {
            return Optional.empty();
        }
        return Optional.of(
                selections.get().isEmpty()
                        ? Scopes.ALL_PARTNERSHIPS
                        : selections.get().get(0));
    }

    /**
     * How many partnerships the filter selects, when it selects by a scope the tally keeps (a province, partner
     * countries or years of validFrom) and at most one more dimension (types, stages or one finding), which is then
     * the measure: {@code stage:ACTIVE} in scope {@code country:CN}. Else empty: then count.
     */
    public Total partnerships(PartnershipFilter filter) {
        Optional<Scopes> scope = scopes(filter.scope);
        Optional<Scopes> years = validFromYears(filter);
        List<List<String>> dimensions = dimensions(filter);
        if (beyondDimensions(filter)
                || scope.isEmpty()
                || years.isEmpty()
                || dimensions.size() > 1
                || (scope.get() != Scopes.ALL_PARTNERSHIPS && years.get() != Scopes.ALL_PARTNERSHIPS)) {
            return Total.counted();
        }
        if (dimensions.isEmpty() && years.get() != Scopes.ALL_PARTNERSHIPS) {
            // the years as measures of all partnerships (ALL_ONLY)
            return total(
                    Scopes.ALL_PARTNERSHIPS,
                    List.of(new Range(years.get().low(), years.get().high())));
        }
        Scopes in = scope.get() == Scopes.ALL_PARTNERSHIPS ? years.get() : scope.get();
        return total(in, dimensions.isEmpty() ? List.of(PARTNERSHIPS) : dimensions.get(0));
    }

    /** Each selection the filter makes that the tally keeps as scopes, or empty when it selects by anything else. */
    private static Optional<List<Scopes>> selections(PartnershipFilter filter) {
        Optional<Scopes> scope = scopes(filter.scope);
        Optional<Scopes> years = validFromYears(filter);
        if (beyondDimensions(filter) || scope.isEmpty() || years.isEmpty()) {
            return Optional.empty();
        }
        List<Scopes> selections = new ArrayList<>();
        for (Scopes selection : List.of(scope.get(), years.get())) {
            if (selection != Scopes.ALL_PARTNERSHIPS) {
                selections.add(selection);
            }
        }
        dimensions(filter).forEach(keys -> selections.add(Scopes.of(keys)));
        return Optional.of(selections);
    }

    /**
     * The years of validFrom the filter selects, as a range of scopes, when its bounds are whole years (the first day
     * of a year, the last day of one); all partnerships when it has none; else empty.
     */
    private static Optional<Scopes> validFromYears(PartnershipFilter filter) {
        if (filter.validFromFrom == null && filter.validFromTo == null) {
            return Optional.of(Scopes.ALL_PARTNERSHIPS);
        }
        return Years.of(filter.validFromFrom, filter.validFromTo)
                .map(years -> Scopes.between(validFromKey(years.first()), validFromKey(years.last())));
    }

    /** The filter's values of the dimensions the tally keeps besides the scope, a list of keys for each one used. */
    private static List<List<String>> dimensions(PartnershipFilter filter) {
        List<List<String>> dimensions = new ArrayList<>();
        dimensions.add(keys("type", filter.type));
        dimensions.add(keys("stage", filter.stage));
        dimensions.add(keys("finding", filter.finding));
        dimensions.removeIf(List::isEmpty);
        return dimensions;
    }

    /** Whether the filter selects by anything the tally does not keep (or by two findings, which overlap). */
    private static boolean beyondDimensions(PartnershipFilter filter) {
        return (filter.q != null && !filter.q.isBlank())
                || filter.localGovernmentId != null
                || filter.partnerId != null
                || filter.validUntilFrom != null
                || filter.validUntilTo != null
                || filter.updatedSince != null
                || (filter.finding != null && Set.copyOf(filter.finding).size() > 1);
    }

    /** The scopes that hold a partnership scope's counts: all, one province or partner countries; else empty. */
    static Optional<Scopes> scopes(PartnershipScope scope) {
        boolean countries = scope.partnerCountry != null && !scope.partnerCountry.isEmpty();
        if (scope.localRegionCode != null) {
            return scope.isProvince() && !countries
                    ? Optional.of(Scopes.of(List.of(key("province", scope.localRegionCode))))
                    : Optional.empty();
        }
        return Optional.of(countries ? Scopes.of(keys("country", scope.partnerCountry)) : Scopes.ALL_PARTNERSHIPS);
    }

    private static List<String> keys(String dimension, List<?> values) {
        return values == null ? List.of() : KeptCounts.measures(dimension, values);
    }

    /** Measures summed over these scopes, as a list's kept total (read with its page). */
    private static Total total(Scopes scopes, Collection<String> measures) {
        Map<String, Object> parameters = new HashMap<>();
        return Total.kept(
                "select sum(tallied.n) from TallyRow tallied where " + scopes.where("tallied", parameters)
                        + " and tallied.measure " + ListParameter.in("keptMeasures", measures, parameters),
                parameters);
    }

    @Override
    public Total sum(PartnershipScope scope, Collection<String> measures) {
        return scopes(scope)
                .filter(scopes -> scopes.keep(measures))
                .map(scopes -> total(scopes, measures))
                .orElse(Total.counted());
    }

    @Override
    public Total sum(PartnershipScope scope, List<Range> ranges) {
        Optional<Scopes> kept = scopes(scope)
                .filter(scopes -> scopes.keep(ranges.stream().map(Range::low).toList()));
        if (kept.isEmpty() || ranges.isEmpty()) {
            return Total.counted();
        }
        return total(kept.get(), ranges);
    }

    /** Ranges of measures (which must not overlap) summed over these scopes, as a list's kept total. */
    private static Total total(Scopes scopes, List<Range> ranges) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> between = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            between.add("tallied.measure between :keptLow" + i + " and :keptHigh" + i);
            parameters.put("keptLow" + i, ranges.get(i).low());
            parameters.put("keptHigh" + i, ranges.get(i).high());
        }
        return Total.kept(
                "select sum(tallied.n) from TallyRow tallied where " + scopes.where("tallied", parameters) + " and ("
                        + String.join(" or ", between) + ")",
                parameters);
    }

    /**
     * How many of the partnerships {@code p} the criteria select have each finding: counted, for the filters the
     * tally cannot answer.
     */
    public Map<FindingCode, Long> countFindings(Criteria criteria) {
        var query = em.createQuery(
                "select kf.code, count(*) from Partnership p join CurrentFinding kf on kf.partnershipId = p.id"
                        + criteria.where() + " group by kf.code",
                Object[].class);
        criteria.parameters().forEach(query::setParameter);
        Map<FindingCode, Long> counts = new EnumMap<>(FindingCode.class);
        query.getResultList().forEach(row -> counts.put((FindingCode) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Every row summed over its shards, keyed {@code scope\tmeasure}: what the consistency check compares. */
    Map<String, Long> all() {
        Map<String, Long> rows = new HashMap<>();
        em.createQuery(
                        "select t.scope, t.measure, sum(t.n) from TallyRow t group by t.scope, t.measure",
                        Object[].class)
                .getResultList()
                .forEach(row -> rows.put(row[0] + "\t" + row[1], ((Number) row[2]).longValue()));
        return rows;
    }
}
