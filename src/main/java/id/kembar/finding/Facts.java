package id.kembar.finding;

import id.kembar.partnership.PartnershipStage;
import id.kembar.partnership.Side;
import java.time.LocalDate;
import java.util.Map;

/**
 * What a partnership's findings and indicators are made of, as of a day (see {@link FindingRules#facts}): kept per
 * partnership for today, computed from the records for any other day.
 *
 * @param lastAchieved the last dated milestone achieved by the day (null when none)
 * @param quietSince the day of that milestone, or else the day the partnership was registered
 * @param nextDeadline the last day of the earliest target of a planned milestone
 * @param overdueMilestones planned milestones whose target has passed by the day
 * @param firstLetterOfIntent the first dated letter of intent achieved (null when none)
 * @param agreementEnds the last day of {@code validUntil}
 */
public record Facts(
        PartnershipStage stage,
        Records.Milestone lastAchieved,
        LocalDate quietSince,
        LocalDate nextDeadline,
        int overdueMilestones,
        int runningWithoutBudget,
        int runningWithoutLeadAgency,
        int notImplemented,
        Map<Side, Integer> activitiesBySide,
        Records.Milestone firstLetterOfIntent,
        LocalDate agreementEnds,
        int milestones,
        int programs) {

    public int activities(Side side) {
        return activitiesBySide.getOrDefault(side, 0);
    }

    public int activitiesWithSide() {
        return activitiesBySide.values().stream().mapToInt(Integer::intValue).sum();
    }

    public LocalDate lastAchievedOn() {
        return lastAchieved == null ? null : lastAchieved.occurrence().firstDay();
    }

    public LocalDate firstLetterOfIntentOn() {
        return firstLetterOfIntent == null
                ? null
                : firstLetterOfIntent.occurrence().firstDay();
    }
}
