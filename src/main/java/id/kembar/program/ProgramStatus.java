package id.kembar.program;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a program stands. A `STALLED` or `CANCELLED` program names at least one obstacle.")
public enum ProgramStatus {
    PROPOSED,
    AGREED,
    IN_PROGRESS,
    COMPLETED,
    STALLED,
    CANCELLED;

    /** A program that did not go on names why. */
    static final Set<ProgramStatus> NEEDS_OBSTACLE = EnumSet.of(STALLED, CANCELLED);
}
