package id.kembar.finding;

import static id.kembar.support.KeptValuesAssert.assertKeptValuesAgree;
import static id.kembar.support.KeptValuesAssert.assertTotalAgrees;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.program;
import static id.kembar.support.ProgramFixtures.programsOf;
import static io.restassured.RestAssured.given;

import id.kembar.support.ProgramFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
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

    private static final String PROVINCE = "76";
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
            "finding=NO_BUDGET");

    private static final List<String> MILESTONE_FILTERS = List.of(
            "pageSize=1",
            "type=VISIT",
            "type=VISIT&type=MEETING",
            "status=PLANNED",
            "status=ACHIEVED&status=CANCELLED",
            "localRegionCode=" + PROVINCE,
            "localRegionCode=" + PROVINCE + "&type=VISIT",
            "partnerCountry=" + COUNTRY + "&status=PLANNED");

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

    private static void assertAllAgree() {
        PARTNERSHIP_FILTERS.forEach(filter -> assertTotalAgrees("/api/v1/partnerships", filter, 0));
        MILESTONE_FILTERS.forEach(filter -> assertTotalAgrees("/api/v1/milestones", filter, 1));
        PROGRAM_FILTERS.forEach(filter -> assertTotalAgrees("/api/v1/sector-programs", filter, 1));
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
