package id.kembar.assessment;

import id.kembar.common.time.PartialDate;
import id.kembar.finding.Facts;
import id.kembar.finding.FindingRules;
import id.kembar.finding.FindingService;
import id.kembar.finding.Records;
import id.kembar.partnership.Partnership;
import id.kembar.partnership.PartnershipRepository;
import id.kembar.partnership.Side;
import id.kembar.program.ProgramStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The assessment of one partnership as of any day, computed from its records by the finding rules (not from the
 * values kept for today): the indicators are its facts, in the API's words.
 */
@ApplicationScoped
@Transactional
class AssessmentService {

    private final PartnershipRepository partnerships;
    private final FindingService findings;

    AssessmentService(PartnershipRepository partnerships, FindingService findings) {
        this.partnerships = partnerships;
        this.findings = findings;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Assessment assess(UUID partnershipId, LocalDate asOf, Locale locale) {
        Partnership partnership = partnerships.require(partnershipId);
        FindingService.Measured measured = findings.measure(partnershipId, asOf, locale);
        return new Assessment(
                partnershipId,
                asOf,
                partnership.stage(),
                indicators(measured.records(), measured.facts(), asOf),
                measured.findings());
    }

    private static Indicators indicators(Records.Partnership p, Facts f, LocalDate asOf) {
        Map<ProgramStatus, Long> byStatus = new EnumMap<>(ProgramStatus.class);
        for (ProgramStatus status : ProgramStatus.values()) {
            byStatus.put(status, 0L);
        }
        p.programs().forEach(sp -> byStatus.merge(sp.status(), 1L, Long::sum));
        long agreed = p.programs().size() - byStatus.get(ProgramStatus.PROPOSED);
        long implemented = p.programs().stream()
                .filter(sp -> FindingRules.IMPLEMENTED.contains(sp.status()))
                .count();
        Map<Side, Long> bySide = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            bySide.put(side, (long) f.activities(side));
        }
        int sided = f.activitiesWithSide();
        PartialDate last = f.lastAchieved() == null ? null : f.lastAchieved().occurrence();
        return new Indicators(
                last == null ? null : ChronoUnit.DAYS.between(last.firstDay(), asOf),
                last,
                f.overdueMilestones(),
                byStatus,
                agreed == 0 ? null : round((double) implemented / agreed),
                f.runningWithoutBudget(),
                f.runningWithoutLeadAgency(),
                bySide,
                sided == 0 ? null : round((double) (f.activities(Side.LOCAL) - f.activities(Side.PARTNER)) / sided),
                f.agreementEnds() == null ? null : ChronoUnit.DAYS.between(asOf, f.agreementEnds()));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
