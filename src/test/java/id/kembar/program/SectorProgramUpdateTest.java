package id.kembar.program;

import static id.kembar.support.ETagMatchers.tagOfVersion;
import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static id.kembar.support.ProgramFixtures.UNKNOWN_ID;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.program;
import static id.kembar.support.ProgramFixtures.programBody;
import static id.kembar.support.ProgramFixtures.programsOf;
import static id.kembar.support.ProgramFixtures.put;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectorProgramUpdateTest {

    /** A program with every optional field set, so that a test can see which ones a change keeps. */
    private static String fullProgram(String partnership, String title) {
        String agency = actor("AGENCY", unique("Dinas"), "ID");
        return program(
                partnership,
                "title",
                title,
                "description",
                "Eel farming",
                "status",
                "IN_PROGRESS",
                "leadAgencyId",
                agency,
                "budget",
                body("amount", "750000000", "currency", "IDR"),
                "side",
                "BOTH",
                "obstacles",
                List.of("NO_FOLLOW_UP"),
                "obstacleNote",
                "The dinas never replied",
                "startDate",
                "2017",
                "endDate",
                "2019-06",
                "outcomes",
                "Two trainings",
                "sector",
                "FISHERIES_AND_MARINE");
    }

    @Nested
    class Get {

        @Test
        void getReturnsTheProgramWithItsEtag() {
            String partnership = Fixtures.partnership();
            String title = unique("Eels");
            String id = fullProgram(partnership, title);
            given().get(programsOf(partnership) + "/" + id)
                    .then()
                    .statusCode(200)
                    .header("ETag", tagOfVersion(0))
                    .body("id", equalTo(id))
                    .body("partnershipId", equalTo(partnership))
                    .body("title", equalTo(title))
                    .body("sector", equalTo("FISHERIES_AND_MARINE"))
                    .body("endDate", equalTo("2019-06"));
            given().header(
                            "If-None-Match",
                            given().get(programsOf(partnership) + "/" + id).header("ETag"))
                    .get(programsOf(partnership) + "/" + id)
                    .then()
                    .statusCode(304);
        }

        @Test
        void programUnderAnotherPartnershipsPathIs404() {
            String own = Fixtures.partnership();
            String other = Fixtures.partnership();
            String id = program(own);
            String elsewhere = programsOf(other) + "/" + id;
            problem(given().get(elsewhere).then(), 404);
            problem(put(elsewhere, null, programBody()), 404);
            problem(patch(elsewhere, null, "{\"title\": \"moved\"}"), 404);
            problem(given().delete(elsewhere).then(), 404);
            given().get(programsOf(own) + "/" + id).then().statusCode(200).body("version", equalTo(0));
        }

        @Test
        void unknownProgramIs404AndMalformedIdIs400() {
            String partnership = Fixtures.partnership();
            problem(given().get(programsOf(partnership) + "/" + UNKNOWN_ID).then(), 404);
            invalid(given().get(programsOf(partnership) + "/blueberries").then(), "sectorProgramId");
            problem(given().get(programsOf(partnership) + "/").then(), 404);
        }
    }

    @Nested
    class Replace {

        @Test
        void replaceSetsEveryFieldAndClearsAbsentOptionalOnes() {
            String partnership = Fixtures.partnership();
            String id = fullProgram(partnership, unique("Eels"));
            String title = unique("Tourism promotion");
            put(
                            programsOf(partnership) + "/" + id,
                            "\"0\"",
                            body("sector", "TOURISM", "title", "  " + title + "  ", "status", "AGREED"))
                    .statusCode(200)
                    .header("ETag", tagOfVersion(1))
                    .body("version", equalTo(1))
                    .body("sector", equalTo("TOURISM"))
                    .body("title", equalTo(title))
                    .body("status", equalTo("AGREED"))
                    .body("description", nullValue())
                    .body("leadAgencyId", nullValue())
                    .body("leadAgency", nullValue())
                    .body("budget", nullValue())
                    .body("side", nullValue())
                    .body("obstacles", empty())
                    .body("obstacleNote", nullValue())
                    .body("startDate", nullValue())
                    .body("endDate", nullValue())
                    .body("outcomes", nullValue());
            given().get(programsOf(partnership) + "/" + id)
                    .then()
                    .header("ETag", tagOfVersion(1))
                    .body("budget", nullValue())
                    .body("obstacles", empty());
        }

        @Test
        void replaceIsValidatedLikeCreateAndChangesNothingWhenInvalid() {
            String partnership = Fixtures.partnership();
            String id = program(partnership);
            invalid(
                    put(
                            programsOf(partnership) + "/" + id,
                            "\"0\"",
                            programBody("status", "CANCELLED", "budget", body("amount", 5, "currency", "IDR"))),
                    "budget.amount");
            invalid(
                    put(
                            programsOf(partnership) + "/" + id,
                            "\"0\"",
                            programBody("status", "CANCELLED", "leadAgencyId", UNKNOWN_ID)),
                    "obstacles",
                    "leadAgencyId");
            given().get(programsOf(partnership) + "/" + id)
                    .then()
                    .body("status", equalTo("PROPOSED"))
                    .body("version", equalTo(0));
        }

        @Test
        void replaceWithStaleIfMatchIs412AndChangesNothing() {
            String partnership = Fixtures.partnership();
            String title = unique("Program");
            String id = program(partnership, "title", title);
            problem(put(programsOf(partnership) + "/" + id, "\"1\"", programBody()), 412);
            problem(put(programsOf(partnership) + "/" + id, "W/\"0\"", programBody()), 412);
            given().get(programsOf(partnership) + "/" + id)
                    .then()
                    .body("title", equalTo(title))
                    .body("version", equalTo(0));
            put(programsOf(partnership) + "/" + id, null, programBody())
                    .statusCode(200)
                    .header("ETag", tagOfVersion(1));
        }
    }

    @Nested
    class Patch {

        @Test
        void patchChangesOnlyWhatItSends() {
            String partnership = Fixtures.partnership();
            String title = unique("Eels");
            String id = fullProgram(partnership, title);
            patch(
                            programsOf(partnership) + "/" + id,
                            "\"0\"",
                            "{\"status\": \"COMPLETED\", \"outcomes\": \"Eel hatchery running\", \"endDate\": \"2019\"}")
                    .statusCode(200)
                    .header("ETag", tagOfVersion(1))
                    .body("status", equalTo("COMPLETED"))
                    .body("outcomes", equalTo("Eel hatchery running"))
                    .body("endDate", equalTo("2019"))
                    .body("title", equalTo(title))
                    .body("startDate", equalTo("2017"))
                    .body("budget.amount", equalTo("750000000"))
                    .body("leadAgency.kind", equalTo("AGENCY"))
                    .body("obstacles", contains("NO_FOLLOW_UP"))
                    .body("side", equalTo("BOTH"));
        }

        @Test
        void budgetNullRemovesTheBudgetAndAnAmountAloneKeepsTheCurrency() {
            String partnership = Fixtures.partnership();
            String id = fullProgram(partnership, unique("Eels"));
            patch(programsOf(partnership) + "/" + id, null, "{\"budget\": {\"amount\": \"800000000.00\"}}")
                    .statusCode(200)
                    .body("budget.amount", equalTo("800000000"))
                    .body("budget.currency", equalTo("IDR"));
            patch(programsOf(partnership) + "/" + id, null, "{\"budget\": null, \"leadAgencyId\": null}")
                    .statusCode(200)
                    .header("ETag", tagOfVersion(2))
                    .body("budget", nullValue())
                    .body("leadAgency", nullValue())
                    .body("side", equalTo("BOTH"));
            given().get(programsOf(partnership) + "/" + id).then().body("budget", nullValue());
        }

        @Test
        void patchingStatusToStalledWithoutObstacleIs400() {
            String partnership = Fixtures.partnership();
            String id = program(partnership, "status", "AGREED");
            invalid(patch(programsOf(partnership) + "/" + id, null, "{\"status\": \"STALLED\"}"), "obstacles");
            patch(programsOf(partnership) + "/" + id, null, "{\"status\": \"STALLED\", \"obstacles\": [\"NO_BUDGET\"]}")
                    .statusCode(200)
                    .body("status", equalTo("STALLED"))
                    .body("obstacles", contains("NO_BUDGET"));
            invalid(patch(programsOf(partnership) + "/" + id, null, "{\"obstacles\": null}"), "obstacles");
            invalid(patch(programsOf(partnership) + "/" + id, null, "{\"obstacles\": []}"), "obstacles");
            given().get(programsOf(partnership) + "/" + id)
                    .then()
                    .body("obstacles", contains("NO_BUDGET"))
                    .body("version", equalTo(1));
        }

        @Test
        void patchResultIsValidatedLikeAPut() {
            String partnership = Fixtures.partnership();
            String id = program(partnership, "startDate", "2016-11");
            String path = programsOf(partnership) + "/" + id;
            invalid(patch(path, null, "{\"colour\": \"green\"}"), "colour");
            invalid(patch(path, null, "{\"title\": null}"), "title");
            invalid(patch(path, null, "{\"endDate\": \"2015\"}"), "endDate");
            invalid(patch(path, null, "{\"budget\": {\"amount\": \"1e9\", \"currency\": \"IDR\"}}"), "budget.amount");
            invalid(patch(path, null, "{\"budget\": {\"amount\": \"10\"}}"), "budget.currency");
            invalid(patch(path, null, "{\"sector\": \"MINING\"}"), "sector")
                    .body("errors[0].allowedValues", hasItem("AGRICULTURE"));
            invalid(patch(path, null, "{\"leadAgencyId\": \"" + UNKNOWN_ID + "\"}"), "leadAgencyId");
            invalid(patch(path, null, "[]"), "$");
            given().get(path).then().body("version", equalTo(0)).body("startDate", equalTo("2016-11"));
        }

        @Test
        void patchWithStaleIfMatchIs412() {
            String partnership = Fixtures.partnership();
            String id = program(partnership);
            patch(programsOf(partnership) + "/" + id, "\"0\"", "{\"outcomes\": \"first\"}")
                    .statusCode(200);
            problem(patch(programsOf(partnership) + "/" + id, "\"0\"", "{\"outcomes\": \"second\"}"), 412);
            given().get(programsOf(partnership) + "/" + id)
                    .then()
                    .body("outcomes", equalTo("first"))
                    .body("version", equalTo(1));
        }

        @Test
        void patchNeedsTheMergePatchMediaType() {
            String partnership = Fixtures.partnership();
            String id = program(partnership);
            problem(
                    given().contentType(ContentType.JSON)
                            .body("{\"outcomes\": \"x\"}")
                            .patch(programsOf(partnership) + "/" + id)
                            .then(),
                    415);
        }
    }
}
