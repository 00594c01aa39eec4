package id.kembar.common.text;

import java.util.Set;
import java.util.UUID;

/**
 * An item text search finds by its words ({@link Words}), which it keeps with its texts: what a write changed of them
 * is counted ({@link WordCounts}) in the writer's transaction.
 */
public interface Searched {

    WordList wordList();

    /** The partnership the item is of (its own id for a partnership): the shard its words are counted in. */
    UUID partnershipId();

    /** Its words (the collection an entity keeps them in). */
    Set<String> words();

    /** What writes changed of its words since they were last counted. */
    WordChanges wordChanges();
}
