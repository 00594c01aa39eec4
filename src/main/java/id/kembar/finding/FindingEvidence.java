package id.kembar.finding;

import id.kembar.finding.FindingRules.Parameters;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.Side;
import id.kembar.program.Obstacle;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What caused a finding, for partnerships that have it: the records behind it and a message with the facts. At most
 * two queries per finding code for any number of partnerships ({@link EvidenceQueries}), with the record conditions
 * of {@link FindingRules}.
 */
@ApplicationScoped
class FindingEvidence {

    private static final int NAMED = 5;

    private final FindingRules rules;
    private final EvidenceQueries queries;

    FindingEvidence(FindingRules rules, EvidenceQueries queries) {
        this.rules = rules;
        this.queries = queries;
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
                queries.lastAchieved(partnershipIds, day)
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
                queries.records(
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
                queries.records(
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
                queries.notImplemented(partnershipIds, k).forEach((id, programs) -> {
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
                queries.sidedActivities(partnershipIds, day).forEach((id, activities) -> {
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
                                    activities.stream()
                                            .map(EvidenceQueries.SidedActivity::id)
                                            .toList(),
                                    null));
                });
            case AGREEMENT_EXPIRING, AGREEMENT_EXPIRED ->
                queries.agreementEnds(partnershipIds).forEach((id, until) -> {
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
                queries.firstLetterOfIntent(partnershipIds)
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

    /** "title (detail)" for the first few records, then how many more. */
    private static String named(List<EvidenceQueries.Evidence> records, boolean withDetail) {
        List<String> names = new ArrayList<>();
        for (EvidenceQueries.Evidence record : records.subList(0, Math.min(NAMED, records.size()))) {
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

    private static List<UUID> ids(List<EvidenceQueries.Evidence> records) {
        return records.stream().map(EvidenceQueries.Evidence::id).toList();
    }
}
