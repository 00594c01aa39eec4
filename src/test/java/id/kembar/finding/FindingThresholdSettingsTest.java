package id.kembar.finding;

import static id.kembar.support.FindingFixtures.appearsBetween;
import static id.kembar.support.FindingFixtures.assertAbsent;
import static id.kembar.support.FindingFixtures.assertPresent;
import static id.kembar.support.ProgramFixtures.milestone;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.kembar.support.Fixtures;
import id.kembar.support.TestClock;
import id.kembar.support.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The thresholds are settings: each finding moves with its {@code kembar.findings.*} value. */
@QuarkusTest
@TestProfile(FindingThresholdSettingsTest.OtherThresholds.class)
class FindingThresholdSettingsTest {

    /**
     * Every threshold changed from its default, each in a direction the defaults would answer differently. On a
     * database of its own: an H2 in-memory database left by an earlier Quarkus start in this JVM refuses inserts
     * ("Check constraint invalid") once Quarkus restarts.
     */
    public static class OtherThresholds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabases.own(
                    "kembar-thresholds",
                    "kembar.findings.stagnant-after-days",
                    "30",
                    "kembar.findings.one-sided-min-activities",
                    "3",
                    "kembar.findings.one-sided-balance",
                    "0.5",
                    "kembar.findings.expiring-within-days",
                    "10",
                    "kembar.findings.no-agreement-after-days",
                    "100");
        }
    }

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
    void stagnantAfterTheConfiguredNumberOfDays() {
        String p = Fixtures.partnership();
        milestone(p, "type", "VISIT", "title", "Visit", "occurrenceDate", "2024-01-10");
        assertThat(
                appearsBetween(clock, p, "STAGNANT", day("2024-02-09"), day("2024-02-10"))
                        .get("message"),
                equalTo("No milestone achieved for 31 days; the last was \"Visit\" (2024-01-10)."));
    }

    @Test
    void oneSidedNeedsTheConfiguredNumberOfActivities() {
        String p = Fixtures.partnership();
        milestone(p, "type", "MEETING", "side", "LOCAL");
        milestone(p, "type", "MEETING", "side", "LOCAL");
        milestone(p, "type", "VISIT", "side", "LOCAL", "occurrenceDate", "2024-06-10");
        assertThat(
                appearsBetween(clock, p, "ONE_SIDED", day("2024-06-09"), day("2024-06-10"))
                        .get("message"),
                equalTo("3 of 3 activities took place on our side (reciprocity balance 1.00)."));
    }

    @Test
    void oneSidedFromTheConfiguredBalance() {
        String p = Fixtures.partnership();
        milestone(p, "type", "MEETING", "side", "LOCAL");
        milestone(p, "type", "MEETING", "side", "LOCAL");
        milestone(p, "type", "MEETING", "side", "BOTH");
        milestone(p, "type", "MEETING", "side", "BOTH");
        milestone(p, "type", "VISIT", "side", "BOTH", "occurrenceDate", "2024-06-10");
        // 2 of 4 (0.5) the day before, 2 of 5 (0.4) from the day of the visit
        assertThat(
                assertPresent(clock, p, "ONE_SIDED", day("2024-06-09")).get("message"),
                equalTo("2 of 4 activities took place on our side (reciprocity balance 0.50)."));
        assertAbsent(clock, p, "ONE_SIDED", day("2024-06-10"));
    }

    @Test
    void expiringWithinTheConfiguredWindow() {
        String p = Fixtures.partnership(
                Fixtures.city(Fixtures.unique("Kota"), "32.71"),
                Fixtures.foreignGovernment(Fixtures.unique("City"), "JP", "CITY"),
                "SISTER_CITY",
                "validUntil",
                "2027-06-30");
        assertThat(
                appearsBetween(clock, p, "AGREEMENT_EXPIRING", day("2027-06-19"), day("2027-06-20"))
                        .get("message"),
                equalTo("The agreement ends on 2027-06-30, in 10 days."));
    }

    @Test
    void noAgreementYetAfterTheConfiguredNumberOfDays() {
        String p = Fixtures.partnership();
        milestone(p, "type", "LETTER_OF_INTENT", "occurrenceDate", "2024-01-01");
        assertThat(
                appearsBetween(clock, p, "NO_AGREEMENT_YET", day("2024-04-10"), day("2024-04-11"))
                        .get("message"),
                equalTo("A letter of intent was achieved 101 days ago (2024-01-01) and no agreement "
                        + "has been signed since."));
    }
}
