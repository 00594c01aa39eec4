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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What caused a finding, for partnerships that have it: the records behind it and a message with the facts. One
 * query per finding code for any number of partnerships, with the record conditions of {@link FindingRules}.
 */
@ApplicationScoped
class FindingEvidence {

    private static final int NAMED = 5;

    private final FindingRules rules;
    private final ZoneId zone;
    private final EntityManager em;

    FindingEvidence(FindingRules rules, KembarConfig config, EntityManager em) {
        this.rules = rules;
        this.zone = config.timeZone();
        this.em = em;
    }

    /** The finding {@code code} of each of these partnerships (which have it on {@code day}). */
    Map<UUID, Finding> of(FindingCode code, Collection<UUID> partnershipIds, LocalDate day, Locale locale) {
        Map<UUID, Finding> findings = new LinkedHashMap<>();
        if (partnershipIds.isEmpty()) {
            return findings;
        }
        FindingMessages messages = new FindingMessages(locale);
        Parameters k = new Parameters(code);
        switch (code) {
            case STAGNANT ->
                lastAchieved(partnershipIds, day)
                        .forEach((id, last) -> findings.put(
                                id,
                                finding(
                                        code,
                                        last.id() == null
                                                ? messages.format(
                                                        "STAGNANT.undated", messages.days(days(last.date(), day)))
                                                : messages.format(
                                                        "STAGNANT.dated",
                                                        messages.days(days(last.date(), day)),
                                                        last.title(),
                                                        last.when()),
                                        last.id() == null ? List.of() : List.of(last.id()),
                                        null)));
            case OVERDUE_MILESTONE ->
                records(
                                "select m.partnership.id, m.id, m.title, m.target from Milestone m where "
                                        + "m.partnership.id in :ids and " + rules.overdue("m", day, k)
                                        + " order by m.target.date, m.id",
                                partnershipIds,
                                k)
                        .forEach((id, overdue) -> findings.put(
                                id,
                                finding(
                                        code,
                                        messages.format(code.name(), overdue.size(), named(overdue, true)),
                                        ids(overdue),
                                        null)));
            case NO_BUDGET, NO_LEAD_AGENCY ->
                records(
                                "select sp.partnership.id, sp.id, sp.title, sp.status from "
                                        + "SectorProgram sp where sp.partnership.id in :ids and "
                                        + (code == FindingCode.NO_BUDGET
                                                ? rules.withoutBudget("sp", k)
                                                : rules.withoutLeadAgency("sp", k))
                                        + " order by sp.title, sp.id",
                                partnershipIds,
                                k)
                        .forEach((id, programs) -> findings.put(
                                id,
                                finding(
                                        code,
                                        messages.format(code.name(), programs.size(), named(programs, false)),
                                        ids(programs),
                                        null)));
            case PROGRAMS_NOT_IMPLEMENTED ->
                notImplemented(partnershipIds, k).forEach((id, programs) -> {
                    Set<Obstacle> obstacles = new TreeSet<>();
                    programs.forEach(p -> obstacles.addAll(p.obstacles()));
                    findings.put(
                            id,
                            finding(
                                    code,
                                    messages.format(code.name(), programs.size(), named(programs, true)),
                                    ids(programs),
                                    List.copyOf(obstacles)));
                });
            case ONE_SIDED ->
                sidedActivities(partnershipIds, day).forEach((id, activities) -> {
                    long local = activities.stream()
                            .filter(a -> a.side() == Side.LOCAL)
                            .count();
                    long partner = activities.stream()
                            .filter(a -> a.side() == Side.PARTNER)
                            .count();
                    double balance = (double) (local - partner) / activities.size();
                    findings.put(
                            id,
                            finding(
                                    code,
                                    messages.format(
                                            code.name(),
                                            Math.max(local, partner),
                                            activities.size(),
                                            messages.format("side." + (local >= partner ? Side.LOCAL : Side.PARTNER)),
                                            balance),
                                    activities.stream().map(SidedActivity::id).toList(),
                                    null));
                });
            case AGREEMENT_EXPIRING, AGREEMENT_EXPIRED ->
                agreementEnds(partnershipIds).forEach((id, until) -> {
                    long daysLeft = ChronoUnit.DAYS.between(day, until.lastDay());
                    findings.put(
                            id,
                            finding(
                                    code,
                                    code == FindingCode.AGREEMENT_EXPIRING
                                            ? messages.format(
                                                    code.name(), until.lastDay(), until, messages.in(daysLeft))
                                            : messages.format(code.name(), until.lastDay(), messages.days(-daysLeft)),
                                    List.of(id),
                                    null));
                });
            case NO_AGREEMENT_YET ->
                firstLetterOfIntent(partnershipIds)
                        .forEach((id, loi) -> findings.put(
                                id,
                                finding(
                                        code,
                                        messages.format(code.name(), messages.days(days(loi.date(), day)), loi.when()),
                                        List.of(loi.id()),
                                        null)));
        }
        return findings;
    }

    private static Finding finding(FindingCode code, String message, List<UUID> recordIds, List<Obstacle> obstacles) {
        return new Finding(code, FindingRules.SEVERITY.get(code), message, recordIds, obstacles);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** A record behind a finding: its id, title, a date or status to show, and a program's obstacles. */
    private record Evidence(UUID id, String title, Object detail, List<Obstacle> obstacles) {}

    private Map<UUID, List<Evidence>> records(String hql, Collection<UUID> partnershipIds, Parameters k) {
        var query = em.createQuery(hql, Object[].class).setParameter("ids", partnershipIds);
        k.values().forEach(query::setParameter);
        Map<UUID, List<Evidence>> found = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            found.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                    .add(new Evidence((UUID) row[1], (String) row[2], row[3], List.of()));
        }
        return found;
    }

    private Map<UUID, List<Evidence>> notImplemented(Collection<UUID> partnershipIds, Parameters k) {
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

    /** "title (detail)" for the first few records, then how many more. */
    private static String named(List<Evidence> records, boolean withDetail) {
        List<String> names = new ArrayList<>();
        for (Evidence record : records.subList(0, Math.min(NAMED, records.size()))) {
            String detail = record.obstacles().isEmpty()
                    ? String.valueOf(record.detail())
                    : record.detail() + ": "
                            + String.join(
                                    ", ",
                                    record.obstacles().stream().map(Enum::name).toList());
            names.add("\"" + record.title() + "\"" + (withDetail ? " (" + detail + ")" : ""));
        }
        if (records.size() > NAMED) {
            names.add("+" + (records.size() - NAMED));
        }
        return String.join(", ", names);
    }

    private static List<UUID> ids(List<Evidence> records) {
        return records.stream().map(Evidence::id).toList();
    }

    /** The last dated achieved milestone, or (id null) the day the partnership was registered. */
    private record LastActivity(UUID id, String title, LocalDate date, PartialDate when) {}

    private Map<UUID, LastActivity> lastAchieved(Collection<UUID> partnershipIds, LocalDate day) {
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

    private record SidedActivity(UUID id, Side side) {}

    private Map<UUID, List<SidedActivity>> sidedActivities(Collection<UUID> partnershipIds, LocalDate day) {
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

    private Map<UUID, PartialDate> agreementEnds(Collection<UUID> partnershipIds) {
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

    private Map<UUID, LastActivity> firstLetterOfIntent(Collection<UUID> partnershipIds) {
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
