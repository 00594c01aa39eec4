package id.kembar.partnership;

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
public class PartnershipRepository implements PanacheRepositoryBase<Partnership, UUID> {

    static final SortFields SORT = SortFields.of("p", "title",
            "title", "p.title", "type", "p.type", "localGovernment", "lg.name", "partner", "pa.name",
            "partnerCountry", "pa.country", "validFrom", "p.validFrom.date", "validUntil", "p.validUntil.date",
            "createdAt", "p.createdAt", "updatedAt", "p.updatedAt");

    /** The partnership, or a 404: also for the children's paths, {@code /partnerships/{id}/...}. */
    public Partnership require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("partnership", id));
    }

    Page<Partnership> search(PartnershipFilter filter, PageRequest page) {
        return filter.scope.applyTo(new Criteria(), "p")
                .text(filter.q, "p.title", "p.description", "p.objectives", "p.referenceNumber", "lg.name", "pa.name")
                .in("p.type", filter.type)
                .equal("lg.id", filter.localGovernmentId)
                .equal("pa.id", filter.partnerId)
                .within("p.validFrom.date", filter.validFromFrom, filter.validFromTo)
                .within("p.validUntil.date", filter.validUntilFrom, filter.validUntilTo)
                .since("p.updatedAt", filter.updatedSince)
                .page(getEntityManager(), Partnership.class, "p",
                        "join fetch p.localGovernment lg join fetch p.partner pa", page);
    }

    /** The partnership already registered between these two sides with this type, other than {@code except}. */
    Optional<Partnership> findSame(UUID localGovernmentId, UUID partnerId, PartnershipType type, UUID except) {
        return find("localGovernment.id = ?1 and partner.id = ?2 and type = ?3", localGovernmentId, partnerId, type)
                .stream().filter(p -> !p.id().equals(except)).findFirst();
    }
}
