package id.kembar.participant;

import id.kembar.common.persistence.Criteria;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.SortFields;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    static final SortFields SORT = SortFields.of(
            "pt",
            "role,actor",
            "role",
            "pt.role",
            "actor",
            "ac.nameKey",
            "createdAt",
            "pt.createdAt",
            "updatedAt",
            "pt.updatedAt");

    /** The participant of this partnership, or a 404 (also when it belongs to another partnership). */
    Participant require(UUID partnershipId, UUID id) {
        return find("id = ?1 and partnership.id = ?2", id, partnershipId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("participant in partnership " + partnershipId, id));
    }

    Page<Participant> search(UUID partnershipId, ParticipantFilter filter, PageRequest page) {
        return new Criteria()
                .equal("fk(pt.partnership)", partnershipId)
                .text(filter.q, "pt.note", "ac.name")
                .in("pt.role", filter.role)
                .equal("ac.id", filter.actorId)
                .since("pt.updatedAt", filter.updatedSince)
                .page(
                        getEntityManager(),
                        Participant.class,
                        "pt",
                        // the actor's summary; of the partnership the item shows the id, which the row holds
                        "left join fetch pt.actor ac",
                        page);
    }

    Optional<Participant> findSame(UUID partnershipId, UUID actorId, ParticipantRole role, UUID except) {
        return find("partnership.id = ?1 and actor.id = ?2 and role = ?3", partnershipId, actorId, role).stream()
                .filter(p -> !p.id().equals(except))
                .findFirst();
    }
}
