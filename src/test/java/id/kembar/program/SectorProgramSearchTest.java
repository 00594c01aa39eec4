package id.kembar.program;

import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.KeptValuesAssert.assertKeptValuesAgree;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static id.kembar.support.ProgramFixtures.UNKNOWN_ID;
import static id.kembar.support.ProgramFixtures.listed;
import static id.kembar.support.ProgramFixtures.partnershipIn;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.program;
import static id.kembar.support.ProgramFixtures.programsOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The top-level program list across partnerships, and the sorting and paging both lists share. */
@QuarkusTest
class SectorProgramSearchTest {

    private static final String ALL = "/api/v1/sector-programs";

    private static List<Object> titles(String query) {
        return listed(ALL + "?pageSize=200&" + query, "title");
    }

    @Test
    void topLevelListHoldsProgramsOfEveryPartnershipAndNarrowsToOne() {
        String tag = unique("Across");
        String bogor = Fixtures.partnership();
        String padang = Fixtures.partnership();
        program(bogor, "title", tag + " a");
        program(padang, "title", tag + " b");
        assertThat(titles("q=" + tag), contains(tag + " a", tag + " b"));
        assertThat(titles("q=" + tag + "&partnershipId=" + padang), contains(tag + " b"));
        given().get(ALL + "?q=" + tag).then().body("items.partnershipId", contains(bogor, padang));
        assertThat(titles("partnershipId=" + UNKNOWN_ID), empty());
        invalid(given().get(ALL + "?partnershipId=bogor").then(), "partnershipId");
    }

    @Test
    void provinceRegionCodeMatchesPartnershipsOfItsCitiesAndRegencies() {
        String tag = unique("Region");
        program(partnershipIn("32", "CN"), "title", tag + " jabar");
        program(partnershipIn("32.71", "JP"), "title", tag + " bogor");
        program(partnershipIn("53", "CN"), "title", tag + " ntt");
        program(partnershipIn("13.71", "DE"), "title", tag + " padang");
        assertThat(titles("q=" + tag + "&localRegionCode=32"), contains(tag + " bogor", tag + " jabar"));
        assertThat(titles("q=" + tag + "&localRegionCode=32.71"), contains(tag + " bogor"));
        assertThat(titles("q=" + tag + "&localRegionCode=53"), contains(tag + " ntt"));
        assertThat(titles("q=" + tag + "&localRegionCode=13"), contains(tag + " padang"));
        invalid(given().get(ALL + "?localRegionCode=3").then(), "localRegionCode");
        invalid(given().get(ALL + "?localRegionCode=ID-JB").then(), "localRegionCode");
    }

    /** The list filters by copies of where the program's partnership is, which follow every change of its sides. */
    @Test
    void programsFollowTheirPartnershipWhenItsSidesChangeOrMove() {
        String tag = unique("Moving");
        String partnership = partnershipIn("32.71", "JP");
        program(partnership, "title", tag + " program");
        String surabaya = Fixtures.city(unique("Kota"), "35.78");
        patch("/api/v1/partnerships/" + partnership, null, "{\"localGovernmentId\":\"" + surabaya + "\"}")
                .statusCode(200);
        assertThat(titles("q=" + tag + "&localRegionCode=35"), contains(tag + " program"));
        assertThat(titles("q=" + tag + "&localRegionCode=35.78"), contains(tag + " program"));
        assertThat(titles("q=" + tag + "&localRegionCode=32"), empty());

        patch("/api/v1/actors/" + surabaya, null, "{\"regionCode\":\"36.74\"}").statusCode(200);
        assertThat(titles("q=" + tag + "&localRegionCode=36"), contains(tag + " program"));
        assertThat(titles("q=" + tag + "&localRegionCode=35"), empty());

        String daejeon = Fixtures.foreignGovernment(unique("City"), "KR", "CITY");
        patch("/api/v1/partnerships/" + partnership, null, "{\"partnerId\":\"" + daejeon + "\"}")
                .statusCode(200);
        assertThat(titles("q=" + tag + "&partnerCountry=KR"), contains(tag + " program"));
        assertThat(titles("q=" + tag + "&partnerCountry=JP"), empty());
        assertKeptValuesAgree();
    }

    @Test
    void filtersByPartnerCountryAnyOf() {
        String tag = unique("Country");
        program(partnershipIn("52", "CN"), "title", tag + " zhejiang");
        program(partnershipIn("36.74", "KR"), "title", tag + " daejeon");
        program(partnershipIn("13.71", "DE"), "title", tag + " hildesheim");
        assertThat(titles("q=" + tag + "&partnerCountry=CN"), contains(tag + " zhejiang"));
        assertThat(
                titles("q=" + tag + "&partnerCountry=KR&partnerCountry=DE"),
                contains(tag + " daejeon", tag + " hildesheim"));
        String ntb = partnershipIn("52", "CN");
        program(ntb, "title", tag + " ntb nested");
        assertThat(
                listed(programsOf(ntb) + "?partnerCountry=CN&localRegionCode=52", "title"),
                contains(tag + " ntb nested"));
        assertThat(listed(programsOf(ntb) + "?partnerCountry=JP", "title"), empty());
        invalid(given().get(ALL + "?partnerCountry=XX").then(), "partnerCountry");
        invalid(given().get(ALL + "?partnerCountry=cn").then(), "partnerCountry");
    }

    @Test
    void answersTheMinistrysQuestionOfStalledProgramsWithoutBudget() {
        String tag = unique("Ministry");
        String ntb = partnershipIn("52", "CN");
        program(ntb, "title", tag + " fisheries", "status", "STALLED", "obstacles", List.of("NO_BUDGET"));
        program(
                ntb,
                "title",
                tag + " transport",
                "status",
                "STALLED",
                "obstacles",
                List.of("NO_FOLLOW_UP"),
                "budget",
                Map.of("amount", "5000000", "currency", "CNY"));
        program(ntb, "title", tag + " tourism", "status", "IN_PROGRESS");
        assertThat(
                titles("q=" + tag + "&status=STALLED&hasBudget=false&localRegionCode=52"),
                contains(tag + " fisheries"));
    }

    @Test
    void sortsByEveryAllowedFieldWithTitleAsDefault() {
        String p = Fixtures.partnership();
        String c = program(
                p, "title", "c", "sector", "AGRICULTURE", "status", "PROPOSED", "startDate", "2016", "endDate", "2020");
        program(
                p,
                "title",
                "a",
                "sector",
                "TOURISM",
                "status",
                "STALLED",
                "obstacles",
                List.of("NO_BUDGET"),
                "startDate",
                "2016-11",
                "endDate",
                "2017");
        program(
                p,
                "title",
                "b",
                "sector",
                "EDUCATION",
                "status",
                "AGREED",
                "startDate",
                "2015-06-30",
                "endDate",
                "2018-01");
        String path = programsOf(p) + "?sort=";
        assertThat(listed(programsOf(p), "title"), contains("a", "b", "c"));
        assertThat(listed(path + "-title", "title"), contains("c", "b", "a"));
        assertThat(listed(path + "sector", "title"), contains("c", "b", "a"));
        assertThat(listed(path + "status", "title"), contains("b", "c", "a"));
        assertThat(listed(path + "startDate", "title"), contains("b", "c", "a"));
        assertThat(listed(path + "-endDate", "title"), contains("c", "b", "a"));
        assertThat(listed(path + "createdAt", "title"), contains("c", "a", "b"));
        patch(programsOf(p) + "/" + c, null, "{\"outcomes\": \"touched\"}").statusCode(200);
        assertThat(listed(path + "-updatedAt", "title"), contains("c", "b", "a"));
        assertThat(listed(ALL + "?partnershipId=" + p + "&sort=-startDate", "title"), contains("a", "c", "b"));
    }

    @Test
    void equalSortKeysAreOrderedByIdAndCombineWithOtherFields() {
        String p = Fixtures.partnership();
        program(p, "title", "x", "sector", "HEALTH");
        program(p, "title", "y", "sector", "CULTURE");
        program(p, "title", "x", "sector", "CULTURE");
        assertThat(listed(programsOf(p) + "?sort=title,sector", "sector"), contains("CULTURE", "HEALTH", "CULTURE"));
        assertThat(listed(programsOf(p) + "?sort=sector,-title", "title"), contains("y", "x", "x"));
        List<String> ids = listed(programsOf(p) + "?sort=title", "id").stream()
                .map(String::valueOf)
                .toList();
        assertThat("the two programs titled x, by id", ids.get(0).compareTo(ids.get(1)), lessThan(0));
    }

    @Test
    void unknownSortFieldIs400NamingTheAllowedOnes() {
        String p = Fixtures.partnership();
        invalid(given().get(programsOf(p) + "?sort=budget").then(), "sort")
                .body(
                        "errors[0].allowedValues",
                        containsInAnyOrder(
                                "title", "sector", "status", "startDate", "endDate", "createdAt", "updatedAt"));
        invalid(given().get(ALL + "?sort=title,").then(), "sort");
        invalid(given().get(ALL + "?sort=+title").then(), "sort");
    }

    @Test
    void pagesCarryTheEnvelopeAndLinksThatKeepTheFilters() {
        String p = Fixtures.partnership();
        for (int i = 1; i <= 5; i++) {
            program(p, "title", "program " + i, "sector", "CULTURE");
        }
        program(p, "title", "program 0", "sector", "HEALTH");
        Response page2 = given().get(programsOf(p) + "?sector=CULTURE&pageSize=2&page=2");
        page2.then()
                .statusCode(200)
                .body("items.title", contains("program 3", "program 4"))
                .body("page", equalTo(2))
                .body("pageSize", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3));
        String base = programsOf(p) + "?sector=CULTURE&pageSize=2&page=";
        assertThat(
                page2.headers().getValues("Link").stream()
                        .map(l -> l.replaceAll("^<https?://[^/]+", "<"))
                        .toList(),
                containsInAnyOrder(
                        "<" + base + "1>; rel=\"first\"",
                        "<" + base + "1>; rel=\"prev\"",
                        "<" + base + "3>; rel=\"next\"",
                        "<" + base + "3>; rel=\"last\""));
        given().get(programsOf(p) + "?sector=CULTURE&pageSize=2&page=3")
                .then()
                .body("items.title", contains("program 5"));
        given().get(programsOf(p) + "?sector=CULTURE&pageSize=2&page=9")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("totalItems", equalTo(5));
        given().get(programsOf(p))
                .then()
                .body("pageSize", equalTo(20))
                .body("page", equalTo(1))
                .body("totalItems", equalTo(6))
                .body("totalPages", equalTo(1));
    }

    @Test
    void outOfRangePagingIs400NotClamped() {
        String p = Fixtures.partnership();
        invalid(given().get(programsOf(p) + "?pageSize=201").then(), "pageSize");
        invalid(given().get(ALL + "?pageSize=0").then(), "pageSize");
        invalid(given().get(ALL + "?page=0").then(), "page");
        invalid(given().get(ALL + "?page=two").then(), "page");
    }

    @Test
    void nestedListOfAnUnknownPartnershipIs404() {
        problem(given().get(programsOf(UNKNOWN_ID)).then(), 404);
    }
}
