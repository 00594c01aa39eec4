package id.kembar.assessment;

import static id.kembar.support.FindingFixtures.assess;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.program;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each indicator of the assessment, measured as of a day on partnerships built for it. */
@QuarkusTest
class IndicatorsTest {

    private static final Map<String, String> BUDGET = Map.of("amount", "250000000", "currency", "IDR");
    private static final Map<String, Integer> ONE_EACH =
            Map.of("PROPOSED", 1, "AGREED", 1, "IN_PROGRESS", 2, "COMPLETED", 1, "STALLED", 1, "CANCELLED", 1);

    private static String partnershipUntil(String validUntil) {
        return Fixtures.partnership(
                Fixtures.city(Fixtures.unique("Kota"), "32.71"),
                Fixtures.foreignGovernment(Fixtures.unique("City"), "JP", "CITY"),
                "SISTER_CITY",
                "validUntil",
                validUntil);
    }

    /** Programs in every status (two in progress), with and without budget, lead agency and side. */
    private static void programsOfEveryKind(String p) {
        String dinas = Fixtures.actor("AGENCY", Fixtures.unique("Dinas"), "ID");
        program(p, "status", "PROPOSED", "side", "LOCAL");
        program(p, "status", "AGREED", "side", "LOCAL");
        program(p, "status", "IN_PROGRESS", "side", "LOCAL", "budget", BUDGET, "leadAgencyId", dinas);
        program(p, "status", "IN_PROGRESS", "side", "PARTNER");
        program(p, "status", "COMPLETED", "side", "BOTH");
        program(p, "status", "STALLED", "side", "LOCAL", "obstacles", List.of("NO_FOLLOW_UP"), "budget", BUDGET);
        program(p, "status", "CANCELLED", "side", "REMOTE", "obstacles", List.of("OTHER"));
    }

    @Test
    void everyIndicatorOfAPartnershipWithSomethingOfEachKind() {
        String p = partnershipUntil("2026-12");
        programsOfEveryKind(p);
        milestone(p, "type", "VISIT", "side", "REMOTE");
        milestone(p, "type", "MEETING", "side", "LOCAL", "occurrenceDate", "2026-01");
        milestone(p, "type", "ACTIVITY", "side", "LOCAL", "occurrenceDate", "2026-06-01");
        milestone(p, "type", "VISIT", "status", "PLANNED", "targetDate", "2026-03", "side", "PARTNER");
        milestone(p, "type", "VISIT", "status", "PLANNED", "targetDate", "2026-05-31");
        milestone(p, "type", "AGREEMENT_UPGRADED", "status", "PLANNED", "targetDate", "2026");
        assess(p, "2026-05-31")
                // the activity of 2026-06-01 has not happened yet; the meeting counts from 2026-01-01
                .body("indicators.daysSinceLastAchievedMilestone", equalTo(150))
                .body("indicators.lastAchievedMilestoneDate", equalTo("2026-01"))
                // 2026-03 has passed, 2026-05-31 and 2026 have not
                .body("indicators.overdueMilestones", equalTo(1))
                .body("indicators.programsByStatus", equalTo(ONE_EACH))
                // in progress or completed (3) over agreed or later (6)
                .body("indicators.implementationRate", equalTo(0.5f))
                // agreed, in progress or stalled: the agreed one and the second in progress have no budget
                .body("indicators.programsWithoutBudget", equalTo(2))
                .body("indicators.programsWithoutLeadAgency", equalTo(3))
                // programs in progress or completed and achieved visits, meetings and activities, up to the day
                .body("indicators.activitiesBySide", equalTo(Map.of("LOCAL", 2, "PARTNER", 1, "BOTH", 1, "REMOTE", 1)))
                .body("indicators.reciprocityBalance", equalTo(0.2f))
                .body("indicators.daysUntilAgreementEnds", equalTo(214));
        assess(p, "2026-06-01")
                .body("indicators.daysSinceLastAchievedMilestone", equalTo(0))
                .body("indicators.lastAchievedMilestoneDate", equalTo("2026-06-01"))
                .body("indicators.overdueMilestones", equalTo(2))
                .body("indicators.activitiesBySide.LOCAL", equalTo(3))
                .body("indicators.reciprocityBalance", equalTo(0.3333f));
    }

    @Test
    void aPartnershipWithNothingRecordedListsEveryStatusAndSideAtZeroAndLeavesRatiosOut() {
        String p = Fixtures.partnership();
        assess(p, "2026-11-22")
                .body("stage", equalTo("EXPLORATION"))
                .body("indicators", not(hasKey("daysSinceLastAchievedMilestone")))
                .body("indicators", not(hasKey("lastAchievedMilestoneDate")))
                .body("indicators.overdueMilestones", equalTo(0))
                .body(
                        "indicators.programsByStatus",
                        equalTo(Map.of(
                                "PROPOSED",
                                0,
                                "AGREED",
                                0,
                                "IN_PROGRESS",
                                0,
                                "COMPLETED",
                                0,
                                "STALLED",
                                0,
                                "CANCELLED",
                                0)))
                .body("indicators", not(hasKey("implementationRate")))
                .body("indicators.programsWithoutBudget", equalTo(0))
                .body("indicators.programsWithoutLeadAgency", equalTo(0))
                .body("indicators.activitiesBySide", equalTo(Map.of("LOCAL", 0, "PARTNER", 0, "BOTH", 0, "REMOTE", 0)))
                .body("indicators", not(hasKey("reciprocityBalance")))
                .body("indicators", not(hasKey("daysUntilAgreementEnds")));
    }

    @Test
    void implementationRateIsAbsentWhileNothingIsAgreedAndRoundedToFourDecimals() {
        String p = Fixtures.partnership();
        program(p, "status", "PROPOSED");
        assess(p, "2026-11-22").body("indicators", not(hasKey("implementationRate")));
        program(p, "status", "AGREED");
        assess(p, "2026-11-22").body("indicators.implementationRate", equalTo(0.0f));
        program(p, "status", "CANCELLED", "obstacles", List.of("CLIMATE_OR_GEOGRAPHY"));
        program(p, "status", "COMPLETED");
        assess(p, "2026-11-22").body("indicators.implementationRate", equalTo(0.3333f));
    }

    @Test
    void reciprocityBalanceRunsFromMinusOneToOneAndIsAbsentWithoutASide() {
        String p = Fixtures.partnership();
        program(p, "status", "IN_PROGRESS");
        milestone(p, "type", "VISIT");
        milestone(p, "type", "INITIAL_CONTACT", "side", "PARTNER");
        assess(p, "2026-11-22").body("indicators", not(hasKey("reciprocityBalance")));
        milestone(p, "type", "VISIT", "side", "PARTNER");
        assess(p, "2026-11-22").body("indicators.reciprocityBalance", equalTo(-1.0f));

        String ours = Fixtures.partnership();
        program(ours, "status", "COMPLETED", "side", "LOCAL");
        assess(ours, "2026-11-22").body("indicators.reciprocityBalance", equalTo(1.0f));
        milestone(ours, "type", "MEETING", "side", "REMOTE");
        assess(ours, "2026-11-22").body("indicators.reciprocityBalance", equalTo(0.5f));
    }

    @Test
    void daysUntilTheAgreementEndsCountToItsLastDayAndTurnNegativeAfter() {
        String p = partnershipUntil("2026");
        assess(p, "2026-12-01").body("indicators.daysUntilAgreementEnds", equalTo(30));
        assess(p, "2026-12-31").body("indicators.daysUntilAgreementEnds", equalTo(0));
        assess(p, "2027-01-10").body("indicators.daysUntilAgreementEnds", equalTo(-10));
        String byDay = partnershipUntil("2025-03-01");
        assess(byDay, "2025-02-28").body("indicators.daysUntilAgreementEnds", equalTo(1));
        assess(byDay, "2026-03-01").body("indicators.daysUntilAgreementEnds", equalTo(-365));
    }

    @Test
    void daysSinceTheLastAchievedMilestoneCountFromTheFirstDayOfItsDate() {
        String p = Fixtures.partnership();
        milestone(p, "type", "AGREEMENT_SIGNED", "occurrenceDate", "2016");
        milestone(p, "type", "MINUTES_OF_MEETING", "occurrenceDate", "2015-10-06");
        milestone(p, "type", "VISIT");
        assess(p, "2016-01-01")
                .body("indicators.daysSinceLastAchievedMilestone", equalTo(0))
                .body("indicators.lastAchievedMilestoneDate", equalTo("2016"));
        assess(p, "2015-12-31")
                .body("indicators.daysSinceLastAchievedMilestone", equalTo(86))
                .body("indicators.lastAchievedMilestoneDate", equalTo("2015-10-06"));
        assess(p, "2015-10-05").body("indicators", not(hasKey("daysSinceLastAchievedMilestone")));
    }
}
