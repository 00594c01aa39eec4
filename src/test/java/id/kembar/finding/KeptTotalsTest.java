package id.kembar.finding;

import static id.kembar.support.KeptValuesAssert.assertKeptValuesAgree;
import static id.kembar.support.KeptValuesAssert.assertTotalAgrees;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.program;
import static id.kembar.support.ProgramFixtures.programsOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import id.kembar.support.ProgramFixtures;
import id.kembar.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API-GUIDE "Collections": {@code totalItems} is the number of items the filter matches. Lists whose filter asks for
 * no more than a scope and one kind read it from the counts kept on write; it must equal the count over the rows,
 * here forced with a filter the kept counts cannot answer ({@code updatedSince} before any record), also after the
 * records changed.
 */
@QuarkusTest
class KeptTotalsTest {

    private static final String PROVINCE = "75";
    private static final String COUNTRY = "TV";

    private static final List<String> PARTNERSHIP_FILTERS = List.of(
            "pageSize=1",
            "stage=EXPLORATION",
            "stage=EXPLORATION&stage=LETTER_OF_INTENT",
            "type=SISTER_PROVINCE",
            "localRegionCode=" + PROVINCE,
            "partnerCountry=" + COUNTRY,
            "partnerCountry=" + COUNTRY + "&partnerCountry=CN",
            "partnerCountry=" + COUNTRY + "&stage=EXPLORATION",
            "localRegionCode=" + PROVINCE + "&type=SISTER_PROVINCE",
            "localRegionCode=" + PROVINCE + "&finding=NO_BUDGET",
            "finding=NO_BUDGET",
            "validFromFrom=2019&validFromTo=2021",
            "validFromFrom=2019-01&validFromTo=2021-12-31",
            "validFromFrom=2021",
            "validFromTo=2020",
            "validFromFrom=2019-05&validFromTo=2021",
            "validFromFrom=2019&validFromTo=2020-06",
            "validFromFrom=2019&validFromTo=2021&stage=EXPLORATION",
            "validFromFrom=2019&validFromTo=2021&type=SISTER_CITY",
            "validFromTo=2019&localRegionCode=" + PROVINCE);

    private static final List<String> STATISTICS_FILTERS = List.of(
            "validFromFrom=2019&validFromTo=2021",
            "validFromFrom=2020",
            "validFromTo=2019-12",
            "validFromFrom=2019-05&validFromTo=2021");

    private static final List<String> MILESTONE_FILTERS = List.of(
            "pageSize=1",
            "type=VISIT",
            "type=VISIT&type=MEETING",
            "status=PLANNED",
            "status=ACHIEVED&status=CANCELLED",
            "localRegionCode=" + PROVINCE,
            "localRegionCode=" + PROVINCE + "&type=VISIT",
            "partnerCountry=" + COUNTRY + "&status=PLANNED",
            "status=PLANNED&targetDateTo=2030",
            "targetDateFrom=2031",
            "status=PLANNED&status=ACHIEVED&targetDateFrom=2030&targetDateTo=2032",
            "targetDateTo=2030-06",
            "type=VISIT&targetDateTo=2031",
            "localRegionCode=" + PROVINCE + "&status=PLANNED&targetDateTo=2031");

    private static final List<String> PROGRAM_FILTERS = List.of(
            "pageSize=1",
            "sector=EDUCATION",
            "sector=EDUCATION&sector=TOURISM",
            "status=STALLED",
            "obstacle=NO_BUDGET",
            "hasBudget=false",
            "hasLeadAgency=false",
            "localRegionCode=" + PROVINCE + "&hasBudget=false",
            "partnerCountry=" + COUNTRY + "&sector=TOURISM",
            "localRegionCode=" + PROVINCE + "&obstacle=NO_BUDGET");

    @Inject
    AgroalDataSource dataSource;

    private String partnership;
    private String visit;
    private String stalled;

    @BeforeEach
    void partnershipsWithMilestonesAndPrograms() {
        partnership = ProgramFixtures.partnershipIn(PROVINCE, COUNTRY);
        visit = milestone(partnership, "type", "VISIT", "side", "LOCAL", "occurrenceDate", "2024-03");
        milestone(partnership, "type", "MEETING", "status", "PLANNED", "targetDate", "2030");
        milestone(partnership, "type", "LETTER_OF_INTENT", "occurrenceDate", "2023");
        stalled = program(partnership, "sector", "TOURISM", "status", "STALLED", "obstacles", List.of("NO_BUDGET"));
        program(partnership, "sector", "EDUCATION");
        String other = ProgramFixtures.partnershipIn(PROVINCE + ".71", COUNTRY);
        String one = "/api/v1/partnerships/" + partnership;
        patch(one, etag(one), "{\"validFrom\":\"2019-05\"}").statusCode(200);
        String two = "/api/v1/partnerships/" + other;
        patch(two, etag(two), "{\"validFrom\":\"2021\"}").statusCode(200);
        milestone(other, "type", "VISIT", "status", "PLANNED", "targetDate", "2031");
        program(other, "sector", "EDUCATION", "status", "STALLED", "obstacles", List.of("NO_FOLLOW_UP"));
    }

    @Test
    void listTotalsFromKeptCountsEqualCountingTheRows() {
        assertAllAgree();
    }

    @Test
    void listTotalsStayEqualAfterMilestonesAndProgramsChange() {
        String path = milestonesOf(partnership) + "/" + visit;
        patch(
                        path,
                        etag(path),
                        "{\"type\":\"MEETING\",\"status\":\"PLANNED\",\"occurrenceDate\":null,\"targetDate\":\"2032\"}")
                .statusCode(200);
        String program = programsOf(partnership) + "/" + stalled;
        patch(
                        program,
                        etag(program),
                        "{\"status\":\"IN_PROGRESS\",\"sector\":\"EDUCATION\","
                                + "\"budget\":{\"amount\":\"1000\",\"currency\":\"IDR\"}}")
                .statusCode(200);
        given().delete("/api/v1/partnerships/" + partnership).then().statusCode(204);
        assertAllAgree();
        assertKeptValuesAgree();
    }

    /**
     * Migration V26 back-fills the measures per year of validFrom into what was kept before them (without computing
     * every kept value again): run here on the state before it, made by taking them out.
     */
    @Test
    void theMigrationKeepingTheYearsOfValidFromBackFillsWhatWasKeptBefore() throws SQLException, IOException {
        Sql.execute(dataSource, "update kept_facts set tally = regexp_replace(tally, '\\|validFrom:[0-9]{4}=1$', '')");
        Sql.execute(dataSource, "delete from tally where scope = '*' and measure like 'validFrom:%'");
        try {
            // each partnership's kept contribution lacks its year (the tally agrees with them), and so do the totals
            List<String> before = given().get("/api/v1/consistency")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("disagreements.findAll { it.partnershipId != null }.value");
            assertThat(before, hasItems("tally"));
            assertThat(
                    given().get("/api/v1/partnerships?validFromFrom=2019&validFromTo=2021")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("totalItems"),
                    equalTo(0));

            for (String statement : Sql.statements("/db/migration/V26__valid_from_years_kept.sql")) {
                Sql.execute(dataSource, statement);
            }

            assertKeptValuesAgree();
            assertAllAgree();
        } finally {
            // whatever failed above, the other tests find what is kept right
            given().post("/api/v1/consistency/repairs").then().statusCode(200);
        }
    }

    private static void assertAllAgree() {
        PARTNERSHIP_FILTERS.forEach(filter -> assertTotalAgrees("/api/v1/partnerships", filter, 0));
        MILESTONE_FILTERS.forEach(filter -> assertTotalAgrees("/api/v1/milestones", filter, 1));
        PROGRAM_FILTERS.forEach(filter -> assertTotalAgrees("/api/v1/sector-programs", filter, 1));
        STATISTICS_FILTERS.forEach(filter -> assertThat(
                "statistics?" + filter,
                statistics(filter),
                equalTo(statistics(filter + "&updatedSince=2000-01-01T00:00:00Z"))));
    }

    private static Map<String, Object> statistics(String query) {
        return given().get("/api/v1/statistics?" + query)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
