package id.kembar.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns Jackson's errors into a 400 that names the JSON path of the culprit, without class names. */
public final class JsonProblems {

    private JsonProblems() {}

    public static ProblemException toProblem(JsonProcessingException e) {
        if (e instanceof JsonMappingException m) {
            return ProblemException.invalid(List.of(fieldError(m)));
        }
        String message =
                e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                        ? "appears more than once"
                        : "is not well-formed JSON" + location(e);
        return ProblemException.invalid(parsePath(e), message);
    }

    /**
     * What to say of a property a request may not carry but its resource's representation shows (the record
     * {@code XResponse} beside {@code XRequest}): a client that sends back what it read learns which fields to drop.
     * Null when the property is simply unknown.
     */
    private static String readOnly(Class<?> request, String property) {
        if (request == null || property == null || !request.getSimpleName().endsWith("Request")) {
            return null;
        }
        List<String> readOnly;
        try {
            Class<?> response = Class.forName(
                    request.getName().replaceFirst("Request$", "Response"), false, request.getClassLoader());
            if (response.getRecordComponents() == null || request.getRecordComponents() == null) {
                return null;
            }
            List<String> writable = Arrays.stream(request.getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();
            readOnly = Arrays.stream(response.getRecordComponents())
                    .map(RecordComponent::getName)
                    .filter(name -> !writable.contains(name))
                    .toList();
        } catch (ClassNotFoundException e) {
            return null;
        }
        if (!readOnly.contains(property)) {
            return null;
        }
        String why =
                switch (property) {
                    case "stage" -> "is read-only: derived from the milestones";
                    case "findings" -> "is read-only: derived from the records";
                    default -> "is read-only";
                };
        return why + "; leave it out, with every read-only property of this resource: " + String.join(", ", readOnly);
    }

    private static FieldError fieldError(JsonMappingException e) {
        String path = path(e.getPath());
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null
                    ? List.of()
                    : u.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .toList();
            String readOnly = readOnly(u.getReferringClass(), u.getPropertyName());
            return new FieldError(path, readOnly != null ? readOnly : "is not a known property", known);
        }
        if (e instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            List<String> allowed = FieldError.namesOf(f.getTargetType());
            return new FieldError(path, "must be one of: " + String.join(", ", allowed), allowed);
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof IllegalArgumentException cause) {
            return new FieldError(path, cause.getMessage());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new FieldError(path, "must be " + describe(m.getTargetType()));
        }
        if (e.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            return new FieldError(path, cause.getMessage());
        }
        return new FieldError(path, "has a value that cannot be read");
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static String parsePath(JsonProcessingException e) {
        JsonParser parser = e instanceof JsonParseException p ? p.getProcessor() : null;
        if (parser != null && parser.getParsingContext() != null) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            return pointer.isEmpty() ? "$" : pointer.substring(1).replace('/', '.');
        }
        return "$";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == UUID.class) {
            return "a UUID string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of: " + String.join(", ", FieldError.namesOf(type));
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a value of another type";
    }
}
