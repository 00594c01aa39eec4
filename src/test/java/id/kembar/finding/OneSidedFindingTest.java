package id.kembar.finding;

import static id.kembar.support.FindingFixtures.appearsBetween;
import static id.kembar.support.FindingFixtures.assertAbsent;
import static id.kembar.support.FindingFixtures.assess;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.program;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

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
 * ONE_SIDED: at least 2 activities with a side (programs in progress or completed, achieved visits, meetings and
 * activities; dated ones only once they happened) and a reciprocity balance, (LOCAL - PARTNER) / all, at or beyond
 * plus or minus 0.8 (the defaults). BOTH and REMOTE count among all but on neither side.
 */
@QuarkusTest
class OneSidedFindingTest {

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
    void oneSidedFromTheSecondActivityWithASide() {
        String p = Fixtures.partnership();
        String exchange = program(p, "status", "COMPLETED", "side", "LOCAL");
        String visit = milestone(p, "type", "VISIT", "side", "LOCAL", "occurrenceDate", "2024-06-10");
        Map<String, Object> oneSided = appearsBetween(clock, p, "ONE_SIDED", day("2024-06-09"), day("2024-06-10"));
        assertThat(oneSided.get("severity"), equalTo("INFO"));
        assertThat((List<?>) oneSided.get("recordIds"), containsInAnyOrder(exchange, visit));
        assertThat(
                oneSided.get("message"),
                equalTo("2 of 2 activities took place on our side (reciprocity balance 1.00)."));
    }

    @Test
    void oneSidedFromABalanceOf0point8WithNeutralActivitiesCountingAmongAll() {
        String p = Fixtures.partnership();
        List<String> activities = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            activities.add(milestone(p, "type", "MEETING", "side", "LOCAL"));
        }
        activities.add(milestone(p, "type", "ACTIVITY", "side", "BOTH"));
        activities.add(milestone(p, "type", "VISIT", "side", "LOCAL", "occurrenceDate", "2024-06-10"));
        // 3 of 4 (0.75) the day before, 4 of 5 (0.80) from the day of the visit
        Map<String, Object> oneSided = appearsBetween(clock, p, "ONE_SIDED", day("2024-06-09"), day("2024-06-10"));
        assertThat((List<?>) oneSided.get("recordIds"), containsInAnyOrder(activities.toArray()));
        assertThat(
                oneSided.get("message"),
                equalTo("4 of 5 activities took place on our side (reciprocity balance 0.80)."));
        assess(p, "2024-06-09").body("indicators.reciprocityBalance", equalTo(0.75f));
        assess(p, "2024-06-10").body("indicators.reciprocityBalance", equalTo(0.8f));
    }

    @Test
    void activitiesOnThePartnersSideGiveANegativeBalance() {
        String p = Fixtures.partnership();
        List<String> activities = new ArrayList<>();
        activities.add(program(p, "status", "IN_PROGRESS", "side", "PARTNER"));
        activities.add(milestone(p, "type", "VISIT", "side", "PARTNER", "occurrenceDate", "2024-01"));
        activities.add(milestone(p, "type", "VISIT", "side", "PARTNER"));
        activities.add(milestone(p, "type", "MEETING", "side", "REMOTE"));
        activities.add(milestone(p, "type", "VISIT", "side", "PARTNER", "occurrenceDate", "2024-06-10"));
        // 3 of 4 on the partner's side (-0.75) the day before, 4 of 5 (-0.80) from the day of the last visit
        Map<String, Object> oneSided = appearsBetween(clock, p, "ONE_SIDED", day("2024-06-09"), day("2024-06-10"));
        assertThat((List<?>) oneSided.get("recordIds"), containsInAnyOrder(activities.toArray()));
        assertThat(
                oneSided.get("message"),
                equalTo("4 of 5 activities took place on the partner's side (reciprocity balance -0.80)."));
    }

    @Test
    void onlyImplementedProgramsAndAchievedVisitsMeetingsAndActivitiesWithASideCount() {
        String p = Fixtures.partnership();
        program(p, "status", "IN_PROGRESS", "side", "LOCAL");
        for (String status : List.of("PROPOSED", "AGREED")) {
            program(p, "status", status, "side", "LOCAL");
        }
        for (String status : List.of("STALLED", "CANCELLED")) {
            program(p, "status", status, "side", "LOCAL", "obstacles", List.of("OTHER"));
        }
        milestone(p, "type", "VISIT", "status", "PLANNED", "targetDate", "2024", "side", "LOCAL");
        milestone(p, "type", "MEETING", "status", "CANCELLED", "side", "LOCAL");
        milestone(p, "type", "INITIAL_CONTACT", "side", "LOCAL");
        milestone(p, "type", "AGREEMENT_SIGNED", "side", "LOCAL");
        milestone(p, "type", "ACTIVITY");
        program(p, "status", "COMPLETED");
        assertAbsent(clock, p, "ONE_SIDED", day("2026-11-22"));
        assess(p, "2026-11-22").body("indicators.activitiesBySide.LOCAL", equalTo(1));
    }

    @Test
    void aBalancedPartnershipIsNotOneSided() {
        String p = Fixtures.partnership();
        program(p, "status", "IN_PROGRESS", "side", "LOCAL");
        program(p, "status", "IN_PROGRESS", "side", "PARTNER");
        milestone(p, "type", "VISIT", "side", "LOCAL");
        milestone(p, "type", "VISIT", "side", "PARTNER");
        assertAbsent(clock, p, "ONE_SIDED", day("2026-11-22"));
        assess(p, "2026-11-22").body("indicators.reciprocityBalance", equalTo(0.0f));
    }
}
