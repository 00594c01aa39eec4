package id.kembar.milestone;

import id.kembar.actor.ActorKind;
import id.kembar.actor.ActorSummary;
import id.kembar.common.persistence.Criteria;
import id.kembar.common.persistence.ListParameter;
import id.kembar.common.persistence.Total;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.text.WordList;
import id.kembar.common.time.Years;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.SortFields;
import id.kembar.partnership.KeptCounts;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    /** {@code date} is the timeline order: when it happened, or else when it is due. */
    static final SortFields SORT = SortFields.of(
            "m",
            "date",
            "date",
            "m.timelineDate",
            "targetDate",
            "m.target.date",
            "occurrenceDate",
            "m.occurrence.date",
            "type",
            "m.type",
            "status",
            "m.status",
            "title",
            "m.titleKey",
            "createdAt",
            "m.createdAt",
            "updatedAt",
            "m.updatedAt");

    // what an actor's summary shows, after its name's sort key (the order of a milestone's actors, then their ids)
    private static final String ACTOR_COLUMNS = "a.nameKey, a.id, a.kind, a.name, a.country, a.regionCode";

    // rows of one value (a milestone's id or row) and then ACTOR_COLUMNS
    private static final Comparator<Object[]> BY_ACTOR_NAME =
            Comparator.comparing((Object[] r) -> (String) r[1]).thenComparing(r -> (UUID) r[2]);

    /** The milestone of this partnership, or a 404 (also when it belongs to another partnership). */
    Milestone require(UUID partnershipId, UUID id) {
        return find("id = ?1 and partnership.id = ?2", id, partnershipId)
                .firstResultOptional()
                .orElseThrow(() -> notFound(partnershipId, id));
    }

    /**
     * The milestone of this partnership as its representation shows it, its actors' summaries included, in one query
     * of values (a row per actor, none joined when it has none); or a 404.
     */
    MilestoneResponse requireShown(UUID partnershipId, UUID id) {
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select " + MilestoneRow.SELECT + ", " + ACTOR_COLUMNS
                                + " from Milestone m left join m.actors a where m.id = :id"
                                + " and fk(m.partnership) = :partnership",
                        Object[].class)
                .setParameter("id", id)
                .setParameter("partnership", partnershipId)
                .getResultList();
        if (rows.isEmpty()) {
            throw notFound(partnershipId, id);
        }
        List<ActorSummary> actors = rows.stream()
                .filter(r -> r[2] != null)
                .sorted(BY_ACTOR_NAME)
                .map(r -> actorSummary(r))
                .toList();
        return MilestoneMapper.toItem((MilestoneRow) rows.get(0)[0], actors);
    }

    private static ProblemException notFound(UUID partnershipId, UUID id) {
        return ProblemException.notFound("milestone in partnership " + partnershipId, id);
    }

    private final KeptCounts counts;

    MilestoneRepository(KeptCounts counts) {
        this.counts = counts;
    }

    /**
     * A page of milestones, as rows; the total from the kept counts when the filter asks for a scope and one kind at
     * most.
     */
    Page<MilestoneRow> search(UUID partnershipId, MilestoneFilter filter, PageRequest page) {
        Criteria criteria = new Criteria()
                .equal("fk(m.partnership)", partnershipId)
                .words(filter.q, WordList.MILESTONE, "m")
                .in("m.side", filter.side)
                .equal("m.sectorProgram.id", filter.sectorProgramId)
                .where("exists (select 1 from Milestone x join x.actors a where x = m and a.id = ?)", filter.actorId)
                .within("m.occurrence.date", filter.occurrenceDateFrom, filter.occurrenceDateTo)
                .since("m.updatedAt", filter.updatedSince);
        Total total = criteria.isEmpty() ? keptTotal(filter) : Total.counted();
        filter.scope
                .applyTo(criteria, "pn")
                .in("m.type", filter.type)
                .in("m.status", filter.status)
                .within(targetDate(filter), filter.targetDateFrom, filter.targetDateTo);
        // the partnership's scope columns, when a filter asks for its place (the item shows the ids of its
        // partnership and program, which the milestone's row holds)
        String joins = "left join m.partnership pn";
        // a single status pins the first column of the (status, timeline) index (V3), else a single type that of the
        // (type, timeline) index (V15)
        PageRequest ordered =
                page.pinnedFirst(single(filter.status) ? "m.status" : single(filter.type) ? "m.type" : null);
        if (page.isAscendingBy("date")) {
            criteria.inWordOrder();
        }
        return criteria.page(
                getEntityManager(),
                Milestone.class,
                "m",
                MilestoneRow.SELECT,
                MilestoneRow.class,
                joins,
                ordered,
                total);
    }

    /**
     * The summaries of these milestones' actors, in one query; each milestone's in the order its representation shows
     * them (by name's sort key, then id: {@link MilestoneMapper#toResponse}).
     */
    Map<UUID, List<ActorSummary>> actorsOf(Collection<UUID> milestoneIds) {
        Map<UUID, List<ActorSummary>> actors = new HashMap<>();
        if (milestoneIds.isEmpty()) {
            return actors;
        }
        ListParameter.query(
                        getEntityManager(),
                        "select m.id, " + ACTOR_COLUMNS + " from Milestone m join m.actors a where m.id in :ids",
                        Object[].class,
                        "ids",
                        milestoneIds)
                .getResultList()
                .stream()
                .sorted(BY_ACTOR_NAME)
                .forEach(r -> actors.computeIfAbsent((UUID) r[0], id -> new ArrayList<>())
                        .add(actorSummary(r)));
        return actors;
    }

    private static ActorSummary actorSummary(Object[] r) {
        return ActorSummary.of((UUID) r[2], (ActorKind) r[3], (String) r[4], (String) r[5], (String) r[6]);
    }

    private static boolean single(List<?> values) {
        return values != null && Set.copyOf(values).size() == 1;
    }

    /**
     * The target date, as the timeline date when no status asked for is {@code ACHIEVED}: only an achieved milestone
     * has an occurrence (the check {@code ck_milestone_occurrence_when_achieved}), so the others' place on the timeline
     * is their target, and the (status, timeline) index (V3) serves the range in the timeline's order.
     */
    private static String targetDate(MilestoneFilter filter) {
        boolean unachieved =
                filter.status != null && !filter.status.isEmpty() && !filter.status.contains(MilestoneStatus.ACHIEVED);
        return unachieved ? "m.timelineDate" : "m.target.date";
    }

    private Total keptTotal(MilestoneFilter filter) {
        boolean byType = filter.type != null && !filter.type.isEmpty();
        boolean byStatus = filter.status != null && !filter.status.isEmpty();
        if (filter.targetDateFrom != null || filter.targetDateTo != null) {
            return byType ? Total.counted() : keptDue(filter);
        }
        if (byType && byStatus) {
            return Total.counted();
        }
        return counts.sum(
                filter.scope,
                byType
                        ? KeptCounts.measures(KeptCounts.MILESTONE_TYPE, filter.type)
                        : byStatus
                                ? KeptCounts.measures(KeptCounts.MILESTONE_STATUS, filter.status)
                                : List.of(KeptCounts.MILESTONES));
    }

    /**
     * The milestones of the filter's statuses (any when none) with a target date in its range, when the range's
     * bounds are whole years: the tally counts them per status and year of the target date.
     */
    private Total keptDue(MilestoneFilter filter) {
        Optional<Years> years = Years.of(filter.targetDateFrom, filter.targetDateTo);
        if (years.isEmpty()) {
            return Total.counted();
        }
        Collection<MilestoneStatus> statuses = filter.status == null || filter.status.isEmpty()
                ? EnumSet.allOf(MilestoneStatus.class)
                : EnumSet.copyOf(filter.status);
        return counts.sum(
                filter.scope,
                statuses.stream()
                        .map(status -> new KeptCounts.Range(
                                KeptCounts.yearly(
                                        KeptCounts.MILESTONE_TARGET,
                                        status,
                                        years.get().first()),
                                KeptCounts.yearly(
                                        KeptCounts.MILESTONE_TARGET,
                                        status,
                                        years.get().last())))
                        .toList());
    }
}
