package id.kembar.participant;

import id.kembar.actor.ActorReferences;
import id.kembar.common.persistence.ReferenceQuery;
import id.kembar.common.problem.Reference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ParticipantActorReferences implements ActorReferences {

    private final EntityManager em;

    ParticipantActorReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Reference> to(UUID actorId) {
        return ReferenceQuery.find(em, "participants", "Participant pt", "pt.actor.id = :id", actorId);
    }
}
