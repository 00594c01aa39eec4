package id.kembar.common.text;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The words of a text, as text search ({@code q}) finds them: runs of letters and digits, without accents, case or
 * compatibility forms ("Émile", "EMILE" and "emile" are one word; "119/1000/SJ" is three). A resource keeps the words
 * of the texts {@code q} looks into in a table of its own, written with the texts; a search is a lookup of each word
 * of {@code q} in it, served by its index on both databases, instead of a scan of every text.
 */
public final class Words {

    /** The longest word kept; longer ones are cut, in the texts and in {@code q} alike. */
    public static final int MAX_LENGTH = 60;

    /** The most words a search may name. */
    public static final int MAX_IN_QUERY = 10;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Words() {}

    /** The distinct words of these texts (absent ones have none), sorted. */
    public static Set<String> of(String... texts) {
        Set<String> words = new TreeSet<>();
        for (String text : texts) {
            addWords(text, words);
        }
        return Collections.unmodifiableSet(words);
    }

    /**
     * Makes the item's words (its entity's collection) those of these texts, changing it only where they differ, so
     * that a write of the same texts writes no word again; what changed waits in its {@link WordChanges} to be counted.
     */
    public static void keep(Searched item, List<String> texts) {
        Set<String> kept = item.words();
        Set<String> now = of(texts.toArray(String[]::new));
        if (kept.equals(now)) {
            return;
        }
        for (String word : kept) {
            if (!now.contains(word)) {
                item.wordChanges().add(word, -1);
            }
        }
        for (String word : now) {
            if (!kept.contains(word)) {
                item.wordChanges().add(word, 1);
            }
        }
        kept.retainAll(now);
        kept.addAll(now);
    }

    /**
     * The item's words for an item whose word rows copy a sort key of its own (V24): the same collection while the key
     * stays, or the same words in a new collection when a write changed it, which the entity writes anew, each row
     * copying the key from the item's row as updated.
     */
    public static Set<String> inOrder(Set<String> words, Object keyKept, Object key) {
        return Objects.equals(keyKept, key) ? words : new HashSet<>(words);
    }

    /** The distinct words of a search, in the order given. */
    public static Set<String> ofQuery(String q) {
        Set<String> words = new LinkedHashSet<>();
        addWords(q, words);
        return Collections.unmodifiableSet(words);
    }

    private static void addWords(String text, Set<String> words) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        for (String word : SEPARATORS.split(folded)) {
            if (!word.isEmpty()) {
                words.add(cut(word));
            }
        }
    }

    private static String cut(String word) {
        if (word.length() <= MAX_LENGTH) {
            return word;
        }
        // not between the two halves of a surrogate pair
        return word.substring(0, Character.isHighSurrogate(word.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH);
    }
}
