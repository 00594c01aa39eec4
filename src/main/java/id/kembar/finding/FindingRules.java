package id.kembar.finding;

import id.kembar.common.KembarConfig;
import id.kembar.milestone.MilestoneStatus;
import id.kembar.milestone.MilestoneType;
import id.kembar.milestone.StageRule;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.PartnershipStage;
import id.kembar.partnership.Side;
import id.kembar.program.ProgramStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The only definition of the findings: which records count (the predicates), what a partnership's facts are as of
 * a day, and which findings those facts make. The kept values, the lists, {@code /findings}, the statistics and the
 * assessment all come from here. A partial date that says when something happened counts as its first day; one that
 * is a deadline (a target, the end of an agreement) as its last. Every comparison with the day goes through the
 * {@link Horizon}, which thereby knows until when the result holds.
 */
public final class FindingRules {

    static final Map<FindingCode, FindingSeverity> SEVERITY = new EnumMap<>(Map.of(
            FindingCode.STAGNANT, FindingSeverity.CRITICAL,
            FindingCode.OVERDUE_MILESTONE, FindingSeverity.WARNING,
            FindingCode.NO_BUDGET, FindingSeverity.WARNING,
            FindingCode.NO_LEAD_AGENCY, FindingSeverity.WARNING,
            FindingCode.PROGRAMS_NOT_IMPLEMENTED, FindingSeverity.WARNING,
            FindingCode.ONE_SIDED, FindingSeverity.INFO,
            FindingCode.AGREEMENT_EXPIRING, FindingSeverity.INFO,
            FindingCode.AGREEMENT_EXPIRED, FindingSeverity.CRITICAL,
            FindingCode.NO_AGREEMENT_YET, FindingSeverity.WARNING));

    /** Programs that should be running: a missing budget or lead agency matters for these. */
    static final Set<ProgramStatus> RUNNING =
            EnumSet.of(ProgramStatus.AGREED, ProgramStatus.IN_PROGRESS, ProgramStatus.STALLED);

    static final Set<ProgramStatus> NOT_IMPLEMENTED = EnumSet.of(ProgramStatus.STALLED, ProgramStatus.CANCELLED);
    /** Programs whose side is an activity that took place. */
    public static final Set<ProgramStatus> IMPLEMENTED = EnumSet.of(ProgramStatus.IN_PROGRESS, ProgramStatus.COMPLETED);
    /** Milestones that are activities with a side, once achieved. */
    static final Set<MilestoneType> ACTIVITIES =
            EnumSet.of(MilestoneType.VISIT, MilestoneType.MEETING, MilestoneType.ACTIVITY);

    static final Set<PartnershipStage> BEFORE_AGREEMENT = EnumSet.of(
            PartnershipStage.EXPLORATION,
            PartnershipStage.LETTER_OF_INTENT,
            PartnershipStage.PLANNING,
            PartnershipStage.LEGISLATIVE_APPROVAL,
            PartnershipStage.CENTRAL_CLEARANCE);

    /** Dated milestones in the order they happened: by day, then when recorded, then by id as the database orders. */
    static final Comparator<Records.Milestone> CHRONOLOGY = Comparator.comparing(
                    (Records.Milestone m) -> m.occurrence().firstDay())
            .thenComparing(Records.Milestone::recorded)
            .thenComparing(m -> m.id().toString());

    private FindingRules() {}

    // --- which records count

    /** Achieved on a known day up to the horizon's day. */
    static boolean achieved(Records.Milestone m, Horizon h) {
        return m.status() == MilestoneStatus.ACHIEVED
                && m.occurrence() != null
                && h.onOrBefore(m.occurrence().firstDay());
    }

    /** Planned, and its target has passed. */
    static boolean overdue(Records.Milestone m, Horizon h) {
        return m.status() == MilestoneStatus.PLANNED && h.before(m.target().lastDay(), 0);
    }

    static boolean withoutBudget(Records.Program p) {
        return RUNNING.contains(p.status()) && !p.budgeted();
    }

    static boolean withoutLeadAgency(Records.Program p) {
        return RUNNING.contains(p.status()) && !p.led();
    }

    static boolean notImplemented(Records.Program p) {
        return NOT_IMPLEMENTED.contains(p.status());
    }

    /** A program counts as an activity on its side once in progress or completed. */
    static boolean activity(Records.Program p) {
        return p.side() != null && IMPLEMENTED.contains(p.status());
    }

    /** An achieved visit, meeting or activity with a side, undated or dated up to the horizon's day. */
    static boolean activity(Records.Milestone m, Horizon h) {
        return m.side() != null
                && m.status() == MilestoneStatus.ACHIEVED
                && ACTIVITIES.contains(m.type())
                && (m.occurrence() == null || h.onOrBefore(m.occurrence().firstDay()));
    }

    static boolean letterOfIntent(Records.Milestone m) {
        return m.status() == MilestoneStatus.ACHIEVED
                && m.type() == MilestoneType.LETTER_OF_INTENT
                && m.occurrence() != null;
    }

    // --- the facts of a partnership as of the horizon's day

    static Facts facts(Records.Partnership p, Horizon h, ZoneId zone) {
        Records.Milestone last = p.milestones().stream()
                .filter(m -> achieved(m, h))
                .max(CHRONOLOGY)
                .orElse(null);
        // the day it was registered where "today" is taken, not the UTC day
        LocalDate registered = p.registered().atZoneSameInstant(zone).toLocalDate();
        Map<Side, Integer> bySide = new EnumMap<>(Side.class);
        p.programs().stream().filter(FindingRules::activity).forEach(sp -> bySide.merge(sp.side(), 1, Integer::sum));
        p.milestones().stream().filter(m -> activity(m, h)).forEach(m -> bySide.merge(m.side(), 1, Integer::sum));
        return new Facts(
                StageRule.of(p.milestones().stream()
                        .filter(m -> m.status() == MilestoneStatus.ACHIEVED)
                        .map(m -> new StageRule.Event(m.type(), m.occurrence(), m.recorded(), m.id()))
                        .toList()),
                last,
                last == null ? registered : last.occurrence().firstDay(),
                p.milestones().stream()
                        .filter(m -> m.status() == MilestoneStatus.PLANNED)
                        .map(m -> m.target().lastDay())
                        .min(Comparator.naturalOrder())
                        .orElse(null),
                (int) p.milestones().stream().filter(m -> overdue(m, h)).count(),
                (int) p.programs().stream().filter(FindingRules::withoutBudget).count(),
                (int) p.programs().stream()
                        .filter(FindingRules::withoutLeadAgency)
                        .count(),
                (int) p.programs().stream().filter(FindingRules::notImplemented).count(),
                bySide,
                p.milestones().stream()
                        .filter(FindingRules::letterOfIntent)
                        .min(CHRONOLOGY)
                        .orElse(null),
                p.validUntil() == null ? null : p.validUntil().lastDay(),
                p.milestones().size(),
                p.programs().size());
    }

    // --- the findings those facts make

    static Set<FindingCode> findings(Facts f, Horizon h, KembarConfig.Findings thresholds) {
        Set<FindingCode> found = EnumSet.noneOf(FindingCode.class);
        for (FindingCode code : FindingCode.values()) {
            if (holds(code, f, h, thresholds)) {
                found.add(code);
            }
        }
        return found;
    }

    private static boolean holds(FindingCode code, Facts f, Horizon h, KembarConfig.Findings thresholds) {
        return switch (code) {
            // no dated milestone achieved for more than N days, counted from registration when none has a date
            case STAGNANT -> h.before(f.quietSince(), -thresholds.stagnantAfterDays());
            case OVERDUE_MILESTONE -> f.nextDeadline() != null && h.before(f.nextDeadline(), 0);
            case NO_BUDGET -> f.runningWithoutBudget() > 0;
            case NO_LEAD_AGENCY -> f.runningWithoutLeadAgency() > 0;
            case PROGRAMS_NOT_IMPLEMENTED -> f.notImplemented() > 0;
            // |local - partner| / all >= balance, in thousandths so that it compares whole numbers
            case ONE_SIDED ->
                f.activitiesWithSide() >= thresholds.oneSidedMinActivities()
                        && Math.abs(f.activities(Side.LOCAL) - f.activities(Side.PARTNER)) * 1000L
                                >= Math.round(thresholds.oneSidedBalance() * 1000) * f.activitiesWithSide();
            case AGREEMENT_EXPIRING ->
                f.agreementEnds() != null
                        && !h.before(f.agreementEnds(), 0)
                        && h.before(f.agreementEnds(), thresholds.expiringWithinDays() + 1L);
            case AGREEMENT_EXPIRED ->
                f.stage() == PartnershipStage.AGREEMENT_IN_FORCE
                        && f.agreementEnds() != null
                        && h.before(f.agreementEnds(), 0);
            case NO_AGREEMENT_YET ->
                BEFORE_AGREEMENT.contains(f.stage())
                        && f.firstLetterOfIntent() != null
                        && h.before(f.firstLetterOfIntentOn(), -thresholds.noAgreementAfterDays());
        };
    }
}
