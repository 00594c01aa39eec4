package id.kembar.finding;

import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import id.kembar.support.Fixtures;
import id.kembar.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The partnership list's {@code finding} filter and the finding codes each item carries, both as of today. */
@QuarkusTest
class PartnershipFindingFilterTest {

    @Inject
    TestClock clock;

    private String tag;
    private String withoutBudget;
    private String withTarget;
    private String withNothing;

    @BeforeEach
    void threePartnershipsOfOneCity() {
        tag = unique("FindingFilter");
        String local = Fixtures.city(tag + " kota", "32.71");
        withoutBudget = Fixtures.partnership(
                local, Fixtures.foreignGovernment(unique("City"), "JP", "CITY"), "SISTER_CITY", "title", tag + " a");
        program(withoutBudget, "status", "AGREED");
        withTarget = Fixtures.partnership(
                local, Fixtures.foreignGovernment(unique("City"), "KR", "CITY"), "FRIENDSHIP", "title", tag + " b");
        milestone(withTarget, "type", "AGREEMENT_SIGNED", "status", "PLANNED", "targetDate", "2027-06");
        withNothing = Fixtures.partnership(
                local, Fixtures.foreignGovernment(unique("City"), "JP", "CITY"), "FRIENDSHIP", "title", tag + " c");
        clock.fixAt(LocalDate.parse("2027-07-01"));
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private ValidatableResponse list(String query) {
        return given().when()
                .get("/api/v1/partnerships?q=" + tag + "&" + query)
                .then()
                .statusCode(200);
    }

    private List<String> ids(String query) {
        return list(query).extract().path("items.id");
    }

    @Test
    void keepsThePartnershipsThatHaveAnyOfTheGivenFindings() {
        assertThat(ids("finding=NO_BUDGET"), contains(withoutBudget));
        assertThat(ids("finding=OVERDUE_MILESTONE"), contains(withTarget));
        assertThat(ids("finding=NO_BUDGET&finding=OVERDUE_MILESTONE"), contains(withoutBudget, withTarget));
        assertThat(ids("finding=STAGNANT&finding=AGREEMENT_EXPIRED"), empty());
        assertThat(ids(""), contains(withoutBudget, withTarget, withNothing));
    }

    @Test
    void combinesWithTheOtherFiltersPagingAndSorting() {
        assertThat(ids("finding=NO_BUDGET&finding=OVERDUE_MILESTONE&type=FRIENDSHIP"), contains(withTarget));
        assertThat(ids("finding=NO_BUDGET&finding=OVERDUE_MILESTONE&partnerCountry=JP"), contains(withoutBudget));
        assertThat(ids("finding=NO_BUDGET&finding=NO_LEAD_AGENCY&localRegionCode=32"), contains(withoutBudget));
        assertThat(ids("finding=NO_BUDGET&finding=OVERDUE_MILESTONE&sort=-title"), contains(withTarget, withoutBudget));
        list("finding=NO_BUDGET&finding=OVERDUE_MILESTONE&pageSize=1&page=2")
                .body("items.id", contains(withTarget))
                .body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2));
    }

    @Test
    void oneFindingListsItsPartnershipsInTitleOrderAndFollowsAChangedTitle() {
        String another = Fixtures.partnership(
                Fixtures.city(tag + " kota 2", "32.73"),
                Fixtures.foreignGovernment(unique("City"), "CN", "CITY"),
                "SISTER_CITY",
                "title",
                tag + " d");
        program(another, "status", "IN_PROGRESS");
        assertThat(ids("finding=NO_BUDGET"), contains(withoutBudget, another));
        assertThat(ids("finding=NO_BUDGET&finding=NO_BUDGET"), contains(withoutBudget, another));
        assertThat(ids("finding=NO_BUDGET&sort=-title"), contains(another, withoutBudget));
        assertThat(ids("finding=NO_BUDGET&localRegionCode=32.73"), contains(another));
        assertThat(ids("finding=NO_BUDGET&type=FRIENDSHIP"), empty());
        list("finding=NO_BUDGET&pageSize=1&page=2")
                .body("items.id", contains(another))
                .body("items[0].findings", contains("NO_BUDGET", "NO_LEAD_AGENCY"))
                .body("totalItems", equalTo(2));
        String etag = given().get("/api/v1/partnerships/" + withoutBudget)
                .then()
                .extract()
                .header("ETag");
        patch("/api/v1/partnerships/" + withoutBudget, etag, "{\"title\":\"" + tag + " z\"}")
                .statusCode(200);
        assertThat(ids("finding=NO_BUDGET"), contains(another, withoutBudget));
        assertThat(ids("finding=NO_LEAD_AGENCY&pageSize=1"), contains(another));
    }

    @Test
    void eachItemCarriesItsFindingCodesInTheOrderTheyAreDeclared() {
        list("").body(
                        "items.findings",
                        contains(List.of("NO_BUDGET", "NO_LEAD_AGENCY"), List.of("OVERDUE_MILESTONE"), List.of()));
    }

    @Test
    void codesAndFilterFollowTheServicesDay() {
        clock.fixAt(LocalDate.parse("2027-06-30"));
        assertThat(ids("finding=OVERDUE_MILESTONE"), empty());
        list("").body("items.findings", contains(List.of("NO_BUDGET", "NO_LEAD_AGENCY"), List.of(), List.of()));
        clock.fixAt(LocalDate.parse("2027-07-01"));
        assertThat(ids("finding=OVERDUE_MILESTONE"), contains(withTarget));
    }

    @Test
    void aSinglePartnershipCarriesNoFindingCodes() {
        given().when()
                .get("/api/v1/partnerships/" + withoutBudget)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("findings")));
    }

    @Test
    void anUnknownFindingIs400NamingTheCodes() {
        invalid(given().when().get("/api/v1/partnerships?finding=STAGNATION").then(), "finding")
                .body(
                        "errors[0].allowedValues",
                        contains(
                                "STAGNANT",
                                "OVERDUE_MILESTONE",
                                "NO_BUDGET",
                                "NO_LEAD_AGENCY",
                                "PROGRAMS_NOT_IMPLEMENTED",
                                "ONE_SIDED",
                                "AGREEMENT_EXPIRING",
                                "AGREEMENT_EXPIRED",
                                "NO_AGREEMENT_YET"));
    }
}
