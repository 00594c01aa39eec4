package id.kembar.actor;

import id.kembar.common.problem.Reference;
import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by every feature whose records refer to actors, so that deleting a referenced actor is a 409 that says
 * what refers to it, without the actor package knowing those features.
 */
public interface ActorReferences {

    /** The records of this feature that refer to the actor, or empty when there are none. */
    Optional<Reference> to(UUID actorId);
}
