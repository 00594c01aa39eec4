package id.kembar.common.persistence;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Where counts kept on write differ from the counts they should hold (the operator's consistency check). */
public final class CountDifferences {

    private CountDifferences() {}

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
