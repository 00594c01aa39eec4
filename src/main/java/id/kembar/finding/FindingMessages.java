package id.kembar.finding;

import id.kembar.reference.Labels;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The findings' messages in English and Indonesian ({@code findings.properties}, {@code findings_id.properties}). */
final class FindingMessages {

    private final ResourceBundle bundle;
    private final Locale locale;

    FindingMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                "findings",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A code's label in the messages' language ("Terhenti" for STALLED), from the code lists. */
    String label(Enum<?> code) {
        return Labels.of(code, locale);
    }

    /** "1 day", "12 days" (English has a singular, Indonesian does not). */
    String days(long count) {
        return format(count == 1 ? "days.one" : "days.other", Long.toString(count));
    }

    /** "today" or "in 12 days". */
    String in(long days) {
        return days == 0 ? format("when.today") : format("when.later", days(days));
    }
}
