package id.kembar.common.problem;

import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The schema repeats the rules the services check (STYLE "the schema is the last line of defence"); when a
 * database constraint fires anyway, usually because two requests raced, the answer is still a clear problem.
 */
final class DatabaseConstraints {

    private DatabaseConstraints() {}

    static ProblemException toProblem(ConstraintViolationException e) {
        String name = e.getConstraintName() == null
                ? "unnamed"
                : e.getConstraintName().toLowerCase(Locale.ROOT);
        int end = name.indexOf(' ');
        String constraint = end > 0 ? name.substring(0, end) : name;
        return switch (e.getKind()) {
            case UNIQUE ->
                ProblemException.of(
                        ProblemType.CONFLICT, "The request conflicts with an existing record (" + constraint + ")");
            case FOREIGN_KEY ->
                ProblemException.of(
                        ProblemType.IN_USE,
                        "The request conflicts with a reference between records (" + constraint + ")");
            default -> ProblemException.invalid("$", "violates the rule " + constraint);
        };
    }
}
