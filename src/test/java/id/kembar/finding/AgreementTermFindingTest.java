package id.kembar.finding;

import static id.kembar.support.FindingFixtures.appearsBetween;
import static id.kembar.support.FindingFixtures.assertAbsent;
import static id.kembar.support.FindingFixtures.assertPresent;
import static id.kembar.support.FindingFixtures.codes;
import static id.kembar.support.FindingFixtures.finding;
import static id.kembar.support.ProgramFixtures.milestone;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.kembar.support.Fixtures;
import id.kembar.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * AGREEMENT_EXPIRING (validUntil ends within 180 days, the default) and AGREEMENT_EXPIRED (validUntil has passed while
 * the stage still says in force). validUntil is a deadline: a partial one ends on its last day.
 */
@QuarkusTest
class AgreementTermFindingTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    /** A partnership whose agreement runs until {@code validUntil}, in force when {@code signed}. */
    private static String agreementUntil(String validUntil, boolean signed) {
        String p = Fixtures.partnership(
                Fixtures.city(Fixtures.unique("Kota"), "32.71"),
                Fixtures.foreignGovernment(Fixtures.unique("City"), "JP", "CITY"),
                "SISTER_CITY",
                "validFrom",
                "2020",
                "validUntil",
                validUntil);
        if (signed) {
            milestone(p, "type", "AGREEMENT_SIGNED", "occurrenceDate", "2020");
        }
        return p;
    }

    @Test
    void expiringFrom180DaysBeforeTheLastDayUntilThatDay() {
        String p = agreementUntil("2027-06-30", true);
        Map<String, Object> expiring =
                appearsBetween(clock, p, "AGREEMENT_EXPIRING", day("2026-12-31"), day("2027-01-01"));
        assertThat(expiring.get("severity"), equalTo("INFO"));
        assertThat(expiring.get("recordIds"), equalTo(List.of(p)));
        assertThat(expiring.get("message"), equalTo("The agreement ends on 2027-06-30, in 180 days."));
        assertThat(
                assertPresent(clock, p, "AGREEMENT_EXPIRING", day("2027-06-30")).get("message"),
                equalTo("The agreement ends on 2027-06-30, today."));
        assertAbsent(clock, p, "AGREEMENT_EXPIRING", day("2027-07-01"));
    }

    @Test
    void aValidUntilYearEndsOnItsLastDay() {
        String p = agreementUntil("2026", true);
        // 2026-12-31 is 180 days after 2026-07-04
        Map<String, Object> expiring =
                appearsBetween(clock, p, "AGREEMENT_EXPIRING", day("2026-07-03"), day("2026-07-04"));
        assertThat(expiring.get("message"), equalTo("The agreement ends on 2026-12-31, in 180 days."));
        assertThat(codes(p, "2026-12-31"), hasItem("AGREEMENT_EXPIRING"));
        assertThat(codes(p, "2026-12-31"), not(hasItem("AGREEMENT_EXPIRED")));

        Map<String, Object> expired =
                appearsBetween(clock, p, "AGREEMENT_EXPIRED", day("2026-12-31"), day("2027-01-01"));
        assertThat(expired.get("severity"), equalTo("CRITICAL"));
        assertThat(expired.get("recordIds"), equalTo(List.of(p)));
        assertThat(
                expired.get("message"),
                equalTo("The agreement ended on 2026-12-31 (1 day ago), but no expiry, "
                        + "renewal or termination is recorded."));
        assertThat(codes(p, "2027-01-01"), not(hasItem("AGREEMENT_EXPIRING")));
    }

    @Test
    void aValidUntilMonthEndsOnItsLastDay() {
        String p = agreementUntil("2026-09", true);
        // 2026-09-30 is 180 days after 2026-04-03
        assertThat(
                appearsBetween(clock, p, "AGREEMENT_EXPIRING", day("2026-04-02"), day("2026-04-03"))
                        .get("message"),
                equalTo("The agreement ends on 2026-09-30, in 180 days."));
        appearsBetween(clock, p, "AGREEMENT_EXPIRED", day("2026-09-30"), day("2026-10-01"));
    }

    @Test
    void aValidUntilDayHasExpiredFromTheNextDay() {
        String p = agreementUntil("2025-06-30", true);
        assertThat(
                appearsBetween(clock, p, "AGREEMENT_EXPIRED", day("2025-06-30"), day("2025-07-01"))
                        .get("message"),
                equalTo("The agreement ended on 2025-06-30 (1 day ago), but no expiry, renewal or "
                        + "termination is recorded."));
        assertThat(
                finding(p, "2025-12-27", "AGREEMENT_EXPIRED").get("message"),
                equalTo("The agreement ended on "
                        + "2025-06-30 (180 days ago), but no expiry, renewal or termination is recorded."));
    }

    @Test
    void anAgreementNeverInForceDoesNotExpireButItsEndDoesComeNear() {
        String p = agreementUntil("2025-06-30", false);
        assertThat(codes(p, "2025-06-30"), hasItem("AGREEMENT_EXPIRING"));
        assertAbsent(clock, p, "AGREEMENT_EXPIRED", day("2025-07-01"));
        assertAbsent(clock, p, "AGREEMENT_EXPIRING", day("2025-07-01"));
    }

    @Test
    void recordingTheExpiryEndsTheFinding() {
        String p = agreementUntil("2025-06-30", true);
        assertThat(codes(p, "2025-07-01"), hasItem("AGREEMENT_EXPIRED"));
        milestone(p, "type", "AGREEMENT_EXPIRED", "occurrenceDate", "2025-06-30");
        assertAbsent(clock, p, "AGREEMENT_EXPIRED", day("2025-07-01"));
    }

    @Test
    void withoutValidUntilNeitherFindingAppears() {
        String p = Fixtures.partnership();
        milestone(p, "type", "AGREEMENT_SIGNED", "occurrenceDate", "2020");
        for (String asOf : List.of("2020-06-01", "2030-01-01", "9999-12-31")) {
            assertThat(codes(p, asOf), not(hasItem("AGREEMENT_EXPIRING")));
            assertThat(codes(p, asOf), not(hasItem("AGREEMENT_EXPIRED")));
        }
    }
}
