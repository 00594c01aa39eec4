package id.kembar.finding;

import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.partnershipIn;
import static id.kembar.support.ProgramFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import id.kembar.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /findings: every current finding across partnerships, filtered, paged and sorted. */
@QuarkusTest
class FindingListTest {

    private static final List<String> ALL_CODES = List.of(
            "STAGNANT",
            "OVERDUE_MILESTONE",
            "NO_BUDGET",
            "NO_LEAD_AGENCY",
            "PROGRAMS_NOT_IMPLEMENTED",
            "ONE_SIDED",
            "AGREEMENT_EXPIRING",
            "AGREEMENT_EXPIRED",
            "NO_AGREEMENT_YET");

    @Inject
    TestClock clock;

    /** A city in Kalimantan Barat (61.71) with a partner in New Zealand, and five findings. */
    private String partnership;

    @BeforeEach
    void aPartnershipWithFindingsOfEverySeverity() {
        partnership = partnershipIn("61.71", "NZ");
        milestone(partnership, "type", "MEETING", "side", "LOCAL", "occurrenceDate", "2020-02-02");
        milestone(partnership, "type", "VISIT", "side", "LOCAL");
        program(partnership, "status", "STALLED", "obstacles", List.of("NO_FOLLOW_UP"));
        clock.fixAt(LocalDate.parse("2026-11-22"));
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static ValidatableResponse findings(String query) {
        return given().when().get("/api/v1/findings?" + query).then().statusCode(200);
    }

    private List<String> codes(String query) {
        return findings("partnershipId=" + partnership + "&" + query).extract().path("items.code");
    }

    @Test
    void mostSevereFirstThenByCodeWithThePartnershipsPlace() {
        findings("partnershipId=" + partnership)
                .body(
                        "items.code",
                        contains("STAGNANT", "NO_BUDGET", "NO_LEAD_AGENCY", "PROGRAMS_NOT_IMPLEMENTED", "ONE_SIDED"))
                .body("items.severity", contains("CRITICAL", "WARNING", "WARNING", "WARNING", "INFO"))
                .body("items.partnershipId", everyItem(equalTo(partnership)))
                .body("items.partnershipTitle", everyItem(startsWith("Partnership ")))
                .body("items.localRegionCode", everyItem(equalTo("61.71")))
                .body("items.partnerCountry", everyItem(equalTo("NZ")))
                .body("items.find { it.code == 'PROGRAMS_NOT_IMPLEMENTED' }.obstacles", contains("NO_FOLLOW_UP"))
                .body("totalItems", equalTo(5));
    }

    @Test
    void filtersByAnyOfTheGivenCodesAndSeverities() {
        assertThat(codes("code=ONE_SIDED&code=STAGNANT"), contains("STAGNANT", "ONE_SIDED"));
        assertThat(codes("code=OVERDUE_MILESTONE"), empty());
        assertThat(codes("severity=WARNING"), contains("NO_BUDGET", "NO_LEAD_AGENCY", "PROGRAMS_NOT_IMPLEMENTED"));
        assertThat(codes("severity=INFO&severity=CRITICAL"), contains("STAGNANT", "ONE_SIDED"));
        assertThat(codes("severity=WARNING&code=STAGNANT&code=NO_BUDGET"), contains("NO_BUDGET"));
        // no code has both: nothing, not an error
        findings("code=STAGNANT&severity=INFO").body("items", empty()).body("totalItems", equalTo(0));
        findings("code=NO_LEAD_AGENCY&pageSize=200").body("items.code", everyItem(equalTo("NO_LEAD_AGENCY")));
        findings("severity=CRITICAL&pageSize=200").body("items.severity", everyItem(equalTo("CRITICAL")));
    }

    @Test
    void filtersByLocalRegionCodeIncludingAProvincesCitiesAndByPartnerCountry() {
        assertThat(codes("localRegionCode=61"), hasSize(5));
        assertThat(codes("localRegionCode=61.71"), hasSize(5));
        assertThat(codes("localRegionCode=61.72"), empty());
        assertThat(codes("localRegionCode=62"), empty());
        assertThat(codes("partnerCountry=NZ"), hasSize(5));
        assertThat(codes("partnerCountry=JP&partnerCountry=NZ"), hasSize(5));
        assertThat(codes("partnerCountry=JP"), empty());
        findings("localRegionCode=61&pageSize=200")
                .body("items.localRegionCode", everyItem(startsWith("61")))
                .body("items.partnershipId", hasItem(partnership));
        findings("partnerCountry=NZ&pageSize=200")
                .body("items.partnerCountry", everyItem(equalTo("NZ")))
                .body("items.partnershipId", hasItem(partnership));
        String other = partnershipIn("62", "NZ");
        program(other, "status", "AGREED");
        findings("partnershipId=" + other).body("items.code", containsInAnyOrder("NO_BUDGET", "NO_LEAD_AGENCY"));
        findings("localRegionCode=62&partnerCountry=NZ&pageSize=200").body("items.partnershipId", hasItem(other));
        findings("localRegionCode=61&partnerCountry=NZ&pageSize=200")
                .body("items.partnershipId", everyItem(not(equalTo(other))));
    }

    @Test
    void pagesCarryTheEnvelopeAndLinksThatKeepTheFilters() {
        Response page2 = given().when().get("/api/v1/findings?partnershipId=" + partnership + "&pageSize=2&page=2");
        page2.then()
                .statusCode(200)
                .body("items.code", contains("NO_LEAD_AGENCY", "PROGRAMS_NOT_IMPLEMENTED"))
                .body("page", equalTo(2))
                .body("pageSize", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3));
        String base = "/api/v1/findings?partnershipId=" + partnership + "&pageSize=2&page=";
        assertThat(
                page2.headers().getValues("Link").stream()
                        .map(l -> l.replaceAll("^<https?://[^/]+", "<"))
                        .toList(),
                containsInAnyOrder(
                        "<" + base + "1>; rel=\"first\"",
                        "<" + base + "1>; rel=\"prev\"",
                        "<" + base + "3>; rel=\"next\"",
                        "<" + base + "3>; rel=\"last\""));
        findings("partnershipId=" + partnership + "&pageSize=2&page=3").body("items.code", contains("ONE_SIDED"));
        findings("partnershipId=" + partnership + "&pageSize=2&page=4")
                .body("items", empty())
                .body("totalItems", equalTo(5));
        findings("partnershipId=" + partnership).body("page", equalTo(1)).body("pageSize", equalTo(20));
    }

    @Test
    void sortsBySeverityCodePartnershipRegionAndCountry() {
        String alpha = partnershipIn("63", "UY");
        given().contentType("application/merge-patch+json")
                .body("{\"title\": \"alpha " + alpha + "\"}")
                .when()
                .patch("/api/v1/partnerships/" + alpha)
                .then()
                .statusCode(200);
        String beta = partnershipIn("63.71", "PY");
        given().contentType("application/merge-patch+json")
                .body("{\"title\": \"Beta " + beta + "\"}")
                .when()
                .patch("/api/v1/partnerships/" + beta)
                .then()
                .statusCode(200);
        for (String p : List.of(alpha, beta)) {
            program(p, "status", "IN_PROGRESS", "side", "LOCAL", "budget", Map.of("amount", "1", "currency", "IDR"));
            program(p, "status", "IN_PROGRESS", "side", "LOCAL");
        }
        String mine = "&partnerCountry=UY&partnerCountry=PY&pageSize=200";
        assertThat(
                order("sort=partnership,code" + mine, alpha, beta),
                contains(
                        alpha + " NO_BUDGET",
                        alpha + " NO_LEAD_AGENCY",
                        alpha + " ONE_SIDED",
                        beta + " NO_BUDGET",
                        beta + " NO_LEAD_AGENCY",
                        beta + " ONE_SIDED"));
        assertThat(
                order("sort=-partnership,-code" + mine, alpha, beta),
                contains(
                        beta + " ONE_SIDED",
                        beta + " NO_LEAD_AGENCY",
                        beta + " NO_BUDGET",
                        alpha + " ONE_SIDED",
                        alpha + " NO_LEAD_AGENCY",
                        alpha + " NO_BUDGET"));
        assertThat(
                order("sort=severity,-localRegionCode" + mine, alpha, beta),
                contains(
                        beta + " ONE_SIDED",
                        alpha + " ONE_SIDED",
                        beta + " NO_BUDGET",
                        beta + " NO_LEAD_AGENCY",
                        alpha + " NO_BUDGET",
                        alpha + " NO_LEAD_AGENCY"));
        assertThat(
                order("sort=partnerCountry,code" + mine, alpha, beta),
                contains(
                        beta + " NO_BUDGET",
                        beta + " NO_LEAD_AGENCY",
                        beta + " ONE_SIDED",
                        alpha + " NO_BUDGET",
                        alpha + " NO_LEAD_AGENCY",
                        alpha + " ONE_SIDED"));
        // codes sort in the order FindingCode declares them, as in the assessment
        assertThat(
                order("sort=code,localRegionCode" + mine, alpha, beta),
                contains(
                        alpha + " NO_BUDGET",
                        beta + " NO_BUDGET",
                        alpha + " NO_LEAD_AGENCY",
                        beta + " NO_LEAD_AGENCY",
                        alpha + " ONE_SIDED",
                        beta + " ONE_SIDED"));
    }

    /** "partnership CODE" for the findings of these partnerships, in the order listed. */
    private static List<String> order(String query, String... partnerships) {
        List<String> ours = List.of(partnerships);
        List<Map<String, Object>> items = findings(query).extract().path("items");
        return items.stream()
                .filter(item -> ours.contains(item.get("partnershipId")))
                .map(item -> item.get("partnershipId") + " " + item.get("code"))
                .toList();
    }

    @Test
    void anUnknownCodeSeveritySortOrParameterIs400NamingWhatIsAllowed() {
        invalid(given().get("/api/v1/findings?code=STAGNATION").then(), "code")
                .body("errors[0].allowedValues", equalTo(ALL_CODES));
        invalid(given().get("/api/v1/findings?severity=SEVERE").then(), "severity")
                .body("errors[0].allowedValues", equalTo(List.of("INFO", "WARNING", "CRITICAL")));
        invalid(given().get("/api/v1/findings?sort=title").then(), "sort")
                .body(
                        "errors[0].allowedValues",
                        containsInAnyOrder("severity", "code", "partnership", "localRegionCode", "partnerCountry"));
        invalid(given().get("/api/v1/findings?finding=STAGNANT").then(), "finding")
                .body("errors[0].allowedValues", hasItem("code"));
        invalid(given().get("/api/v1/findings?partnershipId=42").then(), "partnershipId");
        invalid(given().get("/api/v1/findings?localRegionCode=6").then(), "localRegionCode");
        invalid(given().get("/api/v1/findings?partnerCountry=NZL").then(), "partnerCountry");
        invalid(given().get("/api/v1/findings?pageSize=201").then(), "pageSize");
        invalid(given().get("/api/v1/findings?page=0").then(), "page");
    }
}
