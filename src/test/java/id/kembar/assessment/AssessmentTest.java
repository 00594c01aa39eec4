package id.kembar.assessment;

import static id.kembar.support.FindingFixtures.assess;
import static id.kembar.support.FindingFixtures.assessmentOf;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static id.kembar.support.ProgramFixtures.UNKNOWN_ID;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import id.kembar.support.Fixtures;
import id.kembar.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The assessment as a resource: the day it is for, its stage, the order of its findings, and its errors. */
@QuarkusTest
class AssessmentTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void withoutAsOfItIsTodayInJakarta() {
        String p = Fixtures.partnership();
        milestone(p, "type", "VISIT", "status", "PLANNED", "targetDate", "2026-03");
        clock.fixAt(LocalDate.parse("2026-03-31"));
        given().when()
                .get(assessmentOf(p))
                .then()
                .statusCode(200)
                .body("asOf", equalTo("2026-03-31"))
                .body("findings", empty());
        clock.fixAt(LocalDate.parse("2026-04-01"));
        given().when()
                .get(assessmentOf(p))
                .then()
                .statusCode(200)
                .body("asOf", equalTo("2026-04-01"))
                .body("findings.code", contains("OVERDUE_MILESTONE"));
    }

    @Test
    void findingsComeMostSevereFirstThenInTheOrderOfTheirCodes() {
        String p = Fixtures.partnership(
                Fixtures.city(Fixtures.unique("Kota"), "32.71"),
                Fixtures.foreignGovernment(Fixtures.unique("City"), "JP", "CITY"),
                "SISTER_CITY",
                "validFrom",
                "2019",
                "validUntil",
                "2024");
        milestone(p, "type", "AGREEMENT_SIGNED", "occurrenceDate", "2019");
        milestone(p, "type", "MEETING", "side", "LOCAL", "occurrenceDate", "2020-01-01");
        milestone(p, "type", "VISIT", "side", "LOCAL");
        program(p, "status", "STALLED", "obstacles", List.of("NO_BUDGET"));
        assess(p, "2026-11-22")
                .body("stage", equalTo("AGREEMENT_IN_FORCE"))
                .body(
                        "findings.code",
                        contains(
                                "STAGNANT",
                                "AGREEMENT_EXPIRED",
                                "NO_BUDGET",
                                "NO_LEAD_AGENCY",
                                "PROGRAMS_NOT_IMPLEMENTED",
                                "ONE_SIDED"))
                .body("findings.severity", contains("CRITICAL", "CRITICAL", "WARNING", "WARNING", "WARNING", "INFO"));
    }

    @Test
    void anyDayFromYear1000To9999CanBeAssessed() {
        String p = Fixtures.partnership();
        milestone(p, "type", "AGREEMENT_SIGNED", "occurrenceDate", "2016");
        assess(p, "1000-01-01").body("findings", empty());
        assess(p, "9999-12-31").body("findings.code", contains("STAGNANT"));
    }

    @Test
    void anUnknownPartnershipIs404() {
        problem(given().when().get(assessmentOf(UNKNOWN_ID)).then(), 404).body("detail", containsString(UNKNOWN_ID));
        problem(
                given().queryParam("asOf", "2026-11-22")
                        .when()
                        .get(assessmentOf(UNKNOWN_ID))
                        .then(),
                404);
    }

    @Test
    void aPartnershipIdThatIsNoUuidIs400() {
        invalid(given().when().get(assessmentOf("not-a-uuid")).then(), "partnershipId");
    }

    @Test
    void aMalformedAsOfIs400NamingIt() {
        String p = Fixtures.partnership();
        for (String asOf : List.of(
                "2026-13-01",
                "yesterday",
                "0999-01-01",
                "2026-02-30",
                "2026-11",
                "2026",
                "22-11-2026",
                "2026-11-22T00:00:00Z",
                "10000-01-01")) {
            invalid(given().queryParam("asOf", asOf).when().get(assessmentOf(p)).then(), "asOf")
                    .body("errors[0].message", containsString("YYYY-MM-DD"));
        }
    }

    @Test
    void anUnknownQueryParameterIs400NamingTheOnesItTakes() {
        String p = Fixtures.partnership();
        invalid(
                        given().queryParam("asof", "2026-11-22")
                                .when()
                                .get(assessmentOf(p))
                                .then(),
                        "asof")
                .body("errors[0].allowedValues", contains("asOf"));
        invalid(
                given().queryParam("code", "STAGNANT")
                        .when()
                        .get(assessmentOf(p))
                        .then(),
                "code");
    }

    @Test
    void onlyGetIsAllowed() {
        String p = Fixtures.partnership();
        problem(
                        given().contentType("application/json")
                                .body("{}")
                                .when()
                                .post(assessmentOf(p))
                                .then(),
                        405)
                .header("Allow", containsString("GET"));
        problem(given().when().delete(assessmentOf(p)).then(), 405).header("Allow", not(containsString("DELETE")));
    }
}
