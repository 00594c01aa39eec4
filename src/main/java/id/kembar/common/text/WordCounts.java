package id.kembar.common.text;

import id.kembar.common.persistence.CountDifferences;
import id.kembar.common.persistence.ShardedCounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * How many items of each kind have each word, kept on write in the writer's transaction (table word_count, V23): the
 * total of a text search by one word is a sum of a few rows ({@code Criteria.words}), not a count of the word's
 * matches. The items' words change with their texts ({@link Words#keep}); a service counts what its write changed
 * ({@link #count}) and what a delete removes, before the kept values and the tally, so that writers lock these rows
 * first and each in their sorted order, and cannot deadlock. Each partnership's items add to one of {@value #SHARDS}
 * shards, so that writers of different partnerships seldom wait for one row. The operator's consistency check
 * compares them with a count of the words.
 */
@ApplicationScoped
public class WordCounts {

    static final int SHARDS = 8;
    private static final List<String> COLUMNS = List.of("kind", "word", "shard");

    private final EntityManager em;
    private final ShardedCounts sharded;

    WordCounts(EntityManager em, ShardedCounts sharded) {
        this.em = em;
        this.sharded = sharded;
    }

    /** Counts what writes changed of these items' words. */
    public void count(Collection<? extends Searched> items) {
        Map<List<Object>, Long> amounts = amounts();
        for (Searched item : items) {
            addChanges(amounts, item);
        }
        sharded.add("word_count", COLUMNS, amounts);
    }

    /** Counts what a write changed of this item's words. */
    public void count(Searched item) {
        count(List.of(item));
    }

    /**
     * The item is being deleted: its words count no more (read from its collection; with any change not yet counted,
     * so that what is taken away is what was counted).
     */
    public void removed(Searched item) {
        Map<List<Object>, Long> amounts = amounts();
        addChanges(amounts, item);
        short shard = shard(item.partnershipId());
        item.words().forEach(word -> amounts.merge(List.of(item.wordList().name(), word, shard), -1L, Long::sum));
        sharded.add("word_count", COLUMNS, amounts);
    }

    /** What writes changed of the item's words and were not counted yet, taken. */
    private static void addChanges(Map<List<Object>, Long> amounts, Searched item) {
        short shard = shard(item.partnershipId());
        item.wordChanges()
                .take()
                .forEach((word, n) -> amounts.merge(List.of(item.wordList().name(), word, shard), (long) n, Long::sum));
    }

    /**
     * The partnership is being deleted with its milestones and programs (the schema cascades): the words of all of
     * them count no more, read from the word tables.
     */
    public void removedWithPartnership(UUID partnershipId) {
        Map<List<Object>, Long> amounts = amounts();
        short shard = shard(partnershipId);
        for (WordList list : WordList.values()) {
            for (Object found : em.createNativeQuery(list.wordsOfPartnership(), Object[].class)
                    .setParameter(1, partnershipId)
                    .getResultList()) {
                Object[] row = (Object[]) found;
                amounts.put(List.of(list.name(), row[0], shard), -((Number) row[1]).longValue());
            }
        }
        sharded.add("word_count", COLUMNS, amounts);
    }

    /** Each word ({@code KIND word}) whose kept count differs from a count of the word tables: kept, counted. */
    public Map<String, long[]> differences() {
        Map<String, Long> counted = new HashMap<>();
        for (WordList list : WordList.values()) {
            counted.putAll(CountDifferences.read(em, list.wordsOfAll()));
        }
        return CountDifferences.of(
                CountDifferences.read(em, "select kind, word, sum(n) from word_count group by kind, word"), counted);
    }

    /** Adds to shard 0 of each differing word what it lacks. */
    public void correct() {
        Map<List<Object>, Long> amounts = amounts();
        differences().forEach((row, pair) -> {
            int space = row.indexOf(' ');
            amounts.put(List.of(row.substring(0, space), row.substring(space + 1), (short) 0), pair[1] - pair[0]);
        });
        sharded.add("word_count", COLUMNS, amounts);
    }

    private static short shard(UUID partnershipId) {
        return (short) Math.floorMod(partnershipId.hashCode(), SHARDS);
    }

    // the rows in one order for every writer: kind, word, shard
    private static Map<List<Object>, Long> amounts() {
        return new TreeMap<>(Comparator.comparing((List<Object> row) -> (String) row.get(0))
                .thenComparing(row -> (String) row.get(1))
                .thenComparing(row -> (Short) row.get(2)));
    }
}
