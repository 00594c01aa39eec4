package id.kembar.finding;

import static id.kembar.support.FindingFixtures.appearsBetween;
import static id.kembar.support.FindingFixtures.assertAbsent;
import static id.kembar.support.FindingFixtures.assess;
import static id.kembar.support.FindingFixtures.codes;
import static id.kembar.support.FindingFixtures.finding;
import static id.kembar.support.ProgramFixtures.milestone;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.kembar.support.Fixtures;
import id.kembar.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** STAGNANT: no achieved milestone for more than 365 days (the default), counted from the first day of its date. */
@QuarkusTest
class StagnantFindingTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void stagnantFromTheDayMoreThan365DaysHavePassedSinceTheLastAchievedMilestone() {
        String p = Fixtures.partnership();
        String mou = milestone(p, "type", "AGREEMENT_SIGNED", "title", "MoU signed", "occurrenceDate", "2024-01-10");
        // 2024 is a leap year: 2025-01-09 is day 365 after 2024-01-10
        Map<String, Object> stagnant =
                appearsBetween(clock, p, "STAGNANT", LocalDate.parse("2025-01-09"), LocalDate.parse("2025-01-10"));
        assertThat(stagnant.get("severity"), equalTo("CRITICAL"));
        assertThat(stagnant.get("recordIds"), equalTo(List.of(mou)));
        assertThat(
                stagnant.get("message"),
                equalTo("No milestone achieved for 366 days; the last was \"MoU signed\" (2024-01-10)."));
        assess(p, "2025-01-09")
                .body("indicators.daysSinceLastAchievedMilestone", equalTo(365))
                .body("indicators.lastAchievedMilestoneDate", equalTo("2024-01-10"));
    }

    @Test
    void aPartialDateCountsFromItsFirstDay() {
        String month = Fixtures.partnership();
        String visit = milestone(month, "type", "VISIT", "title", "Visit", "occurrenceDate", "2023-06");
        Map<String, Object> byMonth =
                appearsBetween(clock, month, "STAGNANT", LocalDate.parse("2024-05-31"), LocalDate.parse("2024-06-01"));
        assertThat(byMonth.get("recordIds"), equalTo(List.of(visit)));
        assertThat(
                byMonth.get("message"),
                equalTo("No milestone achieved for 366 days; the last was \"Visit\" (2023-06)."));
        assess(month, "2024-05-31")
                .body("indicators.daysSinceLastAchievedMilestone", equalTo(365))
                .body("indicators.lastAchievedMilestoneDate", equalTo("2023-06"));

        String year = Fixtures.partnership();
        milestone(year, "type", "AGREEMENT_SIGNED", "title", "MoU", "occurrenceDate", "2022");
        appearsBetween(clock, year, "STAGNANT", LocalDate.parse("2023-01-01"), LocalDate.parse("2023-01-02"));
        assess(year, "2023-01-02").body("indicators.daysSinceLastAchievedMilestone", equalTo(366));
    }

    @Test
    void theLastAchievedMilestoneAsOfTheDayCountsNotLaterOnesNorPlannedOrCancelledOnes() {
        String p = Fixtures.partnership();
        String old = milestone(p, "type", "LETTER_OF_INTENT", "title", "LoI", "occurrenceDate", "2020-03-01");
        String recent = milestone(p, "type", "VISIT", "title", "Visit", "occurrenceDate", "2022-03-01");
        milestone(p, "type", "MEETING", "status", "CANCELLED", "title", "Cancelled meeting");
        milestone(p, "type", "MEETING", "status", "PLANNED", "targetDate", "2022-09", "title", "Planned meeting");
        // as of 2021-06-01 the 2022 visit has not happened yet: the LoI is the last
        assertThat(finding(p, "2021-06-01", "STAGNANT").get("recordIds"), equalTo(List.of(old)));
        assess(p, "2021-06-01").body("indicators.lastAchievedMilestoneDate", equalTo("2020-03-01"));
        assertThat(codes(p, "2022-06-01"), not(hasItem("STAGNANT")));
        assertThat(finding(p, "2023-03-02", "STAGNANT").get("recordIds"), equalTo(List.of(recent)));
    }

    @Test
    void anAchievedMilestoneAfterTheCutoffEndsTheStagnation() {
        String p = Fixtures.partnership();
        milestone(p, "type", "AGREEMENT_SIGNED", "occurrenceDate", "2019");
        assertThat(codes(p, "2021-05-01"), hasItem("STAGNANT"));
        milestone(p, "type", "MEETING", "occurrenceDate", "2021-04-30");
        assertAbsent(clock, p, "STAGNANT", LocalDate.parse("2021-05-01"));
    }

    @Test
    void withoutADatedAchievedMilestoneItCountsFromTheDayThePartnershipWasRegistered() {
        String p = Fixtures.partnership();
        milestone(p, "type", "MEETING", "title", "Undated meeting");
        LocalDate registered = registeredOn(p);
        Map<String, Object> stagnant =
                appearsBetween(clock, p, "STAGNANT", registered.plusDays(365), registered.plusDays(366));
        assertThat(stagnant.get("recordIds"), equalTo(List.of()));
        assertThat(
                stagnant.get("message"),
                equalTo("No dated milestone achieved since the partnership was registered 366 days ago."));
        assess(p, registered.plusDays(366).toString())
                .body("indicators.daysSinceLastAchievedMilestone", nullValue())
                .body("indicators.lastAchievedMilestoneDate", nullValue());
    }

    @Test
    void aNewPartnershipWithoutMilestonesIsNotStagnantBeforeTheThresholdNorOnDaysBeforeItWasRegistered() {
        String p = Fixtures.partnership();
        LocalDate registered = registeredOn(p);
        assertThat(codes(p, registered.toString()), empty());
        assertThat(codes(p, registered.minusYears(5).toString()), empty());
        clock.fixAt(registered.plusDays(100));
        given().when()
                .get("/api/v1/partnerships/" + p + "/assessment")
                .then()
                .statusCode(200)
                .body("asOf", equalTo(registered.plusDays(100).toString()))
                .body("findings.code", not(hasItem("STAGNANT")));
        clock.fixAt(registered.plusDays(400));
        given().when()
                .get("/api/v1/partnerships/" + p + "/assessment")
                .then()
                .statusCode(200)
                .body("asOf", equalTo(registered.plusDays(400).toString()))
                .body("findings.code", contains("STAGNANT"));
    }

    /** The day in Jakarta (the service's time zone) on which the partnership was registered. */
    private static LocalDate registeredOn(String partnershipId) {
        String createdAt = given().when()
                .get("/api/v1/partnerships/" + partnershipId)
                .then()
                .statusCode(200)
                .extract()
                .path("createdAt");
        return OffsetDateTime.parse(createdAt)
                .atZoneSameInstant(ZoneId.of("Asia/Jakarta"))
                .toLocalDate();
    }
}
