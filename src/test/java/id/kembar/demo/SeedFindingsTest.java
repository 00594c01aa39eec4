package id.kembar.demo;

import static id.kembar.support.FindingFixtures.assess;
import static id.kembar.support.FindingFixtures.codes;
import static id.kembar.support.FindingFixtures.finding;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.kembar.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With the demo data, on 2026-11-22, the assessment of each seed partnership shows what its study found. Read only:
 * it shares the demo database with DemoDataTest, which counts its records.
 */
@QuarkusTest
@TestProfile(DemoDataTest.EmptyDatabase.class)
class SeedFindingsTest {

    private static final String DAY = "2026-11-22";

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static ValidatableResponse get(String pathAndQuery) {
        return given().when().get("/api/v1/" + pathAndQuery).then().statusCode(200);
    }

    private static String partnershipOf(String localRegionCode) {
        return get("partnerships?localRegionCode=" + localRegionCode)
                .body("items", hasSize(1))
                .extract()
                .path("items[0].id");
    }

    private static List<String> ids(String pathAndQuery) {
        return get(pathAndQuery + "&pageSize=200").extract().path("items.id");
    }

    @Test
    void tangerangSelatanDaejeonIsStagnantWithProgramsNotImplementedAndActivitiesOnOneSide() {
        String p = partnershipOf("36.74");
        assertThat(codes(p, DAY), hasItems("STAGNANT", "PROGRAMS_NOT_IMPLEMENTED", "ONE_SIDED"));

        Map<String, Object> stagnant = finding(p, DAY, "STAGNANT");
        assertThat(stagnant.get("recordIds"), equalTo(ids("milestones?localRegionCode=36.74&type=AGREEMENT_SIGNED")));
        // the MoU of 2016 counts from 2016-01-01
        assertThat(
                stagnant.get("message"),
                equalTo("No milestone achieved for 3978 days; the last was "
                        + "\"MoU of friendship cooperation signed\" (2016)."));

        Map<String, Object> notImplemented = finding(p, DAY, "PROGRAMS_NOT_IMPLEMENTED");
        assertThat(
                (List<?>) notImplemented.get("recordIds"),
                containsInAnyOrder(ids("sector-programs?localRegionCode=36.74&status=STALLED")
                        .toArray()));
        assertThat(notImplemented.get("obstacles"), equalTo(List.of("NO_FOLLOW_UP")));

        // Daejeon holds the activities in Tangerang Selatan: the student exchange, as a program and as an activity
        Map<String, Object> oneSided = finding(p, DAY, "ONE_SIDED");
        assertThat(
                (List<?>) oneSided.get("recordIds"),
                containsInAnyOrder(
                        ids("sector-programs?localRegionCode=36.74&status=COMPLETED")
                                .get(0),
                        ids("milestones?localRegionCode=36.74&type=ACTIVITY").get(0)));
        assertThat(
                oneSided.get("message"),
                equalTo("2 of 2 activities took place on our side (reciprocity balance 1.00)."));
        assess(p, DAY)
                .body("indicators.reciprocityBalance", equalTo(1.0f))
                .body("indicators.lastAchievedMilestoneDate", equalTo("2016"));
    }

    @Test
    void bogorKisarazuHasProgramsCancelledForClimateAndGeography() {
        String p = partnershipOf("32.71");
        Map<String, Object> notImplemented = finding(p, DAY, "PROGRAMS_NOT_IMPLEMENTED");
        assertThat(
                (List<?>) notImplemented.get("recordIds"),
                containsInAnyOrder(ids("sector-programs?localRegionCode=32.71&status=CANCELLED")
                        .toArray()));
        assertThat(notImplemented.get("obstacles"), equalTo(List.of("CLIMATE_OR_GEOGRAPHY", "POLICY_MISMATCH")));
        assertThat(
                (String) notImplemented.get("message"),
                containsString("\"Eel farming\" (Cancelled: " + "Climate or geography)"));
        given().header("Accept-Language", "id")
                .queryParam("asOf", DAY)
                .when()
                .get("/api/v1/partnerships/" + p + "/assessment")
                .then()
                .statusCode(200)
                .header("Content-Language", "id")
                .body(
                        "findings.find { it.code == 'PROGRAMS_NOT_IMPLEMENTED' }.message",
                        containsString("Program yang terhenti atau dibatalkan (2)"));
        // education, culture, tourism and health worker training are running
        assess(p, DAY)
                .body("indicators.programsByStatus.IN_PROGRESS", equalTo(4))
                .body("indicators.implementationRate", equalTo(0.6667f));
    }

    @Test
    void ntbZhejiangHasProgramsWithoutBudgetOrFollowUp() {
        String p = partnershipOf("52");
        List<String> programs = ids("sector-programs?localRegionCode=52");
        assertThat(codes(p, DAY), hasItems("NO_BUDGET", "NO_LEAD_AGENCY", "PROGRAMS_NOT_IMPLEMENTED"));
        for (String code : List.of("NO_BUDGET", "NO_LEAD_AGENCY", "PROGRAMS_NOT_IMPLEMENTED")) {
            assertThat(code, (List<?>) finding(p, DAY, code).get("recordIds"), containsInAnyOrder(programs.toArray()));
        }
        assertThat(
                finding(p, DAY, "PROGRAMS_NOT_IMPLEMENTED").get("obstacles"),
                equalTo(List.of("NO_BUDGET", "NO_FOLLOW_UP")));
        assertThat((String) finding(p, DAY, "NO_BUDGET").get("message"), containsString("without a budget (7): "));
        assess(p, DAY)
                .body("indicators.programsWithoutBudget", equalTo(7))
                .body("indicators.programsWithoutLeadAgency", equalTo(7))
                .body("indicators.implementationRate", equalTo(0.0f));
    }

    @Test
    void nttJiangxiHasItsFinalisationTargetOverdue() {
        String p = partnershipOf("53");
        List<String> planned = ids("milestones?localRegionCode=53&status=PLANNED");
        Map<String, Object> overdue = finding(p, DAY, "OVERDUE_MILESTONE");
        assertThat(overdue.get("severity"), equalTo("WARNING"));
        assertThat(overdue.get("recordIds"), equalTo(planned));
        assertThat(
                overdue.get("message"),
                equalTo("Planned milestones past their target (1): "
                        + "\"Formal sister-province agreement\" (2026-03)."));
        assess(p, DAY).body("stage", equalTo("LETTER_OF_INTENT")).body("indicators.overdueMilestones", equalTo(1));
        // "early 2026" is stored as 2026-03: due until the end of March
        assertThat(codes(p, "2026-03-31"), not(hasItem("OVERDUE_MILESTONE")));
        assertThat(codes(p, "2026-04-01"), hasItem("OVERDUE_MILESTONE"));
    }

    @Test
    void aMinistrySeesEveryOneOfTheseProblemsInOneCall() {
        clock.fixAt(LocalDate.parse(DAY));
        List<Map<String, Object>> items = get("findings?pageSize=200").extract().path("items");
        List<String> found = items.stream()
                .map(f -> f.get("localRegionCode") + " " + f.get("code"))
                .toList();
        assertThat(
                found,
                hasItems(
                        "36.74 STAGNANT",
                        "36.74 PROGRAMS_NOT_IMPLEMENTED",
                        "36.74 ONE_SIDED",
                        "32.71 PROGRAMS_NOT_IMPLEMENTED",
                        "52 NO_BUDGET",
                        "52 NO_LEAD_AGENCY",
                        "52 PROGRAMS_NOT_IMPLEMENTED",
                        "53 OVERDUE_MILESTONE"));
        assertThat(
                ids("partnerships?finding=STAGNANT&finding=OVERDUE_MILESTONE"),
                hasItems(partnershipOf("36.74"), partnershipOf("53")));
        get("findings?localRegionCode=36&code=STAGNANT")
                .body("items.partnershipTitle", equalTo(List.of("Friendship cooperation Tangerang Selatan - Daejeon")));
    }
}
