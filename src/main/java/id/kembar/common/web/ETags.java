package id.kembar.common.web;

import id.kembar.common.problem.ProblemException;
import id.kembar.common.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resource's strong ETag, {@code "<version>-<digest>"}: the version of its own record, and a digest of the whole
 * representation as it is sent ({@link Representation}), which also shows other records (a partnership's sides, a
 * participant's actor, a program's lead agency) and values derived from the day (findings). The tag changes whenever
 * the body does, so {@code If-None-Match} never answers 304 to a changed body; {@code If-Match} takes the same tag, or
 * the version alone ({@code "3"}), which guards the record's own fields, the ones a write replaces.
 */
public final class ETags {

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(,|$)");
    private static final int DIGEST_BYTES = 6;

    private ETags() {}

    /** The tag of a representation that has no version of its own (reference data). */
    public static EntityTag of(long checksum) {
        return new EntityTag(Long.toString(checksum));
    }

    /** The tag of a representation that has no version (a list of reference data): a digest of its text. */
    public static EntityTag ofText(String text) {
        return new EntityTag(digest(text));
    }

    /**
     * Throws 412 when {@code If-Match} is given and names neither the current tag of {@code current} nor its version
     * (RFC 9110 13.1.1: strong comparison, so a weak tag never matches). Without {@code If-Match} the write goes ahead
     * (where the deployment requires one, the request did not get this far: {@link IfMatchRequired}), and the current
     * representation is not made for nothing.
     */
    public static void checkIfMatch(String ifMatch, Supplier<? extends Versioned> current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        Versioned representation = current.get();
        EntityTag tag = Representation.of(representation).tag();
        if (!anyMatches(ifMatch, Set.of(tag.getValue(), Long.toString(representation.version())), false)) {
            throw ProblemException.of(
                    ProblemType.PRECONDITION_FAILED,
                    "If-Match " + ifMatch.trim() + " does not match the current ETag \"" + tag.getValue()
                            + "\"; read the resource again (GET) and send its ETag");
        }
    }

    static boolean anyMatches(String header, Set<String> current, boolean weakAllowed) {
        Matcher m = TAG.matcher(header);
        int position = 0;
        boolean matched = false;
        while (position < header.length()) {
            if (!m.find(position) || m.start() != position) {
                throw ProblemException.invalid(
                        HttpHeaders.IF_MATCH,
                        "must be * or a list of entity tags in double quotes, such as \"3-5f1c2a9b0d4e\"");
            }
            boolean weak = m.group(1) != null;
            matched |= (weakAllowed || !weak) && current.contains(m.group(2));
            position = m.end();
        }
        return matched;
    }

    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, DIGEST_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
