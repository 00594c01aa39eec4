package id.kembar.common.persistence;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Where counts kept on write differ from the counts they should hold (the operator's consistency check). */
public final class CountDifferences {

    private CountDifferences() {}

    /**
     * The counts a native query gives: its last column, by the others joined with a space ({@code country kind}), the
     * key {@link #of} compares by.
     */
    public static Map<String, Long> read(EntityManager em, String sql) {
        Map<String, Long> counts = new HashMap<>();
        for (Object found : em.createNativeQuery(sql, Object[].class).getResultList()) {
            Object[] columns = (Object[]) found;
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < columns.length - 1; i++) {
                key.append(i == 0 ? "" : " ").append(columns[i]);
            }
            counts.put(key.toString(), ((Number) columns[columns.length - 1]).longValue());
        }
        return counts;
    }

    /** Each row whose kept count differs from the expected one (a missing row counts 0), sorted: kept, expected. */
    public static Map<String, long[]> of(Map<String, Long> kept, Map<String, Long> expected) {
        Set<String> rows = new TreeSet<>(kept.keySet());
        rows.addAll(expected.keySet());
        Map<String, long[]> differing = new TreeMap<>();
        for (String row : rows) {
            long have = kept.getOrDefault(row, 0L);
            long want = expected.getOrDefault(row, 0L);
            if (have != want) {
                differing.put(row, new long[] {have, want});
            }
        }
        return differing;
    }
}
