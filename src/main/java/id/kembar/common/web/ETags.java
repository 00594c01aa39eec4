package id.kembar.common.web;

import id.kembar.common.problem.ProblemException;
import id.kembar.common.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A resource's version as a strong ETag; {@code If-Match} guards writes, {@code If-None-Match} saves reads. */
public final class ETags {

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(,|$)");

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Throws 412 when {@code If-Match} is given and names no current version (RFC 9110 13.1.1: strong comparison,
     * so a weak tag never matches). Without {@code If-Match} the write goes ahead.
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        if (!anyMatches(ifMatch, currentVersion, false)) {
            throw ProblemException.of(
                    ProblemType.PRECONDITION_FAILED,
                    "If-Match " + ifMatch.trim() + " does not match the current version \"" + currentVersion
                            + "\"; read the resource again");
        }
    }

    static boolean anyMatches(String header, long version, boolean weakAllowed) {
        Matcher m = TAG.matcher(header);
        int position = 0;
        boolean matched = false;
        while (position < header.length()) {
            if (!m.find(position) || m.start() != position) {
                throw ProblemException.invalid(
                        HttpHeaders.IF_MATCH, "must be * or a list of entity tags in double quotes, such as \"3\"");
            }
            boolean weak = m.group(1) != null;
            matched |= (weakAllowed || !weak) && m.group(2).equals(Long.toString(version));
            position = m.end();
        }
        return matched;
    }
}
