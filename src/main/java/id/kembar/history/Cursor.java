package id.kembar.history;

import id.kembar.common.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The change feed's cursor: the sequence number of the last change a consumer has, opaque to it (so that what it holds
 * may change without breaking consumers that only send it back).
 */
final class Cursor {

    private static final String PREFIX = "v1:";

    /** No cursor: the feed from its oldest kept change on. */
    static final long OLDEST = -1;

    private Cursor() {}

    static String of(long sequence) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + sequence).getBytes(StandardCharsets.US_ASCII));
    }

    /** The sequence number of a cursor this service gave; {@link #OLDEST} for none. */
    static long sequenceOf(String cursor) {
        if (cursor == null) {
            return OLDEST;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (decoded.startsWith(PREFIX) && decoded.substring(PREFIX.length()).matches("[0-9]{1,18}")) {
                return Long.parseLong(decoded.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below
        }
        throw ProblemException.invalid(
                "after", "is not a cursor of this feed; send the `next` of a feed response, or nothing to start over");
    }
}
