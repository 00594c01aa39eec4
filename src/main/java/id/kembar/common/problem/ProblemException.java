package id.kembar.common.problem;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.UUID;

/**
 * The one exception our own code throws for an error answer. It is a {@link WebApplicationException} so that
 * RESTEasy Reactive passes it through unchanged when it comes out of a parameter converter.
 */
public class ProblemException extends WebApplicationException {

    public final ProblemType type;
    public final String detail;
    public final List<FieldError> errors;
    public final UUID existingId;
    public final List<Reference> references;

    ProblemException(
            ProblemType type, String detail, List<FieldError> errors, UUID existingId, List<Reference> references) {
        super(detail, type.status);
        this.type = type;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.existingId = existingId;
        this.references = List.copyOf(references);
    }

    public static ProblemException of(ProblemType type, String detail) {
        return new ProblemException(type, detail, List.of(), null, List.of());
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return new ProblemException(ProblemType.INVALID_REQUEST, detail, errors, null, List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(String field, String message, List<String> allowedValues) {
        return invalid(List.of(new FieldError(field, message, allowedValues)));
    }

    public static ProblemException notFound(String what, UUID id) {
        return of(ProblemType.NOT_FOUND, "No " + what + " with id " + id);
    }

    public static ProblemException duplicate(String detail, UUID existingId) {
        return new ProblemException(ProblemType.CONFLICT, detail, List.of(), existingId, List.of());
    }

    /** A 409 that says what still refers to the resource to be deleted, if anything does. */
    public static void throwIfReferenced(String what, List<Reference> references) {
        if (!references.isEmpty()) {
            String counts = String.join(
                    ", ",
                    references.stream().map(r -> r.count() + " " + r.resource()).toList());
            throw new ProblemException(
                    ProblemType.IN_USE,
                    "The " + what + " is still referred to by " + counts + "; remove or change those first",
                    List.of(),
                    null,
                    references);
        }
    }
}
