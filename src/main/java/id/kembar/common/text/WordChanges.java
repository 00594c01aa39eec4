package id.kembar.common.text;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the writes of a transaction did to an item's words, not yet counted: for each word, +1 gained or -1 lost (a
 * word lost and gained again is no change). An entity holds one, not persisted.
 */
public final class WordChanges {

    private final Map<String, Integer> changes = new TreeMap<>();

    void add(String word, int n) {
        changes.merge(word, n, (a, b) -> a + b == 0 ? null : a + b);
    }

    /** The changes, emptied. */
    Map<String, Integer> take() {
        Map<String, Integer> taken = new TreeMap<>(changes);
        changes.clear();
        return taken;
    }
}
