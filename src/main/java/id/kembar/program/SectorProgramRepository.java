package id.kembar.program;

import id.kembar.common.persistence.Criteria;
import id.kembar.common.persistence.ListParameter;
import id.kembar.common.persistence.Total;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.text.WordList;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.SortFields;
import id.kembar.partnership.KeptCounts;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class SectorProgramRepository implements PanacheRepositoryBase<SectorProgram, UUID> {

    static final SortFields SORT = SortFields.of(
            "sp",
            "title",
            "title",
            "sp.titleKey",
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
                .orElseThrow(() -> notFound(partnershipId, id));
    }

    /**
     * The program of this partnership as its representation shows it, its lead agency's summary and its obstacles
     * included, in one query of values (a row per obstacle, none joined when it has none); or a 404.
     */
    SectorProgramResponse requireShown(UUID partnershipId, UUID id) {
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select " + SectorProgramRow.SELECT + ", o from SectorProgram sp " + SectorProgramRow.JOINS
                                + " left join sp.obstacles o where sp.id = :id and fk(sp.partnership) = :partnership",
                        Object[].class)
                .setParameter("id", id)
                .setParameter("partnership", partnershipId)
                .getResultList();
        if (rows.isEmpty()) {
            throw notFound(partnershipId, id);
        }
        Set<Obstacle> obstacles = EnumSet.noneOf(Obstacle.class);
        rows.stream().map(r -> (Obstacle) r[1]).filter(Objects::nonNull).forEach(obstacles::add);
        return SectorProgramMapper.toItem((SectorProgramRow) rows.get(0)[0], List.copyOf(obstacles));
    }

    private static ProblemException notFound(UUID partnershipId, UUID id) {
        return ProblemException.notFound("sector program in partnership " + partnershipId, id);
    }

    private final KeptCounts counts;

    SectorProgramRepository(KeptCounts counts) {
        this.counts = counts;
    }

    /**
     * A page of programs; the total from the kept counts when the filter asks for a scope and one kind at most
     * (sectors, statuses, one obstacle, or no budget or no lead agency).
     */
    Page<SectorProgramRow> search(UUID partnershipId, ProgramFilter filter, PageRequest page) {
        Criteria criteria = new Criteria()
                .equal("fk(sp.partnership)", partnershipId)
                .words(filter.q, WordList.SECTOR_PROGRAM, "sp")
                .equal("sp.leadAgency.id", filter.leadAgencyId)
                .in("sp.side", filter.side)
                .within("sp.startDate.date", filter.startDateFrom, filter.startDateTo)
                .within("sp.endDate.date", filter.endDateFrom, filter.endDateTo)
                .since("sp.updatedAt", filter.updatedSince);
        if (Boolean.TRUE.equals(filter.hasBudget)) {
            criteria.where("sp.budgetAmount is not null");
        }
        if (Boolean.TRUE.equals(filter.hasLeadAgency)) {
            criteria.where("sp.leadAgency is not null");
        }
        Total total = criteria.isEmpty() ? keptTotal(filter) : Total.counted();
        filter.scope
                .applyTo(criteria, "sp")
                .in("sp.sector", filter.sector)
                .in("sp.status", filter.status)
                .where(
                        "exists (select 1 from SectorProgram x join x.obstacles o where x = sp and o in ?)",
                        filter.obstacle == null || filter.obstacle.isEmpty() ? null : filter.obstacle);
        if (Boolean.FALSE.equals(filter.hasBudget)) {
            criteria.where("sp.budgetAmount is null");
        }
        if (Boolean.FALSE.equals(filter.hasLeadAgency)) {
            criteria.where("sp.leadAgency is null");
        }
        // the lead agency's summary; of its partnership the item shows the id, which the program's row holds
        String joins = SectorProgramRow.JOINS;
        // a single status pins the first column of the (status, title) index (V3), a region or country that of theirs
        PageRequest ordered = filter.status != null && Set.copyOf(filter.status).size() == 1
                ? page.pinnedFirst("sp.status")
                : page.pinnedFirst(filter.scope.pinned("sp"));
        if (page.isAscendingBy("title")) {
            criteria.inWordOrder();
        }
        return criteria.page(
                getEntityManager(),
                SectorProgram.class,
                "sp",
                SectorProgramRow.SELECT,
                SectorProgramRow.class,
                joins,
                ordered,
                total);
    }

    /** The obstacles of these programs, in one query; each program's in the order of the codes (an EnumSet's). */
    Map<UUID, Set<Obstacle>> obstaclesOf(Collection<UUID> programIds) {
        Map<UUID, Set<Obstacle>> obstacles = new HashMap<>();
        if (programIds.isEmpty()) {
            return obstacles;
        }
        ListParameter.query(
                        getEntityManager(),
                        "select sp.id, o from SectorProgram sp join sp.obstacles o where sp.id in :ids",
                        Object[].class,
                        "ids",
                        programIds)
                .getResultList()
                .forEach(r -> obstacles
                        .computeIfAbsent((UUID) r[0], id -> EnumSet.noneOf(Obstacle.class))
                        .add((Obstacle) r[1]));
        return obstacles;
    }

    /** Of the filters the kept counts hold, one dimension at most; programs meeting two obstacles count once. */
    private Total keptTotal(ProgramFilter filter) {
        List<List<String>> dimensions = new ArrayList<>();
        if (filter.sector != null && !filter.sector.isEmpty()) {
            dimensions.add(KeptCounts.measures(KeptCounts.SECTOR, filter.sector));
        }
        if (filter.status != null && !filter.status.isEmpty()) {
            dimensions.add(KeptCounts.measures(KeptCounts.PROGRAM_STATUS, filter.status));
        }
        if (filter.obstacle != null && !filter.obstacle.isEmpty()) {
            if (Set.copyOf(filter.obstacle).size() > 1) {
                return Total.counted();
            }
            dimensions.add(KeptCounts.measures(KeptCounts.OBSTACLE, filter.obstacle));
        }
        if (Boolean.FALSE.equals(filter.hasBudget)) {
            dimensions.add(List.of(KeptCounts.PROGRAMS_WITHOUT_BUDGET));
        }
        if (Boolean.FALSE.equals(filter.hasLeadAgency)) {
            dimensions.add(List.of(KeptCounts.PROGRAMS_WITHOUT_LEAD));
        }
        if (dimensions.size() > 1) {
            return Total.counted();
        }
        return counts.sum(filter.scope, dimensions.isEmpty() ? List.of(KeptCounts.PROGRAMS) : dimensions.get(0));
    }
}
