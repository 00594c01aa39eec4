package id.kembar.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The languages messages are written in: English (the default) and Indonesian, chosen by {@code Accept-Language}. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final List<Locale> OFFERED = List.of(ENGLISH, INDONESIAN);

    private Languages() {
    }

    /** The first language the client accepts that we write (its q-values decide the order), else English. */
    public static Locale negotiate(HttpHeaders headers) {
        for (Locale accepted : headers.getAcceptableLanguages()) {
            for (Locale offered : OFFERED) {
                if (accepted.getLanguage().equals(offered.getLanguage())
                        || "in".equals(accepted.getLanguage()) && offered == INDONESIAN) {
                    return offered;
                }
            }
        }
        return ENGLISH;
    }

    /** The {@code Content-Language} value for a language we write. */
    public static String tag(Locale locale) {
        return locale == INDONESIAN ? "id" : "en";
    }
}
