package id.kembar.finding;

import id.kembar.common.KembarConfig;
import id.kembar.common.time.PartialDate;
import id.kembar.finding.FindingRules.Parameters;
import id.kembar.milestone.MilestoneStatus;
import id.kembar.milestone.MilestoneType;
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

    Map<UUID, List<Evidence>> records(String hql, Collection<UUID> partnershipIds, Parameters k) {
        var query = em.createQuery(hql, Object[].class).setParameter("ids", partnershipIds);
        k.values().forEach(query::setParameter);
        Map<UUID, List<Evidence>> found = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            found.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                    .add(new Evidence((UUID) row[1], (String) row[2], row[3], List.of()));
        }
        return found;
    }

    Map<UUID, List<Evidence>> notImplemented(Collection<UUID> partnershipIds, Parameters k) {
        var query = em.createQuery(
                        "select sp.partnership.id, sp.id, sp.title, sp.status, o from SectorProgram sp "
                                + "left join sp.obstacles o where sp.partnership.id in :ids and "
                                + rules.notImplemented("sp", k)
                                + " order by sp.title, sp.id",
                        Object[].class)
                .setParameter("ids", partnershipIds);
        k.values().forEach(query::setParameter);
        Map<UUID, Map<UUID, Evidence>> found = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
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
        Map<UUID, LastActivity> last = new HashMap<>();
        em.createQuery(
                        "select m.partnership.id, m.id, m.title, m.occurrence from Milestone m where m.partnership.id "
                                + "in :ids and m.status = :achieved and m.occurrence.date <= :day "
                                + "order by m.occurrence.date desc, m.createdAt desc, m.id desc",
                        Object[].class)
                .setParameter("ids", partnershipIds)
                .setParameter("achieved", MilestoneStatus.ACHIEVED)
                .setParameter("day", day)
                .getResultList()
                .forEach(row -> last.putIfAbsent(
                        (UUID) row[0],
                        new LastActivity(
                                (UUID) row[1], (String) row[2], ((PartialDate) row[3]).firstDay(), (PartialDate)
                                        row[3])));
        Map<UUID, LastActivity> result = new LinkedHashMap<>();
        em.createQuery("select p.id, p.createdAt from Partnership p where p.id in :ids", Object[].class)
                .setParameter("ids", partnershipIds)
                .getResultList()
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

    record SidedActivity(UUID id, Side side) {}

    Map<UUID, List<SidedActivity>> sidedActivities(Collection<UUID> partnershipIds, LocalDate day) {
        Map<UUID, List<SidedActivity>> found = new LinkedHashMap<>();
        em.createQuery(
                        "select sp.partnership.id, sp.id, sp.side from SectorProgram sp where sp.partnership.id in :ids"
                                + " and sp.status in :implemented and sp.side is not null order by sp.id",
                        Object[].class)
                .setParameter("ids", partnershipIds)
                .setParameter("implemented", FindingRules.IMPLEMENTED)
                .getResultList()
                .forEach(row -> found.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                        .add(new SidedActivity((UUID) row[1], (Side) row[2])));
        em.createQuery(
                        "select m.partnership.id, m.id, m.side from Milestone m where m.partnership.id in :ids and "
                                + "m.status = :achieved and m.type in :activities and m.side is not null and "
                                + "(m.occurrence.date is null or m.occurrence.date <= :day) order by m.id",
                        Object[].class)
                .setParameter("ids", partnershipIds)
                .setParameter("achieved", MilestoneStatus.ACHIEVED)
                .setParameter("activities", FindingRules.ACTIVITIES)
                .setParameter("day", day)
                .getResultList()
                .forEach(row -> found.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                        .add(new SidedActivity((UUID) row[1], (Side) row[2])));
        return found;
    }

    Map<UUID, PartialDate> agreementEnds(Collection<UUID> partnershipIds) {
        Map<UUID, PartialDate> ends = new LinkedHashMap<>();
        em.createQuery(
                        "select p.id, p.validUntil from Partnership p where p.id in :ids and p.validUntil.date is not "
                                + "null",
                        Object[].class)
                .setParameter("ids", partnershipIds)
                .getResultList()
                .forEach(row -> ends.put((UUID) row[0], (PartialDate) row[1]));
        return ends;
    }

    Map<UUID, LastActivity> firstLetterOfIntent(Collection<UUID> partnershipIds) {
        Map<UUID, LastActivity> first = new LinkedHashMap<>();
        em.createQuery(
                        "select m.partnership.id, m.id, m.title, m.occurrence from Milestone m where m.partnership.id "
                                + "in :ids and m.status = :achieved and m.type = :loi and m.occurrence.date is not null "
                                + "order by m.occurrence.date, m.createdAt, m.id",
                        Object[].class)
                .setParameter("ids", partnershipIds)
                .setParameter("achieved", MilestoneStatus.ACHIEVED)
                .setParameter("loi", MilestoneType.LETTER_OF_INTENT)
                .getResultList()
                .forEach(row -> first.putIfAbsent(
                        (UUID) row[0],
                        new LastActivity(
                                (UUID) row[1], (String) row[2], ((PartialDate) row[3]).firstDay(), (PartialDate)
                                        row[3])));
        return first;
    }
}
