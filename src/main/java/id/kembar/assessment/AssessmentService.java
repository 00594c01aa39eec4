package id.kembar.assessment;

import id.kembar.common.time.PartialDate;
import id.kembar.finding.Finding;
import id.kembar.finding.FindingRules;
import id.kembar.finding.FindingService;
import id.kembar.milestone.MilestoneStatus;
import id.kembar.milestone.MilestoneType;
import id.kembar.partnership.Partnership;
import id.kembar.partnership.PartnershipRepository;
import id.kembar.partnership.Side;
import id.kembar.program.ProgramStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The indicators are measured here; whether a finding applies is decided by the finding rules alone. */
@ApplicationScoped
@Transactional
class AssessmentService {

    private static final Set<ProgramStatus> AGREED_OR_LATER = EnumSet.complementOf(EnumSet.of(ProgramStatus.PROPOSED));

    private final PartnershipRepository partnerships;
    private final FindingService findings;
    private final EntityManager em;

    AssessmentService(PartnershipRepository partnerships, FindingService findings, EntityManager em) {
        this.partnerships = partnerships;
        this.findings = findings;
        this.em = em;
    }

    Assessment assess(UUID partnershipId, LocalDate asOf, Locale locale) {
        Partnership partnership = partnerships.require(partnershipId);
        List<Finding> found = findings.of(partnershipId, asOf, locale);
        return new Assessment(partnershipId, asOf, partnership.stage(), indicators(partnership, asOf), found);
    }

    private record MilestoneFacts(
            MilestoneType type, MilestoneStatus status, PartialDate occurred, PartialDate target, Side side) {}

    private record ProgramFacts(ProgramStatus status, Side side, boolean budgeted, boolean led) {}

    private Indicators indicators(Partnership partnership, LocalDate asOf) {
        List<MilestoneFacts> milestones = em.createQuery(
                        "select m.type, m.status, m.occurrence, m.target, m.side "
                                + "from Milestone m where m.partnership = :p",
                        Object[].class)
                .setParameter("p", partnership)
                .getResultStream()
                .map(r -> new MilestoneFacts(
                        (MilestoneType) r[0], (MilestoneStatus) r[1], (PartialDate) r[2], (PartialDate) r[3], (Side)
                                r[4]))
                .toList();
        List<ProgramFacts> programs = em.createQuery(
                        "select sp.status, sp.side, sp.budgetAmount is not null, "
                                + "sp.leadAgency is not null from SectorProgram sp where sp.partnership = :p",
                        Object[].class)
                .setParameter("p", partnership)
                .getResultStream()
                .map(r -> new ProgramFacts((ProgramStatus) r[0], (Side) r[1], (Boolean) r[2], (Boolean) r[3]))
                .toList();

        PartialDate last = milestones.stream()
                .filter(m -> m.status() == MilestoneStatus.ACHIEVED
                        && m.occurred() != null
                        && !m.occurred().firstDay().isAfter(asOf))
                .map(MilestoneFacts::occurred)
                .max(PartialDate::compareTo)
                .orElse(null);
        long overdue = milestones.stream()
                .filter(m -> m.status() == MilestoneStatus.PLANNED
                        && m.target() != null
                        && m.target().lastDay().isBefore(asOf))
                .count();

        Map<ProgramStatus, Long> byStatus = new EnumMap<>(ProgramStatus.class);
        for (ProgramStatus status : ProgramStatus.values()) {
            byStatus.put(
                    status, programs.stream().filter(p -> p.status() == status).count());
        }
        long agreed = programs.stream()
                .filter(p -> AGREED_OR_LATER.contains(p.status()))
                .count();
        long implemented = programs.stream()
                .filter(p -> FindingRules.IMPLEMENTED.contains(p.status()))
                .count();

        Map<Side, Long> bySide = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            bySide.put(
                    side,
                    programs.stream()
                                    .filter(p -> FindingRules.IMPLEMENTED.contains(p.status()) && p.side() == side)
                                    .count()
                            + milestones.stream()
                                    .filter(m -> m.status() == MilestoneStatus.ACHIEVED
                                            && FindingRules.ACTIVITIES.contains(m.type())
                                            && m.side() == side
                                            && (m.occurred() == null
                                                    || !m.occurred().firstDay().isAfter(asOf)))
                                    .count());
        }
        long sided = bySide.values().stream().mapToLong(Long::longValue).sum();

        PartialDate until = partnership.validUntil();
        return new Indicators(
                last == null ? null : ChronoUnit.DAYS.between(last.firstDay(), asOf),
                last,
                overdue,
                byStatus,
                agreed == 0 ? null : round((double) implemented / agreed),
                programs.stream()
                        .filter(p -> FindingRules.RUNNING.contains(p.status()) && !p.budgeted())
                        .count(),
                programs.stream()
                        .filter(p -> FindingRules.RUNNING.contains(p.status()) && !p.led())
                        .count(),
                bySide,
                sided == 0 ? null : round((double) (bySide.get(Side.LOCAL) - bySide.get(Side.PARTNER)) / sided),
                until == null ? null : ChronoUnit.DAYS.between(asOf, until.lastDay()));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
