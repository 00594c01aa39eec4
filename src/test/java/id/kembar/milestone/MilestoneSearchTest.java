package id.kembar.milestone;

import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static id.kembar.support.ProgramFixtures.UNKNOWN_ID;
import static id.kembar.support.ProgramFixtures.listed;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.partnershipIn;
import static id.kembar.support.ProgramFixtures.patch;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The top-level milestone list across partnerships, and the sorting and paging both lists share. */
@QuarkusTest
class MilestoneSearchTest {

    private static final String ALL = "/api/v1/milestones";

    private static List<Object> titles(String query) {
        return listed(ALL + "?sort=title&pageSize=200&" + query, "title");
    }

    @Test
    void topLevelListHoldsMilestonesOfEveryPartnershipAndNarrowsToOne() {
        String tag = unique("Across");
        String bogor = Fixtures.partnership();
        String padang = Fixtures.partnership();
        milestone(bogor, "title", tag + " a");
        milestone(padang, "title", tag + " b");
        assertThat(titles("q=" + tag), contains(tag + " a", tag + " b"));
        assertThat(titles("q=" + tag + "&partnershipId=" + bogor), contains(tag + " a"));
        given().get(ALL + "?sort=title&q=" + tag).then().body("items.partnershipId", contains(bogor, padang));
        assertThat(titles("partnershipId=" + UNKNOWN_ID), empty());
        invalid(given().get(ALL + "?partnershipId=padang").then(), "partnershipId");
    }

    @Test
    void provinceRegionCodeMatchesPartnershipsOfItsCitiesAndRegencies() {
        String tag = unique("Region");
        milestone(partnershipIn("32", "KR"), "title", tag + " jabar");
        milestone(partnershipIn("32.71", "JP"), "title", tag + " bogor");
        milestone(partnershipIn("36.74", "KR"), "title", tag + " tangsel");
        assertThat(titles("q=" + tag + "&localRegionCode=32"), contains(tag + " bogor", tag + " jabar"));
        assertThat(titles("q=" + tag + "&localRegionCode=32.71"), contains(tag + " bogor"));
        assertThat(titles("q=" + tag + "&localRegionCode=36"), contains(tag + " tangsel"));
        invalid(given().get(ALL + "?localRegionCode=32.7").then(), "localRegionCode");
    }

    @Test
    void filtersByPartnerCountryAnyOf() {
        String tag = unique("Country");
        milestone(partnershipIn("52", "CN"), "title", tag + " zhejiang");
        milestone(partnershipIn("36.74", "KR"), "title", tag + " daejeon");
        milestone(partnershipIn("13.71", "DE"), "title", tag + " hildesheim");
        assertThat(titles("q=" + tag + "&partnerCountry=DE"), contains(tag + " hildesheim"));
        assertThat(
                titles("q=" + tag + "&partnerCountry=CN&partnerCountry=KR"),
                contains(tag + " daejeon", tag + " zhejiang"));
        invalid(given().get(ALL + "?partnerCountry=ZZ").then(), "partnerCountry");
    }

    @Test
    void answersWhichMilestonesOfAProvinceAreDueBeforeADate() {
        String tag = unique("Due");
        String ntt = partnershipIn("53", "CN");
        milestone(
                ntt,
                "title",
                tag + " agreement",
                "type",
                "AGREEMENT_SIGNED",
                "status",
                "PLANNED",
                "targetDate",
                "2026");
        milestone(
                ntt,
                "title",
                tag + " clearance",
                "type",
                "CENTRAL_GOVERNMENT_CLEARANCE",
                "status",
                "PLANNED",
                "targetDate",
                "2026-09");
        milestone(ntt, "title", tag + " loi", "type", "LETTER_OF_INTENT", "targetDate", "2025");
        milestone(partnershipIn("52", "CN"), "title", tag + " ntb", "status", "PLANNED", "targetDate", "2026-01");
        assertThat(
                titles("q=" + tag + "&status=PLANNED&targetDateTo=2026-06&localRegionCode=53"),
                contains(tag + " agreement"));
    }

    @Test
    void defaultOrderIsTheTimelineOfOccurrenceElseTargetDate() {
        String p = Fixtures.partnership();
        milestone(p, "title", "t3", "type", "VISIT", "occurrenceDate", "2015");
        String planned =
                milestone(p, "title", "t1", "type", "AGREEMENT_SIGNED", "status", "PLANNED", "targetDate", "2026-03");
        milestone(p, "title", "t2", "type", "LETTER_OF_INTENT", "occurrenceDate", "2016-11-18", "targetDate", "2014");
        milestone(p, "title", "t0", "type", "MEETING");
        assertThat(listed(milestonesOf(p), "title"), contains("t3", "t2", "t1", "t0"));
        assertThat(listed(ALL + "?partnershipId=" + p, "title"), contains("t3", "t2", "t1", "t0"));
        String dated = "&type=VISIT&type=AGREEMENT_SIGNED&type=LETTER_OF_INTENT";
        assertThat(listed(milestonesOf(p) + "?sort=-date" + dated, "title"), contains("t1", "t2", "t3"));

        String path = milestonesOf(p) + "?sort=";
        assertThat(listed(path + "targetDate&targetDateFrom=1900", "title"), contains("t2", "t1"));
        assertThat(listed(path + "occurrenceDate&occurrenceDateFrom=1900", "title"), contains("t3", "t2"));
        assertThat(listed(path + "-occurrenceDate&occurrenceDateFrom=1900", "title"), contains("t2", "t3"));
        assertThat(listed(path + "type", "title"), contains("t1", "t2", "t0", "t3"));
        assertThat(listed(path + "status,title", "title"), contains("t0", "t2", "t3", "t1"));
        assertThat(listed(path + "-title", "title"), contains("t3", "t2", "t1", "t0"));
        assertThat(listed(path + "createdAt", "title"), contains("t3", "t1", "t2", "t0"));
        patch(milestonesOf(p) + "/" + planned, null, "{\"placeName\": \"Nanchang\"}")
                .statusCode(200);
        assertThat(listed(path + "-updatedAt", "title"), contains("t1", "t0", "t2", "t3"));
    }

    @Test
    void unknownSortFieldIs400NamingTheAllowedOnes() {
        invalid(
                        given().get(milestonesOf(Fixtures.partnership()) + "?sort=occurrence")
                                .then(),
                        "sort")
                .body(
                        "errors[0].allowedValues",
                        containsInAnyOrder(
                                "date",
                                "targetDate",
                                "occurrenceDate",
                                "type",
                                "status",
                                "title",
                                "createdAt",
                                "updatedAt"));
        invalid(given().get(ALL + "?sort=-").then(), "sort");
    }

    @Test
    void pagesCarryTheEnvelopeAndLinksThatKeepTheFilters() {
        String p = Fixtures.partnership();
        for (int year = 2011; year <= 2015; year++) {
            milestone(p, "title", "visit " + year, "type", "VISIT", "occurrenceDate", String.valueOf(year));
        }
        milestone(p, "title", "meeting", "type", "MEETING", "occurrenceDate", "2012");
        Response page2 = given().get(milestonesOf(p) + "?type=VISIT&pageSize=2&page=2");
        page2.then()
                .statusCode(200)
                .body("items.title", contains("visit 2013", "visit 2014"))
                .body("page", equalTo(2))
                .body("pageSize", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3));
        String base = milestonesOf(p) + "?type=VISIT&pageSize=2&page=";
        assertThat(
                page2.headers().getValues("Link").stream()
                        .map(l -> l.replaceAll("^<https?://[^/]+", "<"))
                        .toList(),
                containsInAnyOrder(
                        "<" + base + "1>; rel=\"first\"",
                        "<" + base + "1>; rel=\"prev\"",
                        "<" + base + "3>; rel=\"next\"",
                        "<" + base + "3>; rel=\"last\""));
        given().get(milestonesOf(p) + "?type=VISIT&pageSize=2&page=3")
                .then()
                .body("items.title", contains("visit 2015"));
        given().get(ALL + "?partnershipId=" + p + "&pageSize=200")
                .then()
                .body("totalItems", equalTo(6))
                .body("totalPages", equalTo(1))
                .body("items", hasSize(6));
    }

    @Test
    void outOfRangePagingIs400NotClampedAndUnknownPartnershipIs404() {
        invalid(given().get(ALL + "?pageSize=500").then(), "pageSize");
        invalid(given().get(milestonesOf(Fixtures.partnership()) + "?page=-1").then(), "page");
        invalid(given().get(ALL + "?page=1.5").then(), "page");
        problem(given().get(milestonesOf(UNKNOWN_ID)).then(), 404);
    }
}
