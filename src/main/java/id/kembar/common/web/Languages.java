package id.kembar.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The languages messages are written in: English (the default) and Indonesian, chosen by {@code Accept-Language}. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** A quality of zero: {@code q=0}, {@code q=0.0} ... {@code q=0.000}. */
    private static final Pattern ZERO_QUALITY = Pattern.compile("[qQ]\\s*=\\s*0(\\.0{0,3})?");
    /**
     * The contract extension that marks an operation whose messages follow {@code Accept-Language}; the contract filter
     * documents the request and response headers of such operations.
     */
    public static final String LOCALIZED = "x-kembar-localized";

    private static final List<Locale> OFFERED = List.of(ENGLISH, INDONESIAN);

    private Languages() {}

    /** The first language the client accepts that we write (its q-values decide the order), else English. */
    public static Locale negotiate(HttpHeaders headers) {
        Set<String> refused = refused(headers.getRequestHeader(HttpHeaders.ACCEPT_LANGUAGE));
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if (refused.contains(accepted.toLanguageTag().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Locale offered : OFFERED) {
                if (accepted.getLanguage().equals(offered.getLanguage())
                        || "in".equals(accepted.getLanguage()) && offered == INDONESIAN) {
                    return offered;
                }
            }
        }
        return ENGLISH;
    }

    /** The language ranges given with q=0, which means "not acceptable" (RFC 9110 12.4.2), not "least preferred". */
    private static Set<String> refused(List<String> values) {
        Set<String> refused = new HashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String range : value.split(",")) {
                String[] parts = range.split(";");
                for (int i = 1; i < parts.length; i++) {
                    if (ZERO_QUALITY.matcher(parts[i].strip()).matches()) {
                        refused.add(parts[0].strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return refused;
    }

    /** The {@code Content-Language} value for a language we write. */
    public static String tag(Locale locale) {
        return locale == INDONESIAN ? "id" : "en";
    }
}
