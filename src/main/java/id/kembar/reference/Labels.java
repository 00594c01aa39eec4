package id.kembar.reference;

import java.util.Locale;
import java.util.Properties;

/**
 * A code's label in a language, as the code lists at {@code /api/v1/reference} give it: so that text the service
 * writes (a finding's message) names a status or an obstacle as a person reads it, in the words of the lists, instead
 * of its code.
 */
public final class Labels {

    private static final Properties LABELS = CodeLists.load();

    /** Every label, as read from the class path once: the code lists are built from them too. */
    static Properties all() {
        return LABELS;
    }

    private Labels() {}

    /** The Indonesian label for Indonesian, the English one for any other language; the code if it has none. */
    public static String of(Enum<?> code, Locale locale) {
        String language = "id".equals(locale.getLanguage()) ? "id" : "en";
        return LABELS.getProperty(
                code.getDeclaringClass().getSimpleName() + "." + code.name() + "." + language, code.name());
    }
}
