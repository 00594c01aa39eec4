package id.kembar.finding;

import id.kembar.partnership.FindingCode;
import id.kembar.partnership.Side;
import id.kembar.program.Obstacle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What caused a finding: the records behind it, chosen with the predicates of {@link FindingRules}, and a message
 * with the facts, in the language of {@link FindingMessages}.
 */
final class FindingEvidence {

    private static final int NAMED = 5;
    private static final Comparator<Records.Program> BY_TITLE =
            Comparator.comparing(Records.Program::title).thenComparing(p -> p.id().toString());

    private FindingEvidence() {}

    /** A record behind a finding: its id, title, a date or status to show, and a program's obstacles. */
    private record Evidence(UUID id, String title, Object detail, Set<Obstacle> obstacles) {}

    /** The finding {@code code} of a partnership that has it on the horizon's day. */
    static Finding of(FindingCode code, Derivation.Derived derived, FindingMessages messages) {
        Records.Partnership p = derived.record();
        Facts f = derived.facts();
        Horizon h = derived.horizon();
        LocalDate day = h.day();
        return switch (code) {
            case STAGNANT -> {
                long days = ChronoUnit.DAYS.between(f.quietSince(), day);
                yield f.lastAchieved() == null
                        ? finding(code, messages.format("STAGNANT.undated", messages.days(days)), List.of(), null)
                        : finding(
                                code,
                                messages.format(
                                        "STAGNANT.dated",
                                        messages.days(days),
                                        f.lastAchieved().title(),
                                        f.lastAchieved().occurrence()),
                                List.of(f.lastAchieved().id()),
                                null);
            }
            case OVERDUE_MILESTONE ->
                records(
                        code,
                        p.milestones().stream()
                                .filter(m -> FindingRules.overdue(m, h))
                                .sorted(Comparator.comparing((Records.Milestone m) ->
                                                m.target().firstDay())
                                        .thenComparing(m -> m.id().toString()))
                                .map(m -> new Evidence(m.id(), m.title(), m.target(), Set.of())),
                        true,
                        messages);
            case NO_BUDGET -> programs(code, p, FindingRules::withoutBudget, false, messages);
            case NO_LEAD_AGENCY -> programs(code, p, FindingRules::withoutLeadAgency, false, messages);
            case PROGRAMS_NOT_IMPLEMENTED -> programs(code, p, FindingRules::notImplemented, true, messages);
            case ONE_SIDED -> {
                int local = f.activities(Side.LOCAL);
                int partner = f.activities(Side.PARTNER);
                int all = f.activitiesWithSide();
                yield finding(
                        code,
                        messages.format(
                                code.name(),
                                Math.max(local, partner),
                                all,
                                messages.format("side." + (local >= partner ? Side.LOCAL : Side.PARTNER)),
                                (double) (local - partner) / all),
                        Stream.concat(
                                        p.programs().stream()
                                                .filter(FindingRules::activity)
                                                .map(Records.Program::id)
                                                .sorted(Comparator.comparing(UUID::toString)),
                                        p.milestones().stream()
                                                .filter(m -> FindingRules.activity(m, h))
                                                .map(Records.Milestone::id)
                                                .sorted(Comparator.comparing(UUID::toString)))
                                .toList(),
                        null);
            }
            case AGREEMENT_EXPIRING ->
                finding(
                        code,
                        messages.format(
                                code.name(),
                                f.agreementEnds(),
                                p.validUntil(),
                                messages.in(ChronoUnit.DAYS.between(day, f.agreementEnds()))),
                        List.of(p.id()),
                        null);
            case AGREEMENT_EXPIRED ->
                finding(
                        code,
                        messages.format(
                                code.name(),
                                f.agreementEnds(),
                                messages.days(ChronoUnit.DAYS.between(f.agreementEnds(), day))),
                        List.of(p.id()),
                        null);
            case NO_AGREEMENT_YET ->
                finding(
                        code,
                        messages.format(
                                code.name(),
                                messages.days(ChronoUnit.DAYS.between(f.firstLetterOfIntentOn(), day)),
                                f.firstLetterOfIntent().occurrence()),
                        List.of(f.firstLetterOfIntent().id()),
                        null);
        };
    }

    private static Finding programs(
            FindingCode code,
            Records.Partnership p,
            java.util.function.Predicate<Records.Program> which,
            boolean withDetail,
            FindingMessages messages) {
        return records(
                code,
                p.programs().stream()
                        .filter(which)
                        .sorted(BY_TITLE)
                        .map(sp -> new Evidence(sp.id(), sp.title(), sp.status(), sp.obstacles())),
                withDetail,
                messages);
    }

    private static Finding records(
            FindingCode code, Stream<Evidence> found, boolean withDetail, FindingMessages messages) {
        List<Evidence> records = found.toList();
        List<Obstacle> obstacles = null;
        if (code == FindingCode.PROGRAMS_NOT_IMPLEMENTED) {
            Set<Obstacle> all = new TreeSet<>();
            records.forEach(r -> all.addAll(r.obstacles()));
            obstacles = List.copyOf(all);
        }
        return finding(
                code,
                messages.format(code.name(), records.size(), named(records, withDetail, messages)),
                records.stream().map(Evidence::id).toList(),
                obstacles);
    }

    private static Finding finding(FindingCode code, String message, List<UUID> recordIds, List<Obstacle> obstacles) {
        return new Finding(code, FindingRules.SEVERITY.get(code), message, recordIds, obstacles);
    }

    /**
     * "title (detail)" for the first few records, then how many more; a status and obstacles by their labels in the
     * messages' language ("Dibatalkan: Iklim atau kondisi geografis"), never by their codes.
     */
    private static String named(List<Evidence> records, boolean withDetail, FindingMessages messages) {
        List<String> names = new ArrayList<>();
        for (Evidence record : records.subList(0, Math.min(NAMED, records.size()))) {
            String shown =
                    record.detail() instanceof Enum<?> code ? messages.label(code) : String.valueOf(record.detail());
            String detail = record.obstacles().isEmpty()
                    ? shown
                    : shown + ": "
                            + String.join(
                                    ", ",
                                    new TreeSet<>(record.obstacles())
                                            .stream().map(messages::label).toList());
            names.add("\"" + record.title() + "\"" + (withDetail ? " (" + detail + ")" : ""));
        }
        if (records.size() > NAMED) {
            names.add("+" + (records.size() - NAMED));
        }
        return String.join(", ", names);
    }
}
