package id.kembar.finding;

import id.kembar.common.persistence.ListParameter;
import id.kembar.common.time.PartialDate;
import id.kembar.milestone.MilestoneStatus;
import id.kembar.milestone.MilestoneType;
import id.kembar.partnership.PartnershipType;
import id.kembar.partnership.Side;
import id.kembar.program.Obstacle;
import id.kembar.program.ProgramStatus;
import id.kembar.program.Sector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the rules read of partnerships and their children, for any number of partnerships in three queries (two when
 * a write has them loaded already): the rules are applied in Java to these records, whether to keep a partnership's
 * values, to assess it as of a day or to show the evidence of its findings.
 */
@ApplicationScoped
public class Records {

    /** A partnership with what its rules and counts read. */
    public record Partnership(
            UUID id,
            String title,
            PartnershipType type,
            OffsetDateTime registered,
            PartialDate validFrom,
            PartialDate validUntil,
            String localRegionCode,
            String localProvince,
            String partnerCountry,
            List<Milestone> milestones,
            List<Program> programs) {}

    public record Milestone(
            UUID id,
            MilestoneType type,
            String title,
            MilestoneStatus status,
            PartialDate occurrence,
            PartialDate target,
            Side side,
            OffsetDateTime recorded) {}

    public record Program(
            UUID id,
            String title,
            Sector sector,
            ProgramStatus status,
            Side side,
            boolean budgeted,
            boolean led,
            Set<Obstacle> obstacles,
            Place place) {}

    /** Where a program's copies say its partnership is (local region, province, partner's country). */
    public record Place(String localRegionCode, String localProvince, String partnerCountry) {

        static Place of(Partnership p) {
            return new Place(p.localRegionCode(), p.localProvince(), p.partnerCountry());
        }
    }

    private final EntityManager em;

    Records(EntityManager em) {
        this.em = em;
    }

    /** The partnerships with these ids that exist, each with all its milestones and programs. */
    Map<UUID, Partnership> of(Collection<UUID> partnershipIds) {
        if (partnershipIds.isEmpty()) {
            return new LinkedHashMap<>();
        }
        return of(ListParameter.query(
                        em,
                        "select p from Partnership p where p.id in :ids",
                        id.kembar.partnership.Partnership.class,
                        "ids",
                        partnershipIds)
                .getResultList());
    }

    /** These partnerships (loaded, as a write has them) with all their milestones and programs. */
    Map<UUID, Partnership> of(List<id.kembar.partnership.Partnership> partnerships) {
        Children children = childrenOf(partnerships.stream().map(p -> p.id()).toList());
        Map<UUID, Partnership> found = new LinkedHashMap<>();
        for (id.kembar.partnership.Partnership p : partnerships) {
            found.put(
                    p.id(),
                    new Partnership(
                            p.id(),
                            p.title(),
                            p.type(),
                            p.createdAt(),
                            p.validFrom(),
                            p.validUntil(),
                            p.localRegionCode(),
                            p.localProvince(),
                            p.partnerCountry(),
                            children.milestones().getOrDefault(p.id(), List.of()),
                            children.programs().getOrDefault(p.id(), List.of())));
        }
        return found;
    }

    private record Children(Map<UUID, List<Milestone>> milestones, Map<UUID, List<Program>> programs) {}

    // two queries whatever the number of partnerships: their milestones, and their programs with their obstacles
    private Children childrenOf(Collection<UUID> partnershipIds) {
        Map<UUID, List<Milestone>> milestones = new HashMap<>();
        rows(
                        "select m.partnership.id, m.id, m.type, m.title, m.status, m.occurrence, m.target, m.side, "
                                + "m.createdAt from Milestone m where m.partnership.id in :ids",
                        partnershipIds)
                .forEach(r -> milestones
                        .computeIfAbsent((UUID) r[0], id -> new ArrayList<>())
                        .add(new Milestone(
                                (UUID) r[1],
                                (MilestoneType) r[2],
                                (String) r[3],
                                (MilestoneStatus) r[4],
                                (PartialDate) r[5],
                                (PartialDate) r[6],
                                (Side) r[7],
                                (OffsetDateTime) r[8])));
        // a row per obstacle (or one without): the program's rows are gathered by its id, in the order they come
        Map<UUID, Object[]> programRows = new LinkedHashMap<>();
        Map<UUID, Set<Obstacle>> obstacles = new HashMap<>();
        rows(
                        "select sp.partnership.id, sp.id, sp.title, sp.sector, sp.status, sp.side, "
                                + "sp.budgetAmount is not null, sp.leadAgency.id is not null, o, sp.localRegionCode, "
                                + "sp.localProvince, sp.partnerCountry from SectorProgram sp "
                                + "left join sp.obstacles o where sp.partnership.id in :ids",
                        partnershipIds)
                .forEach(r -> {
                    programRows.putIfAbsent((UUID) r[1], r);
                    Set<Obstacle> of = obstacles.computeIfAbsent((UUID) r[1], id -> EnumSet.noneOf(Obstacle.class));
                    if (r[8] != null) {
                        of.add((Obstacle) r[8]);
                    }
                });
        Map<UUID, List<Program>> programs = new HashMap<>();
        programRows.forEach((id, r) -> programs.computeIfAbsent((UUID) r[0], p -> new ArrayList<>())
                .add(new Program(
                        id,
                        (String) r[2],
                        (Sector) r[3],
                        (ProgramStatus) r[4],
                        (Side) r[5],
                        (Boolean) r[6],
                        (Boolean) r[7],
                        obstacles.get(id),
                        new Place((String) r[9], (String) r[10], (String) r[11]))));
        return new Children(milestones, programs);
    }

    private List<Object[]> rows(String hql, Collection<UUID> partnershipIds) {
        return ListParameter.query(em, hql, Object[].class, "ids", partnershipIds)
                .getResultList();
    }
}
