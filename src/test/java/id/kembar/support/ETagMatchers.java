package id.kembar.support;

import static org.hamcrest.Matchers.matchesPattern;

import org.hamcrest.Matcher;

/** What an ETag is: {@code "<version>-<digest of the representation>"}. */
public final class ETagMatchers {

    private ETagMatchers() {}

    /** The tag of a representation of this version (whatever its digest). */
    public static Matcher<String> tagOfVersion(long version) {
        return matchesPattern("\"" + version + "-[0-9a-f]{12}\"");
    }
}
