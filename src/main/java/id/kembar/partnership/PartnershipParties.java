package id.kembar.partnership;

import id.kembar.actor.ActorChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;

/**
 * A partnership shows its two sides and is filtered, sorted and counted by their names, region and country: when an
 * actor changes, the partnerships it is a side of take the change, in the actor's transaction, with a new version.
 */
@ApplicationScoped
class PartnershipParties {

    private final PartnershipRepository partnerships;
    private final DerivedValues derived;

    PartnershipParties(PartnershipRepository partnerships, DerivedValues derived) {
        this.partnerships = partnerships;
        this.derived = derived;
    }

    void follow(@Observes ActorChanged change) {
        List<UUID> ids = partnerships
                .getEntityManager()
                .createQuery(
                        "select p.id from Partnership p where p.localGovernment.id = :actor or p.partner.id = :actor",
                        UUID.class)
                .setParameter("actor", change.actorId())
                .getResultList();
        List<Partnership> sides = partnerships.lockAll(ids);
        sides.forEach(Partnership::partiesChanged);
        derived.update(sides);
    }
}
