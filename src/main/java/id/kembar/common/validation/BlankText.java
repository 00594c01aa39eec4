package id.kembar.common.validation;

import id.kembar.common.problem.FieldError;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one rule for empty text in optional fields of a request record: {@code ""} or blanks are refused, never stored
 * as a value, because "no value" has one spelling on the wire (the field left out, or null). A required field says
 * "must not be blank" through its own annotation; this covers every other string component, so that a field added
 * later follows the rule without remembering it.
 */
final class BlankText {

    static final String MESSAGE = "must not be empty or blank; omit it or send null when there is no value";

    private static final ClassValue<List<RecordComponent>> OPTIONAL_TEXT = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return List.of();
            }
            return Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.getType() == String.class && !required(type, component))
                    .toList();
        }
    };

    private BlankText() {}

    /** An error for each optional string of {@code body} that is empty or blank. */
    static List<FieldError> errors(Object body) {
        List<FieldError> errors = new ArrayList<>();
        for (RecordComponent component : OPTIONAL_TEXT.get(body.getClass())) {
            Object value = read(component, body);
            if (value instanceof String text && text.isBlank()) {
                errors.add(new FieldError(component.getName(), MESSAGE));
            }
        }
        return errors;
    }

    private static boolean required(Class<?> type, RecordComponent component) {
        try {
            Field field = type.getDeclaredField(component.getName());
            return field.isAnnotationPresent(NotBlank.class)
                    || field.isAnnotationPresent(NotEmpty.class)
                    || field.isAnnotationPresent(NotNull.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record without its component's field: " + type, e);
        }
    }

    private static Object read(RecordComponent component, Object body) {
        try {
            return component.getAccessor().invoke(body);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of a request", e);
        }
    }
}
