package id.kembar.finding;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The findings' messages in English and Indonesian ({@code findings.properties}, {@code findings_id.properties}). */
final class FindingMessages {

    private final ResourceBundle bundle;
    private final Locale locale;

    FindingMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("findings", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
