package id.kembar.milestone;

import static id.kembar.milestone.MilestoneType.AGREEMENT_EXPIRED;
import static id.kembar.milestone.MilestoneType.AGREEMENT_RENEWED;
import static id.kembar.milestone.MilestoneType.AGREEMENT_SIGNED;
import static id.kembar.milestone.MilestoneType.AGREEMENT_UPGRADED;
import static id.kembar.milestone.MilestoneType.TERMINATED;

import id.kembar.common.time.PartialDate;
import id.kembar.partnership.PartnershipStage;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The stage of a partnership from its achieved milestones (the rule is spelled out on PartnershipStage). */
public final class StageRule {

    /** An achieved milestone, as much of it as the rule needs. */
    public record Event(MilestoneType type, PartialDate occurred, OffsetDateTime recorded, UUID id) {}

    private static final Set<MilestoneType> OPENINGS =
            EnumSet.of(AGREEMENT_SIGNED, AGREEMENT_UPGRADED, AGREEMENT_RENEWED);
    private static final Set<MilestoneType> AGREEMENT_EVENTS =
            EnumSet.of(AGREEMENT_SIGNED, AGREEMENT_UPGRADED, AGREEMENT_RENEWED, AGREEMENT_EXPIRED, TERMINATED);
    private static final Map<MilestoneType, PartnershipStage> FORMAL_STEPS = Map.of(
            MilestoneType.LETTER_OF_INTENT, PartnershipStage.LETTER_OF_INTENT,
            MilestoneType.MINUTES_OF_MEETING, PartnershipStage.PLANNING,
            MilestoneType.COOPERATION_PLAN, PartnershipStage.PLANNING,
            MilestoneType.LEGISLATIVE_APPROVAL, PartnershipStage.LEGISLATIVE_APPROVAL,
            MilestoneType.CENTRAL_GOVERNMENT_CLEARANCE, PartnershipStage.CENTRAL_CLEARANCE);
    // by the day it happened (undated ones before every dated one), then by when it was recorded, then by id in the
    // order the database gives UUIDs, as in V2's back-fill ("id desc"): unsigned like their text, unlike UUID.compareTo
    private static final Comparator<Event> CHRONOLOGY = Comparator.comparing((Event e) ->
                    e.occurred() == null ? LocalDate.MIN : e.occurred().firstDay())
            .thenComparing(Event::recorded)
            .thenComparing(e -> e.id().toString());

    private StageRule() {}

    public static PartnershipStage of(Collection<Event> achieved) {
        if (achieved.stream().anyMatch(e -> OPENINGS.contains(e.type()))) {
            Event latest = achieved.stream()
                    .filter(e -> AGREEMENT_EVENTS.contains(e.type()))
                    .max(CHRONOLOGY)
                    .orElseThrow();
            return switch (latest.type()) {
                case AGREEMENT_EXPIRED -> PartnershipStage.AGREEMENT_EXPIRED;
                case TERMINATED -> PartnershipStage.TERMINATED;
                default -> PartnershipStage.AGREEMENT_IN_FORCE;
            };
        }
        // PartnershipStage lists the formal steps in their order
        return achieved.stream()
                .map(e -> FORMAL_STEPS.get(e.type()))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(PartnershipStage.EXPLORATION);
    }
}
