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

    static final SortFields SORT = SortFields.of(
            "p",
            "title",
            "title",
            "p.title",
            "type",
            "p.type",
            "stage",
            lifecycleOrder("p.stage"),
            "localGovernment",
            "lg.name",
            "partner",
            "pa.name",
            "partnerCountry",
            "pa.country",
            "validFrom",
            "p.validFrom.date",
            "validUntil",
            "p.validUntil.date",
            "createdAt",
            "p.createdAt",
            "updatedAt",
            "p.updatedAt");

    /** The partnership, or a 404: also for the children's paths, {@code /partnerships/{id}/...}. */
    public Partnership require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("partnership", id));
    }

    /** The joins that {@link #criteria} conditions use: the partnership {@code p}, its two sides {@code lg} and {@code pa}. */
    /** The parties of the partnership {@code p}, under the aliases its filters use: {@code lg} and {@code pa}. */
    public static final String PARTIES = "join p.localGovernment lg join p.partner pa";

    private static final String JOINS = "join fetch p.localGovernment lg join fetch p.partner pa";

    private final PartnershipFindings findings;

    PartnershipRepository(PartnershipFindings findings) {
        this.findings = findings;
    }

    Page<Partnership> search(PartnershipFilter filter, PageRequest page) {
        return criteria(filter).page(getEntityManager(), Partnership.class, "p", JOINS, page);
    }

    /** The list's filters as conditions on {@code p}, {@code lg} and {@code pa}; statistics count with the same ones. */
    public Criteria criteria(PartnershipFilter filter) {
        Criteria criteria = filter.scope
                .applyTo(new Criteria(), "p")
                .text(filter.q, "p.title", "p.description", "p.objectives", "p.referenceNumber", "lg.name", "pa.name")
                .in("p.type", filter.type)
                .equal("lg.id", filter.localGovernmentId)
                .equal("pa.id", filter.partnerId)
                .within("p.validFrom.date", filter.validFromFrom, filter.validFromTo)
                .within("p.validUntil.date", filter.validUntilFrom, filter.validUntilTo)
                .in("p.stage", filter.stage)
                .since("p.updatedAt", filter.updatedSince);
        return filter.finding == null || filter.finding.isEmpty()
                ? criteria
                : findings.restrict(criteria, "p", filter.finding);
    }

    /** Sorting by stage follows the lifecycle (the order PartnershipStage declares), not the alphabet. */
    private static String lifecycleOrder(String path) {
        StringBuilder cases = new StringBuilder("case " + path);
        for (PartnershipStage stage : PartnershipStage.values()) {
            cases.append(" when ")
                    .append(PartnershipStage.class.getName())
                    .append('.')
                    .append(stage.name())
                    .append(" then ")
                    .append(stage.ordinal());
        }
        return cases.append(" end").toString();
    }

    /** The partnership already registered between these two sides with this type, other than {@code except}. */
    Optional<Partnership> findSame(UUID localGovernmentId, UUID partnerId, PartnershipType type, UUID except) {
        return find("localGovernment.id = ?1 and partner.id = ?2 and type = ?3", localGovernmentId, partnerId, type)
                .stream()
                .filter(p -> !p.id().equals(except))
                .findFirst();
    }
}
