package id.kembar.common.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The word rows' copies of their items' sort keys (V24), which let a text search read its page in the list's order
 * from the word index: a word row is written with its item's key, and written again when the key changes, in the
 * item's own transaction ({@link Words#inOrder}). The operator's consistency check compares the copies with the items
 * and repairs them.
 */
@ApplicationScoped
public class WordOrder {

    private final EntityManager em;

    WordOrder(EntityManager em) {
        this.em = em;
    }

    /** Each kind whose word rows hold a sort key other than their item's: the rows that differ, and none. */
    public Map<String, long[]> staleKeys() {
        Map<String, long[]> stale = new HashMap<>();
        for (WordList list : WordList.values()) {
            long rows = ((Number) em.createNativeQuery("select count(*) " + list.staleOrderKeys())
                            .getSingleResult())
                    .longValue();
            if (rows > 0) {
                stale.put(list.name(), new long[] {rows, 0});
            }
        }
        return stale;
    }

    /** Copies onto every word row whose copy differs the sort key of its item. */
    public void copyKeys() {
        for (WordList list : WordList.values()) {
            em.createNativeQuery(list.copyOrderKeys()).executeUpdate();
        }
    }
}
