package id.kembar.common.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The query texts the list builders make, kept per shape: which conditions, joins, selection, order and page form a
 * list request has. A list request built its text again each time (aliases renamed by regular expressions, joins split
 * and filtered), which cost 3-5% of a list request's CPU, and handed Hibernate a new string whose hash its query plan
 * cache computed again. A shape is made of the code's fragments, aliases and parameter names, never of a request's
 * values, so shapes are few; past {@link #LIMIT} of them, a text is built each time and not kept.
 */
final class QueryTexts {

    static final int LIMIT = 2048;
    private static final char SEPARATOR = '\u0001';
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private QueryTexts() {}

    /** The text of a shape, built by {@code build} the first time. */
    static String of(Supplier<String> build, String... shape) {
        String key = String.join(String.valueOf(SEPARATOR), shape);
        String text = TEXTS.get(key);
        if (text != null) {
            return text;
        }
        text = build.get();
        if (TEXTS.size() >= LIMIT) {
            return text;
        }
        String kept = TEXTS.putIfAbsent(key, text);
        return kept == null ? text : kept;
    }
}
