package id.kembar.finding;

import static id.kembar.support.FindingFixtures.appearsBetween;
import static id.kembar.support.FindingFixtures.assertAbsent;
import static id.kembar.support.FindingFixtures.assess;
import static id.kembar.support.FindingFixtures.codes;
import static id.kembar.support.FindingFixtures.finding;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.patch;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.kembar.support.Fixtures;
import id.kembar.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * OVERDUE_MILESTONE (a planned milestone whose target, a deadline, has passed its last day) and NO_AGREEMENT_YET (a
 * letter of intent achieved more than 730 days ago, counted from its first day, and still no agreement).
 */
@QuarkusTest
class MilestoneDeadlineFindingTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void aTargetYearIsOverdueOnlyFromTheFirstDayOfTheNextYear() {
        String p = Fixtures.partnership();
        String target = milestone(
                p, "type", "AGREEMENT_SIGNED", "status", "PLANNED", "targetDate", "2026", "title", "Sister-city MoU");
        Map<String, Object> overdue =
                appearsBetween(clock, p, "OVERDUE_MILESTONE", day("2026-12-31"), day("2027-01-01"));
        assertThat(overdue.get("severity"), equalTo("WARNING"));
        assertThat(overdue.get("recordIds"), equalTo(List.of(target)));
        assertThat(
                overdue.get("message"),
                equalTo("Planned milestones past their target (1): \"Sister-city MoU\" (2026)."));
        assess(p, "2026-12-31").body("indicators.overdueMilestones", equalTo(0));
        assess(p, "2027-01-01").body("indicators.overdueMilestones", equalTo(1));
    }

    @Test
    void aTargetMonthIsOverdueFromTheFirstDayOfTheNextMonth() {
        String p = Fixtures.partnership();
        String target = milestone(
                p,
                "type",
                "AGREEMENT_SIGNED",
                "status",
                "PLANNED",
                "targetDate",
                "2026-03",
                "title",
                "Finalisation through Kemenlu");
        Map<String, Object> overdue =
                appearsBetween(clock, p, "OVERDUE_MILESTONE", day("2026-03-31"), day("2026-04-01"));
        assertThat(overdue.get("recordIds"), equalTo(List.of(target)));
        assertThat(
                overdue.get("message"),
                equalTo("Planned milestones past their target (1): \"Finalisation through Kemenlu\" (2026-03)."));
    }

    @Test
    void aTargetDayIsOverdueFromTheNextDay() {
        String p = Fixtures.partnership();
        String target = milestone(p, "type", "VISIT", "status", "PLANNED", "targetDate", "2025-06-15");
        Map<String, Object> overdue =
                appearsBetween(clock, p, "OVERDUE_MILESTONE", day("2025-06-15"), day("2025-06-16"));
        assertThat(overdue.get("recordIds"), equalTo(List.of(target)));
    }

    @Test
    void onlyPlannedMilestonesAreOverdueEarliestTargetFirstAndTheMessageNamesFive() {
        String p = Fixtures.partnership();
        milestone(p, "type", "VISIT", "status", "ACHIEVED", "targetDate", "2020", "occurrenceDate", "2021");
        milestone(p, "type", "VISIT", "status", "MISSED", "targetDate", "2020");
        milestone(p, "type", "VISIT", "status", "CANCELLED", "targetDate", "2020");
        List<String> planned = new ArrayList<>();
        for (String target : List.of("2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06")) {
            planned.add(milestone(
                    p, "type", "MEETING", "status", "PLANNED", "targetDate", target, "title", "Meeting " + target));
        }
        milestone(p, "type", "MEETING", "status", "PLANNED", "targetDate", "2099", "title", "Far away");
        Map<String, Object> overdue = finding(p, "2021-01-01", "OVERDUE_MILESTONE");
        assertThat(overdue.get("recordIds"), equalTo(planned));
        assertThat(
                overdue.get("message"),
                equalTo("Planned milestones past their target (6): "
                        + "\"Meeting 2020-01\" (2020-01), \"Meeting 2020-02\" (2020-02), \"Meeting 2020-03\" (2020-03), "
                        + "\"Meeting 2020-04\" (2020-04), \"Meeting 2020-05\" (2020-05), +1."));
        assess(p, "2021-01-01").body("indicators.overdueMilestones", equalTo(6));
        assess(p, "2020-04-15").body("indicators.overdueMilestones", equalTo(3));
    }

    @Test
    void aPlannedMilestoneThatIsNoLongerPlannedIsNoLongerOverdue() {
        String p = Fixtures.partnership();
        String target = milestone(p, "type", "VISIT", "status", "PLANNED", "targetDate", "2024-05");
        assertThat(codes(p, "2024-06-01"), hasItem("OVERDUE_MILESTONE"));
        patch("/api/v1/partnerships/" + p + "/milestones/" + target, null, "{\"status\": \"MISSED\"}")
                .statusCode(200);
        assertAbsent(clock, p, "OVERDUE_MILESTONE", day("2024-06-01"));
    }

    @Test
    void noAgreementYetFromTheDayMoreThan730DaysHavePassedSinceTheLetterOfIntent() {
        String p = Fixtures.partnership();
        String loi = milestone(p, "type", "LETTER_OF_INTENT", "title", "LoI", "occurrenceDate", "2023-03-15");
        // 2024 is a leap year: 2025-03-14 is day 730 after 2023-03-15
        Map<String, Object> noAgreement =
                appearsBetween(clock, p, "NO_AGREEMENT_YET", day("2025-03-14"), day("2025-03-15"));
        assertThat(noAgreement.get("severity"), equalTo("WARNING"));
        assertThat(noAgreement.get("recordIds"), equalTo(List.of(loi)));
        assertThat(
                noAgreement.get("message"),
                equalTo("A letter of intent was achieved 731 days ago (2023-03-15) "
                        + "and no agreement has been signed since."));
    }

    @Test
    void aLetterOfIntentDatedToTheYearCountsFromItsFirstDay() {
        String p = Fixtures.partnership();
        String loi = milestone(p, "type", "LETTER_OF_INTENT", "occurrenceDate", "2023");
        Map<String, Object> noAgreement =
                appearsBetween(clock, p, "NO_AGREEMENT_YET", day("2024-12-31"), day("2025-01-01"));
        assertThat(noAgreement.get("recordIds"), equalTo(List.of(loi)));
        assertThat(
                noAgreement.get("message"),
                equalTo("A letter of intent was achieved 731 days ago (2023) "
                        + "and no agreement has been signed since."));
    }

    @Test
    void theEarliestDatedLetterOfIntentCountsAndLaterStepsBeforeAnAgreementDoNotEndIt() {
        String p = Fixtures.partnership();
        milestone(p, "type", "LETTER_OF_INTENT", "title", "Undated LoI");
        milestone(p, "type", "LETTER_OF_INTENT", "title", "Second LoI", "occurrenceDate", "2023-05");
        String first = milestone(p, "type", "LETTER_OF_INTENT", "title", "First LoI", "occurrenceDate", "2021-02");
        milestone(p, "type", "MINUTES_OF_MEETING", "occurrenceDate", "2023-06");
        milestone(p, "type", "LEGISLATIVE_APPROVAL", "occurrenceDate", "2023-07");
        assertThat(finding(p, "2023-08-01", "NO_AGREEMENT_YET").get("recordIds"), equalTo(List.of(first)));
        assess(p, "2023-08-01").body("stage", equalTo("LEGISLATIVE_APPROVAL"));
    }

    @Test
    void anAgreementOrOnlyAnUndatedLetterOfIntentMeansNoFinding() {
        String signed = Fixtures.partnership();
        milestone(signed, "type", "LETTER_OF_INTENT", "occurrenceDate", "2020");
        assertThat(codes(signed, "2024-01-01"), hasItem("NO_AGREEMENT_YET"));
        milestone(signed, "type", "AGREEMENT_SIGNED", "occurrenceDate", "2023");
        assertAbsent(clock, signed, "NO_AGREEMENT_YET", day("2024-01-01"));

        String undated = Fixtures.partnership();
        milestone(undated, "type", "LETTER_OF_INTENT");
        assertThat(codes(undated, "2099-01-01"), not(hasItem("NO_AGREEMENT_YET")));
        String planned = Fixtures.partnership();
        milestone(planned, "type", "LETTER_OF_INTENT", "status", "PLANNED", "targetDate", "2020");
        assertThat(codes(planned, "2024-01-01"), not(hasItem("NO_AGREEMENT_YET")));
    }
}
