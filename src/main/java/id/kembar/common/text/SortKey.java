package id.kembar.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a text is sorted by, alike on every database: the text without accents, case or compatibility forms
 * ("Émile" and "emile", "Ｂｏｇｏｒ" and "bogor" sort together), compared code point by code point. Lists sort by a
 * column holding it (kept on write, in the database's binary order: {@code collate "C"} on PostgreSQL, H2's own),
 * never by the text itself, which H2 compares by code point (uppercase before lowercase, accents after z) and
 * PostgreSQL by the server's locale. Ties are broken by id.
 */
public final class SortKey {

    /** The longest key kept (a title of 300 characters may expand: "ﬁ" is "fi"); longer ones are cut. */
    public static final int MAX_LENGTH = 600;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SortKey() {}

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String key = SPACES.matcher(folded.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
        if (key.length() <= MAX_LENGTH) {
            return key;
        }
        // not between the two halves of a surrogate pair
        return key.substring(0, Character.isHighSurrogate(key.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH);
    }

    /**
     * The key of {@code text}, or {@code kept} itself when it is that key already: an entity's write of the same value
     * would still mark it changed.
     */
    public static String kept(String kept, String text) {
        String key = of(text);
        return key != null && key.equals(kept) ? kept : key;
    }
}
