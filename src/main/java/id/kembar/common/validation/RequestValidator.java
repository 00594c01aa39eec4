package id.kembar.common.validation;

import id.kembar.common.problem.FieldError;
import id.kembar.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one validation path for request records: PUT, POST and the result of a merge patch all pass through it, and
 * the rules that need the database are added by the service so that a single 400 lists every problem at once.
 */
@ApplicationScoped
public class RequestValidator {

    private final Validator validator;

    RequestValidator(Validator validator) {
        this.validator = validator;
    }

    /**
     * The body's own rules (fields, cross-field rules, {@link BlankText empty text}), in a list the service may add
     * its own to. An absent body is a 400 at once, so that services only ever see a body. An empty optional field
     * gets only the message that says how to send no value, not also the complaints of its format.
     */
    public List<FieldError> check(Object body) {
        if (body == null) {
            throwIfAny(List.of(new FieldError("$", "a JSON object is required")));
        }
        List<FieldError> blank = BlankText.errors(body);
        Set<String> blankFields = blank.stream().map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>(blank);
        Violations.toFieldErrors(validator.validate(body)).stream()
                .filter(error -> !blankFields.contains(error.field()))
                .forEach(errors::add);
        return errors;
    }

    /** Throws a 400 listing every error, if there are any. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            List<FieldError> sorted = errors.stream()
                    .distinct()
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                    .toList();
            throw ProblemException.invalid(sorted);
        }
    }
}
