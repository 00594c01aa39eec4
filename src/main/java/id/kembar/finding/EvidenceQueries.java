package id.kembar.finding;

import id.kembar.common.KembarConfig;
import id.kembar.common.time.PartialDate;
import id.kembar.finding.FindingRules.Parameters;
import id.kembar.milestone.MilestoneStatus;
import id.kembar.milestone.MilestoneType;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.Side;
import id.kembar.program.Obstacle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The records behind findings, fetched for many partnerships at once: one query per kind of record. */
@ApplicationScoped
class EvidenceQueries {

    private final FindingRules rules;
    private final ZoneId zone;
    private final EntityManager em;

    EvidenceQueries(FindingRules rules, KembarConfig config, EntityManager em) {
        this.rules = rules;
        this.zone = config.timeZone();
        this.em = em;
    }

    /** A record behind a finding: its id, title, a date or status to show, and a program's obstacles. */
    record Evidence(UUID id, String title, Object detail, List<Obstacle> obstacles) {}

    /** The rows of {@code hql}, which names the partnerships {@code :ids} and binds its other parameters in k. */
    private List<Object[]> rows(String hql, Collection<UUID> partnershipIds) {
        return em.createQuery(hql, Object[].class)
                .setParameter("ids", partnershipIds)
                .getResultList();
    }

    private List<Object[]> rows(String hql, Collection<UUID> partnershipIds, Parameters k) {
        var query = em.createQuery(hql, Object[].class).setParameter("ids", partnershipIds);
        k.values().forEach(query::setParameter);
        return query.getResultList();
    }

    Map<UUID, List<Evidence>> records(String hql, Collection<UUID> partnershipIds, Parameters k) {
        Map<UUID, List<Evidence>> found = new LinkedHashMap<>();
        for (Object[] row : rows(hql, partnershipIds, k)) {
            found.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                    .add(new Evidence((UUID) row[1], (String) row[2], row[3], List.of()));
        }
        return found;
    }

    Map<UUID, List<Evidence>> notImplemented(Collection<UUID> partnershipIds, Parameters k) {
        String hql = "select sp.partnership.id, sp.id, sp.title, sp.status, o from SectorProgram sp "
                + "left join sp.obstacles o where sp.partnership.id in :ids and " + rules.notImplemented("sp", k)
                + " order by sp.title, sp.id";
        Map<UUID, Map<UUID, Evidence>> found = new LinkedHashMap<>();
        for (Object[] row : rows(hql, partnershipIds, k)) {
            Evidence program = found.computeIfAbsent((UUID) row[0], id -> new LinkedHashMap<>())
                    .computeIfAbsent((UUID) row[1], id -> new Evidence(id, (String) row[2], row[3], new ArrayList<>()));
            if (row[4] != null) {
                program.obstacles().add((Obstacle) row[4]);
            }
        }
        Map<UUID, List<Evidence>> programs = new LinkedHashMap<>();
        found.forEach((id, byProgram) -> programs.put(id, List.copyOf(byProgram.values())));
        return programs;
    }

    /** The last dated achieved milestone, or (id null) the day the partnership was registered. */
    record LastActivity(UUID id, String title, LocalDate date, PartialDate when) {}

    Map<UUID, LastActivity> lastAchieved(Collection<UUID> partnershipIds, LocalDate day) {
        Parameters k = new Parameters(FindingCode.STAGNANT);
        Map<UUID, LastActivity> last = new HashMap<>();
        rows(
                        "select m.partnership.id, m.id, m.title, m.occurrence from Milestone m where m.partnership.id "
                                + "in :ids and " + rules.achievedBy("m", day, k)
                                + " order by m.occurrence.date desc, m.createdAt desc, m.id desc",
                        partnershipIds,
                        k)
                .forEach(row -> last.putIfAbsent((UUID) row[0], milestone(row)));
        Map<UUID, LastActivity> result = new LinkedHashMap<>();
        rows("select p.id, p.createdAt from Partnership p where p.id in :ids", partnershipIds)
                // the day it was registered where "today" is taken, as the rule counts it, not the UTC day
                .forEach(row -> result.put(
                        (UUID) row[0],
                        last.getOrDefault(
                                (UUID) row[0],
                                new LastActivity(
                                        null,
                                        null,
                                        ((OffsetDateTime) row[1])
                                                .atZoneSameInstant(zone)
                                                .toLocalDate(),
                                        null))));
        return result;
    }

    /** A dated milestone from a row of partnership id, id, title and occurrence. */
    private static LastActivity milestone(Object[] row) {
        PartialDate when = (PartialDate) row[3];
        return new LastActivity((UUID) row[1], (String) row[2], when.firstDay(), when);
    }

    record SidedActivity(UUID id, Side side) {}

    Map<UUID, List<SidedActivity>> sidedActivities(Collection<UUID> partnershipIds, LocalDate day) {
        Parameters programs = new Parameters(FindingCode.ONE_SIDED);
        Parameters milestones = new Parameters(FindingCode.ONE_SIDED);
        List<Object[]> rows = new ArrayList<>(rows(
                "select sp.partnership.id, sp.id, sp.side from SectorProgram sp where sp.partnership.id in :ids and "
                        + rules.activityProgram("sp", programs) + " and sp.side is not null order by sp.id",
                partnershipIds,
                programs));
        rows.addAll(rows(
                "select m.partnership.id, m.id, m.side from Milestone m where m.partnership.id in :ids and "
                        + rules.activityMilestone("m", day, milestones) + " and m.side is not null order by m.id",
                partnershipIds,
                milestones));
        Map<UUID, List<SidedActivity>> found = new LinkedHashMap<>();
        rows.forEach(row -> found.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                .add(new SidedActivity((UUID) row[1], (Side) row[2])));
        return found;
    }

    Map<UUID, PartialDate> agreementEnds(Collection<UUID> partnershipIds) {
        Map<UUID, PartialDate> ends = new LinkedHashMap<>();
        rows(
                        "select p.id, p.validUntil from Partnership p where p.id in :ids and p.validUntil.date is not "
                                + "null",
                        partnershipIds)
                .forEach(row -> ends.put((UUID) row[0], (PartialDate) row[1]));
        return ends;
    }

    Map<UUID, LastActivity> firstLetterOfIntent(Collection<UUID> partnershipIds) {
        Parameters k = new Parameters(FindingCode.NO_AGREEMENT_YET);
        Map<UUID, LastActivity> first = new LinkedHashMap<>();
        rows(
                        "select m.partnership.id, m.id, m.title, m.occurrence from Milestone m where m.partnership.id "
                                + "in :ids and m.status = " + k.bind("achieved", MilestoneStatus.ACHIEVED)
                                + " and m.type = " + k.bind("loi", MilestoneType.LETTER_OF_INTENT)
                                + " and m.occurrence.date is not null order by m.occurrence.date, m.createdAt, m.id",
                        partnershipIds,
                        k)
                .forEach(row -> first.putIfAbsent((UUID) row[0], milestone(row)));
        return first;
    }
}
