package id.kembar.program;

import id.kembar.common.persistence.Criteria;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.SortFields;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class SectorProgramRepository implements PanacheRepositoryBase<SectorProgram, UUID> {

    static final SortFields SORT = SortFields.of(
            "sp",
            "title",
            "title",
            "sp.title",
            "sector",
            "sp.sector",
            "status",
            "sp.status",
            "startDate",
            "sp.startDate.date",
            "endDate",
            "sp.endDate.date",
            "createdAt",
            "sp.createdAt",
            "updatedAt",
            "sp.updatedAt");

    /** The program of this partnership, or a 404 (also when it belongs to another partnership). */
    SectorProgram require(UUID partnershipId, UUID id) {
        return find("id = ?1 and partnership.id = ?2", id, partnershipId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("sector program in partnership " + partnershipId, id));
    }

    Page<SectorProgram> search(UUID partnershipId, ProgramFilter filter, PageRequest page) {
        Criteria criteria = filter.scope
                .applyTo(new Criteria(), "pn")
                .equal("fk(sp.partnership)", partnershipId)
                .text(filter.q, "sp.title", "sp.description", "sp.obstacleNote", "sp.outcomes")
                .in("sp.sector", filter.sector)
                .in("sp.status", filter.status)
                .equal("sp.leadAgency.id", filter.leadAgencyId)
                .where(
                        "exists (select 1 from SectorProgram x join x.obstacles o where x = sp and o in ?)",
                        filter.obstacle == null || filter.obstacle.isEmpty() ? null : filter.obstacle)
                .in("sp.side", filter.side)
                .within("sp.startDate.date", filter.startDateFrom, filter.startDateTo)
                .within("sp.endDate.date", filter.endDateFrom, filter.endDateTo)
                .since("sp.updatedAt", filter.updatedSince);
        if (filter.hasBudget != null) {
            criteria.where(filter.hasBudget ? "sp.budgetAmount is not null" : "sp.budgetAmount is null");
        }
        if (filter.hasLeadAgency != null) {
            criteria.where(filter.hasLeadAgency ? "sp.leadAgency is not null" : "sp.leadAgency is null");
        }
        return criteria.page(
                getEntityManager(),
                SectorProgram.class,
                "sp",
                "left join fetch sp.partnership pn left join fetch sp.leadAgency",
                // a single status pins the first column of the (status, title) index (V3)
                filter.status != null && Set.copyOf(filter.status).size() == 1 ? page.pinnedFirst("sp.status") : page);
    }
}
