package id.kembar.partnership;

import id.kembar.actor.ActorReferences;
import id.kembar.common.persistence.ReferenceQuery;
import id.kembar.common.problem.Reference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PartnershipActorReferences implements ActorReferences {

    private final EntityManager em;

    PartnershipActorReferences(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Reference> to(UUID actorId) {
        return ReferenceQuery.find(
                em, "partnerships", "Partnership p", "p.localGovernment.id = :id or p.partner.id = :id", actorId);
    }
}
