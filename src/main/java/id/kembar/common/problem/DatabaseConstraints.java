package id.kembar.common.problem;

import io.quarkus.logging.Log;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The schema repeats the rules the services check (STYLE "the schema is the last line of defence"); when a
 * database constraint fires anyway, the answer is still a clear problem. It names no constraint, table or schema: those
 * are the database's business, not the API's. The services look duplicates and references up themselves, under locks
 * that make concurrent writers take turns, so that a 409 names what it conflicts with; this answer is the last resort.
 */
final class DatabaseConstraints {

    private DatabaseConstraints() {}

    static ProblemException toProblem(ConstraintViolationException e) {
        // a check of the service's own let it through: the log names the constraint for whoever looks into it
        Log.warnf("The database's constraint %s refused a write (%s)", e.getConstraintName(), e.getKind());
        return switch (e.getKind()) {
            case UNIQUE -> ProblemException.of(ProblemType.CONFLICT, "The request conflicts with an existing record");
            case FOREIGN_KEY ->
                ProblemException.of(ProblemType.IN_USE, "The request conflicts with a reference between records");
            default -> ProblemException.invalid("$", "violates a rule of the stored records");
        };
    }
}
