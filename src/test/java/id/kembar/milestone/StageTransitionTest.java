package id.kembar.milestone;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.put;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The partnership's stage follows every write to its milestones (the rule itself: StageRuleTest). */
@QuarkusTest
class StageTransitionTest {

    static String stageOf(String partnership) {
        return given().get("/api/v1/partnerships/" + partnership)
                .then()
                .statusCode(200)
                .extract()
                .path("stage");
    }

    /** An achieved milestone of this type, dated {@code occurred} (null for undated). */
    static String achieved(String partnership, String type, String occurred) {
        return occurred == null
                ? milestone(partnership, "type", type)
                : milestone(partnership, "type", type, "occurrenceDate", occurred);
    }

    private static String path(String partnership, String milestone) {
        return milestonesOf(partnership) + "/" + milestone;
    }

    @Nested
    class Create {

        @Test
        void aNewPartnershipIsAtExploration() {
            assertEquals("EXPLORATION", stageOf(Fixtures.partnership()));
        }

        @Test
        void informalMilestonesLeaveItAtExploration() {
            String partnership = Fixtures.partnership();
            for (String type :
                    new String[] {"INITIAL_CONTACT", "VISIT", "MEETING", "ACTIVITY", "EVALUATION", "OTHER"}) {
                achieved(partnership, type, "2014");
                assertEquals("EXPLORATION", stageOf(partnership), type);
            }
        }

        @Test
        void eachAchievedStepMovesItAlongTheLifecycle() {
            String partnership = Fixtures.partnership();
            String[][] steps = {
                {"LETTER_OF_INTENT", "2012-03", "LETTER_OF_INTENT"},
                {"MINUTES_OF_MEETING", "2012-06", "PLANNING"},
                {"COOPERATION_PLAN", "2012-09", "PLANNING"},
                {"LEGISLATIVE_APPROVAL", "2013-02", "LEGISLATIVE_APPROVAL"},
                {"CENTRAL_GOVERNMENT_CLEARANCE", "2013-05", "CENTRAL_CLEARANCE"},
                {"VISIT", "2013-06", "CENTRAL_CLEARANCE"},
                {"AGREEMENT_SIGNED", "2013-08-17", "AGREEMENT_IN_FORCE"},
                {"AGREEMENT_EXPIRED", "2018-08-17", "AGREEMENT_EXPIRED"},
                {"AGREEMENT_RENEWED", "2019-01", "AGREEMENT_IN_FORCE"},
                {"AGREEMENT_UPGRADED", "2020", "AGREEMENT_IN_FORCE"},
                {"LETTER_OF_INTENT", "2021", "AGREEMENT_IN_FORCE"},
                {"TERMINATED", "2023-12-31", "TERMINATED"},
            };
            for (String[] step : steps) {
                achieved(partnership, step[0], step[1]);
                assertEquals(step[2], stageOf(partnership), step[0] + " " + step[1]);
            }
        }

        @Test
        void stepsMayBeSkipped() {
            String approved = Fixtures.partnership();
            achieved(approved, "LEGISLATIVE_APPROVAL", null);
            assertEquals("LEGISLATIVE_APPROVAL", stageOf(approved));
            String upgraded = Fixtures.partnership();
            achieved(upgraded, "AGREEMENT_UPGRADED", "2019");
            assertEquals("AGREEMENT_IN_FORCE", stageOf(upgraded));
        }

        @Test
        void aFormalStepNotAchievedDoesNotMoveIt() {
            String partnership = Fixtures.partnership();
            achieved(partnership, "LETTER_OF_INTENT", "2020");
            milestone(partnership, "type", "AGREEMENT_SIGNED", "status", "PLANNED", "targetDate", "2030");
            milestone(partnership, "type", "CENTRAL_GOVERNMENT_CLEARANCE", "status", "MISSED", "targetDate", "2021");
            milestone(partnership, "type", "LEGISLATIVE_APPROVAL", "status", "CANCELLED");
            assertEquals("LETTER_OF_INTENT", stageOf(partnership));
        }

        @Test
        void anUndatedSigningIsOlderThanADatedExpiry() {
            String partnership = Fixtures.partnership();
            achieved(partnership, "AGREEMENT_EXPIRED", "2021-11-18");
            achieved(partnership, "AGREEMENT_SIGNED", null);
            assertEquals("AGREEMENT_EXPIRED", stageOf(partnership));
            achieved(partnership, "AGREEMENT_RENEWED", null);
            assertEquals("AGREEMENT_EXPIRED", stageOf(partnership));
        }

        @Test
        void onTheSameFirstDayTheLaterRecordedEventDecides() {
            String partnership = Fixtures.partnership();
            achieved(partnership, "AGREEMENT_SIGNED", "2020-05-01");
            achieved(partnership, "AGREEMENT_EXPIRED", "2020-05");
            assertEquals("AGREEMENT_EXPIRED", stageOf(partnership));
            achieved(partnership, "AGREEMENT_RENEWED", "2020"); // 2020-01-01: before both
            assertEquals("AGREEMENT_EXPIRED", stageOf(partnership));
            achieved(partnership, "AGREEMENT_RENEWED", "2020-05-01");
            assertEquals("AGREEMENT_IN_FORCE", stageOf(partnership));
        }

        @Test
        void anExpiryOrTerminationWithoutSigningLeavesTheFormalStep() {
            String partnership = Fixtures.partnership();
            achieved(partnership, "COOPERATION_PLAN", "2019");
            achieved(partnership, "AGREEMENT_EXPIRED", "2020");
            achieved(partnership, "TERMINATED", "2021");
            assertEquals("PLANNING", stageOf(partnership));
        }
    }

    @Nested
    class Update {

        @Test
        void achievingAPlannedStepMovesItAndUnachievingMovesItBack() {
            String partnership = Fixtures.partnership();
            achieved(partnership, "LETTER_OF_INTENT", "2023");
            String signing =
                    milestone(partnership, "type", "AGREEMENT_SIGNED", "status", "PLANNED", "targetDate", "2024");
            assertEquals("LETTER_OF_INTENT", stageOf(partnership));
            patch(path(partnership, signing), "\"0\"", "{\"status\":\"ACHIEVED\",\"occurrenceDate\":\"2024-05\"}")
                    .statusCode(200);
            assertEquals("AGREEMENT_IN_FORCE", stageOf(partnership));
            patch(path(partnership, signing), "\"1\"", "{\"status\":\"PLANNED\",\"occurrenceDate\":null}")
                    .statusCode(200);
            assertEquals("LETTER_OF_INTENT", stageOf(partnership));
            patch(path(partnership, signing), null, "{\"status\":\"ACHIEVED\"}").statusCode(200);
            assertEquals("AGREEMENT_IN_FORCE", stageOf(partnership));
            patch(path(partnership, signing), null, "{\"status\":\"CANCELLED\"}")
                    .statusCode(200);
            assertEquals("LETTER_OF_INTENT", stageOf(partnership));
        }

        @Test
        void unachievingTheDecidingExpiryPutsTheAgreementBackInForce() {
            String partnership = Fixtures.partnership();
            achieved(partnership, "AGREEMENT_SIGNED", "2016-11-18");
            String expiry = achieved(partnership, "AGREEMENT_EXPIRED", "2021-11-18");
            assertEquals("AGREEMENT_EXPIRED", stageOf(partnership));
            patch(
                            path(partnership, expiry),
                            null,
                            "{\"status\":\"MISSED\",\"occurrenceDate\":null," + "\"targetDate\":\"2021-11-18\"}")
                    .statusCode(200);
            assertEquals("AGREEMENT_IN_FORCE", stageOf(partnership));
        }

        @Test
        void redatingTheExpiryAroundTheRenewalFlipsInForceAndExpired() {
            String partnership = Fixtures.partnership();
            achieved(partnership, "AGREEMENT_SIGNED", "2011-05");
            achieved(partnership, "AGREEMENT_RENEWED", "2021-05");
            String expiry = achieved(partnership, "AGREEMENT_EXPIRED", "2023-05");
            assertEquals("AGREEMENT_EXPIRED", stageOf(partnership));
            patch(path(partnership, expiry), null, "{\"occurrenceDate\":\"2016-05\"}")
                    .statusCode(200);
            assertEquals("AGREEMENT_IN_FORCE", stageOf(partnership));
            patch(path(partnership, expiry), null, "{\"occurrenceDate\":\"2024\"}")
                    .statusCode(200);
            assertEquals("AGREEMENT_EXPIRED", stageOf(partnership));
            patch(path(partnership, expiry), null, "{\"occurrenceDate\":null}").statusCode(200);
            assertEquals("AGREEMENT_IN_FORCE", stageOf(partnership));
        }

        @Test
        void replacingAMilestonesTypeMovesIt() {
            String partnership = Fixtures.partnership();
            achieved(partnership, "MINUTES_OF_MEETING", "2018");
            String step = achieved(partnership, "VISIT", "2019");
            assertEquals("PLANNING", stageOf(partnership));
            put(
                            path(partnership, step),
                            "\"0\"",
                            body(
                                    "type",
                                    "AGREEMENT_SIGNED",
                                    "title",
                                    unique("Signed"),
                                    "status",
                                    "ACHIEVED",
                                    "occurrenceDate",
                                    "2019"))
                    .statusCode(200);
            assertEquals("AGREEMENT_IN_FORCE", stageOf(partnership));
            put(
                            path(partnership, step),
                            "\"1\"",
                            body(
                                    "type",
                                    "LETTER_OF_INTENT",
                                    "title",
                                    unique("LoI"),
                                    "status",
                                    "ACHIEVED",
                                    "occurrenceDate",
                                    "2019"))
                    .statusCode(200);
            assertEquals("PLANNING", stageOf(partnership));
            put(
                            path(partnership, step),
                            "\"2\"",
                            body(
                                    "type",
                                    "CENTRAL_GOVERNMENT_CLEARANCE",
                                    "title",
                                    unique("Clearance"),
                                    "status",
                                    "ACHIEVED"))
                    .statusCode(200);
            assertEquals("CENTRAL_CLEARANCE", stageOf(partnership));
        }

        @Test
        void aRejectedWriteLeavesTheStage() {
            String partnership = Fixtures.partnership();
            String signing =
                    milestone(partnership, "type", "AGREEMENT_SIGNED", "status", "PLANNED", "targetDate", "2024");
            problem(patch(path(partnership, signing), "\"5\"", "{\"status\":\"ACHIEVED\"}"), 412);
            invalid(
                    patch(path(partnership, signing), null, "{\"status\":\"ACHIEVED\",\"occurrenceDate\":\"2999\"}"),
                    "occurrenceDate");
            invalid(put(path(partnership, signing), null, body("type", "TERMINATED", "status", "ACHIEVED")), "title");
            assertEquals("EXPLORATION", stageOf(partnership));
        }
    }

    @Nested
    class Delete {

        @Test
        void deletingTheDecidingMilestoneMovesItBack() {
            String partnership = Fixtures.partnership();
            String clearance = achieved(partnership, "CENTRAL_GOVERNMENT_CLEARANCE", "2015");
            String signing = achieved(partnership, "AGREEMENT_SIGNED", "2016");
            String termination = achieved(partnership, "TERMINATED", "2020");
            assertEquals("TERMINATED", stageOf(partnership));
            given().delete(path(partnership, termination)).then().statusCode(204);
            assertEquals("AGREEMENT_IN_FORCE", stageOf(partnership));
            given().delete(path(partnership, signing)).then().statusCode(204);
            assertEquals("CENTRAL_CLEARANCE", stageOf(partnership));
            given().delete(path(partnership, clearance)).then().statusCode(204);
            assertEquals("EXPLORATION", stageOf(partnership));
        }

        @Test
        void deletingTheRenewalLeavesTheAgreementExpired() {
            String partnership = Fixtures.partnership();
            achieved(partnership, "AGREEMENT_SIGNED", "2011");
            achieved(partnership, "AGREEMENT_EXPIRED", "2016");
            String renewal = achieved(partnership, "AGREEMENT_RENEWED", "2017");
            assertEquals("AGREEMENT_IN_FORCE", stageOf(partnership));
            problem(
                    given().header("If-Match", "\"3\"")
                            .delete(path(partnership, renewal))
                            .then(),
                    412);
            assertEquals("AGREEMENT_IN_FORCE", stageOf(partnership));
            given().header("If-Match", "\"0\"")
                    .delete(path(partnership, renewal))
                    .then()
                    .statusCode(204);
            assertEquals("AGREEMENT_EXPIRED", stageOf(partnership));
        }

        @Test
        void deletingAnEventThatDecidesNothingLeavesIt() {
            String partnership = Fixtures.partnership();
            String early = achieved(partnership, "AGREEMENT_EXPIRED", "2010");
            achieved(partnership, "AGREEMENT_SIGNED", "2016");
            String visit = achieved(partnership, "VISIT", "2022");
            given().delete(path(partnership, early)).then().statusCode(204);
            given().delete(path(partnership, visit)).then().statusCode(204);
            assertEquals("AGREEMENT_IN_FORCE", stageOf(partnership));
        }
    }
}
