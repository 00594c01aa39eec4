package id.kembar.milestone;

import static id.kembar.support.ETagMatchers.tagOfVersion;
import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static id.kembar.support.ProgramFixtures.UNKNOWN_ID;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.milestoneBody;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.program;
import static id.kembar.support.ProgramFixtures.put;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MilestoneUpdateTest {

    /** The planned sister-province agreement of NTT and Jiangxi, with every optional field set. */
    private static String plannedAgreement(String partnership) {
        return milestone(
                partnership,
                "type",
                "AGREEMENT_SIGNED",
                "status",
                "PLANNED",
                "targetDate",
                "2026-03",
                "description",
                "Formal sister-province agreement through Kemenlu",
                "side",
                "LOCAL",
                "placeName",
                "Kupang",
                "documentNumber",
                "LoI/2025/01",
                "documentUrl",
                "https://nttprov.go.id/loi",
                "sectorProgramId",
                program(partnership),
                "actorIds",
                List.of(actor("MINISTRY", unique("Kemenlu"), "ID")));
    }

    @Nested
    class Get {

        @Test
        void getReturnsTheMilestoneWithItsEtag() {
            String partnership = Fixtures.partnership();
            String id = plannedAgreement(partnership);
            given().get(milestonesOf(partnership) + "/" + id)
                    .then()
                    .statusCode(200)
                    .header("ETag", tagOfVersion(0))
                    .body("id", equalTo(id))
                    .body("partnershipId", equalTo(partnership))
                    .body("status", equalTo("PLANNED"))
                    .body("targetDate", equalTo("2026-03"))
                    .body("actors[0].kind", equalTo("MINISTRY"));
        }

        @Test
        void milestoneUnderAnotherPartnershipsPathIs404() {
            String own = Fixtures.partnership();
            String id = milestone(own);
            String elsewhere = milestonesOf(Fixtures.partnership()) + "/" + id;
            problem(given().get(elsewhere).then(), 404);
            problem(put(elsewhere, null, milestoneBody()), 404);
            problem(patch(elsewhere, null, "{\"title\": \"moved\"}"), 404);
            problem(given().delete(elsewhere).then(), 404);
            given().get(milestonesOf(own) + "/" + id).then().statusCode(200).body("version", equalTo(0));
            problem(given().get(milestonesOf(own) + "/" + UNKNOWN_ID).then(), 404);
            invalid(given().get(milestonesOf(own) + "/loi").then(), "milestoneId");
        }
    }

    @Nested
    class Replace {

        @Test
        void replaceSetsEveryFieldAndClearsAbsentOptionalOnes() {
            String partnership = Fixtures.partnership();
            String id = plannedAgreement(partnership);
            put(
                            milestonesOf(partnership) + "/" + id,
                            "\"0\"",
                            body("type", "LETTER_OF_INTENT", "title", "LoI signed", "status", "ACHIEVED"))
                    .statusCode(200)
                    .header("ETag", tagOfVersion(1))
                    .body("version", equalTo(1))
                    .body("type", equalTo("LETTER_OF_INTENT"))
                    .body("title", equalTo("LoI signed"))
                    .body("status", equalTo("ACHIEVED"))
                    .body("description", nullValue())
                    .body("targetDate", nullValue())
                    .body("occurrenceDate", nullValue())
                    .body("side", nullValue())
                    .body("placeName", nullValue())
                    .body("documentNumber", nullValue())
                    .body("documentUrl", nullValue())
                    .body("sectorProgramId", nullValue())
                    .body("actorIds", empty())
                    .body("actors", empty());
            given().get(milestonesOf(partnership) + "/" + id)
                    .then()
                    .header("ETag", tagOfVersion(1))
                    .body("actorIds", empty())
                    .body("sectorProgramId", nullValue());
        }

        @Test
        void replaceIsValidatedLikeCreate() {
            String partnership = Fixtures.partnership();
            String id = milestone(partnership);
            invalid(
                    put(
                            milestonesOf(partnership) + "/" + id,
                            "\"0\"",
                            milestoneBody("status", "PLANNED", "sectorProgramId", program(Fixtures.partnership()))),
                    "targetDate",
                    "sectorProgramId");
            given().get(milestonesOf(partnership) + "/" + id)
                    .then()
                    .body("status", equalTo("ACHIEVED"))
                    .body("version", equalTo(0));
        }

        @Test
        void replaceWithStaleIfMatchIs412AndChangesNothing() {
            String partnership = Fixtures.partnership();
            String title = unique("Visit");
            String id = milestone(partnership, "title", title);
            problem(put(milestonesOf(partnership) + "/" + id, "\"2\"", milestoneBody()), 412);
            given().get(milestonesOf(partnership) + "/" + id)
                    .then()
                    .body("title", equalTo(title))
                    .body("version", equalTo(0));
        }
    }

    @Nested
    class Patch {

        @Test
        void markingAPlannedMilestoneAchievedKeepsItsTarget() {
            String partnership = Fixtures.partnership();
            String id = plannedAgreement(partnership);
            patch(
                            milestonesOf(partnership) + "/" + id,
                            "\"0\"",
                            "{\"status\":\"ACHIEVED\",\"occurrenceDate\":\"2026-02\"}")
                    .statusCode(200)
                    .header("ETag", tagOfVersion(1))
                    .body("status", equalTo("ACHIEVED"))
                    .body("occurrenceDate", equalTo("2026-02"))
                    .body("targetDate", equalTo("2026-03"))
                    .body("placeName", equalTo("Kupang"))
                    .body("actors[0].kind", equalTo("MINISTRY"));
        }

        @Test
        void plannedMilestoneCannotLoseItsTargetDate() {
            String partnership = Fixtures.partnership();
            String achieved = milestone(partnership, "occurrenceDate", "2016-11-18", "targetDate", "2016");
            String path = milestonesOf(partnership) + "/" + achieved;
            invalid(patch(path, null, "{\"status\":\"PLANNED\",\"targetDate\":null}"), "targetDate", "occurrenceDate");
            invalid(
                    patch(path, null, "{\"status\":\"PLANNED\",\"targetDate\":null,\"occurrenceDate\":null}"),
                    "targetDate");
            patch(path, null, "{\"status\":\"PLANNED\",\"occurrenceDate\":null}")
                    .statusCode(200)
                    .body("status", equalTo("PLANNED"))
                    .body("targetDate", equalTo("2016"))
                    .body("occurrenceDate", nullValue());
            invalid(patch(path, null, "{\"targetDate\":null}"), "targetDate");
            invalid(patch(path, null, "{\"occurrenceDate\":\"2016-11-18\"}"), "occurrenceDate");
        }

        @Test
        void patchReplacesTheActorsAndCanUnlinkTheProgram() {
            String partnership = Fixtures.partnership();
            String id = plannedAgreement(partnership);
            String governor = actor("PERSON", unique("Gubernur NTT"), "ID");
            patch(
                            milestonesOf(partnership) + "/" + id,
                            null,
                            "{\"actorIds\": [\"" + governor + "\"], \"sectorProgramId\": null}")
                    .statusCode(200)
                    .body("actorIds", contains(governor))
                    .body("actors.name", contains(startsWith("Gubernur NTT")))
                    .body("sectorProgramId", nullValue())
                    .body("documentNumber", equalTo("LoI/2025/01"));
        }

        @Test
        void patchResultIsValidatedLikeAPut() {
            String partnership = Fixtures.partnership();
            String id = milestone(partnership);
            String path = milestonesOf(partnership) + "/" + id;
            invalid(patch(path, null, "{\"colour\": \"red\"}"), "colour");
            invalid(patch(path, null, "{\"occurrenceDate\": \"2099\"}"), "occurrenceDate");
            invalid(patch(path, null, "{\"actorIds\": [\"" + UNKNOWN_ID + "\"]}"), "actorIds[0]");
            invalid(
                    patch(path, null, "{\"sectorProgramId\": \"" + program(Fixtures.partnership()) + "\"}"),
                    "sectorProgramId");
            invalid(patch(path, null, "{\"documentUrl\": \"mailto:kerjasama@bogorkota.go.id\"}"), "documentUrl");
            invalid(patch(path, null, "{\"type\": \"MOU\"}"), "type");
            invalid(patch(path, null, "\"ACHIEVED\""), "$");
            given().get(path).then().body("version", equalTo(0));
        }

        @Test
        void patchWithStaleIfMatchIs412() {
            String partnership = Fixtures.partnership();
            String id = milestone(partnership);
            patch(milestonesOf(partnership) + "/" + id, "\"0\"", "{\"placeName\": \"Hildesheim\"}")
                    .statusCode(200);
            problem(patch(milestonesOf(partnership) + "/" + id, "\"0\"", "{\"placeName\": \"Padang\"}"), 412);
            given().get(milestonesOf(partnership) + "/" + id)
                    .then()
                    .body("placeName", equalTo("Hildesheim"))
                    .body("version", equalTo(1));
            problem(
                    given().contentType(ContentType.JSON)
                            .body("{\"placeName\": \"Padang\"}")
                            .patch(milestonesOf(partnership) + "/" + id)
                            .then(),
                    415);
        }
    }

    @Nested
    class Delete {

        @Test
        void deletedMilestoneIsGone() {
            String partnership = Fixtures.partnership();
            String id = milestone(partnership);
            problem(
                    given().header("If-Match", "\"1\"")
                            .delete(milestonesOf(partnership) + "/" + id)
                            .then(),
                    412);
            given().get(milestonesOf(partnership) + "/" + id).then().statusCode(200);
            given().header("If-Match", "\"0\"")
                    .delete(milestonesOf(partnership) + "/" + id)
                    .then()
                    .statusCode(204);
            problem(given().get(milestonesOf(partnership) + "/" + id).then(), 404);
            problem(given().delete(milestonesOf(partnership) + "/" + id).then(), 404);
        }

        @Test
        void deletingAnActorInvolvedInAMilestoneIs409NamingIt() {
            String partnership = Fixtures.partnership();
            String consul = actor("DIPLOMATIC_MISSION", unique("Consulate"), "CN");
            String id = milestone(partnership, "type", "INITIAL_CONTACT", "actorIds", List.of(consul));
            problem(given().delete("/api/v1/actors/" + consul).then(), 409)
                    .body("references.resource", contains("milestones"))
                    .body("references[0].count", equalTo(1))
                    .body("references[0].ids", contains(id));
            given().delete(milestonesOf(partnership) + "/" + id).then().statusCode(204);
            given().delete("/api/v1/actors/" + consul).then().statusCode(204);
        }
    }
}
