package id.kembar.common.validation;

import id.kembar.common.problem.FieldError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Bean Validation's violations as field errors, with the same JSON paths that Jackson's errors use. */
public final class Violations {

    private Violations() {}

    public static List<FieldError> toFieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new FieldError(path(v.getPropertyPath()), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        Path.Node last = null;
        for (Path.Node node : propertyPath) {
            last = node;
        }
        for (Path.Node node : propertyPath) {
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                path.append('[').append(node.getKey()).append(']');
            }
            boolean named = node.getName() != null && !node.getName().startsWith("<");
            // a method's parameter is named when it is the value itself (a path or query parameter), not when it
            // holds the query's fields (a @BeanParam, whose field is named instead)
            boolean value = node.getKind() == ElementKind.PARAMETER && node == last;
            if (named && (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.BEAN || value)) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
