package id.kembar.access;

import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller may do. Reads are open to everyone unless a deployment requires authentication for them; every write
 * needs one of the writing roles, and an {@code EDITOR} writes only within its regions ({@link Access}).
 */
@Schema(
        description = "What a caller may do: `READER` reads, `EDITOR` writes the partnerships of its regions, "
                + "`MINISTRY` writes every partnership and actor, `ADMIN` writes everything and manages API keys.")
public enum Role {
    /** Reads, also where reads require an authenticated caller. */
    READER,
    /** Writes the partnerships whose local government lies in one of its regions, and their records. */
    EDITOR,
    /** Writes every partnership and actor. */
    MINISTRY,
    /** Writes everything and manages API keys. */
    ADMIN;

    /** The role names {@code @RolesAllowed} takes: constants, because annotations cannot name an enum's values. */
    public static final class Names {
        public static final String EDITOR = "EDITOR";
        public static final String MINISTRY = "MINISTRY";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }

    public static Optional<Role> named(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
