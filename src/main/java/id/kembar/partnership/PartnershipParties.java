package id.kembar.partnership;

import id.kembar.actor.ActorChanged;
import id.kembar.common.text.WordCounts;
import id.kembar.history.AuditTrail;
import id.kembar.history.Change;
import id.kembar.history.FieldChange;
import id.kembar.history.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
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
    private final AuditTrail trail;
    private final WordCounts words;

    PartnershipParties(PartnershipRepository partnerships, DerivedValues derived, AuditTrail trail, WordCounts words) {
        this.partnerships = partnerships;
        this.derived = derived;
        this.trail = trail;
        this.words = words;
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
        words.count(sides);
        derived.update(sides);
        // each shows the actor as a new version, a change of its own that follows from the actor's
        for (Partnership partnership : sides) {
            List<FieldChange> fields = new ArrayList<>();
            if (partnership.localGovernment().id().equals(change.actorId())) {
                fields.add(trail.field("localGovernment", change.before(), change.after()));
            }
            if (partnership.partner().id().equals(change.actorId())) {
                fields.add(trail.field("partner", change.before(), change.after()));
            }
            trail.record(Change.followed(ResourceType.PARTNERSHIP, partnership.id(), partnership.version(), fields)
                    .in(partnership.id(), partnership.localRegionCode())
                    .movedFrom(
                            change.before().regionCode() != null
                                            && partnership
                                                    .localGovernment()
                                                    .id()
                                                    .equals(change.actorId())
                                    ? change.before().regionCode()
                                    : partnership.localRegionCode()));
        }
    }
}
