package id.kembar.common.validation;

import id.kembar.common.problem.FieldError;
import id.kembar.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
     * The body's own rules (fields and cross-field rules), in a list the service may add its own to. An absent body
     * is a 400 at once, so that services only ever see a body.
     */
    public List<FieldError> check(Object body) {
        if (body == null) {
            throwIfAny(List.of(new FieldError("$", "a JSON object is required")));
        }
        return new ArrayList<>(Violations.toFieldErrors(validator.validate(body)));
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
