package id.kembar.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Every string a client sends is text: control characters other than tab and line breaks are refused with a 400
 * (PostgreSQL cannot store NUL at all, and no name or note needs the others).
 */
public final class PlainText extends StdScalarDeserializer<String> {

    public static final String MESSAGE = "must not contain control characters other than tab and line breaks";
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    PlainText() {
        super(String.class);
    }

    public static boolean isPlain(String text) {
        return text == null || !CONTROL.matcher(text).find();
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (!isPlain(value)) {
            throw JsonMappingException.from(parser, MESSAGE, new IllegalArgumentException(MESSAGE));
        }
        return value;
    }
}
