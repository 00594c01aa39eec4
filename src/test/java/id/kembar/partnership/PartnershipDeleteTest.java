package id.kembar.partnership;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.create;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.participant;
import static id.kembar.support.Fixtures.partnership;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnershipDeleteTest {

    private static List<String> ids(String collection, String partnershipId) {
        return given().get("/api/v1/" + collection + "?partnershipId=" + partnershipId)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    private static String program(String partnershipId, String leadAgencyId) {
        return create(
                "/api/v1/partnerships/" + partnershipId + "/sector-programs",
                body(
                        "sector",
                        "AGRICULTURE",
                        "title",
                        unique("Blueberry farming"),
                        "status",
                        "AGREED",
                        "leadAgencyId",
                        leadAgencyId));
    }

    private static String milestone(String partnershipId, String programId, String actorId) {
        var body = body(
                "type",
                "MINUTES_OF_MEETING",
                "title",
                unique("Minutes of Meeting"),
                "status",
                "ACHIEVED",
                "occurrenceDate",
                "2016-10-06",
                "actorIds",
                List.of(actorId));
        if (programId != null) {
            body.put("sectorProgramId", programId);
        }
        return create("/api/v1/partnerships/" + partnershipId + "/milestones", body);
    }

    @Test
    void deletedPartnershipIsGone() {
        String id = partnership();
        given().header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/partnerships/" + id)
                .then()
                .statusCode(204);
        problem(given().get("/api/v1/partnerships/" + id).then(), 404);
        problem(given().delete("/api/v1/partnerships/" + id).then(), 404);
        problem(given().get("/api/v1/partnerships/" + id + "/participants").then(), 404);
    }

    @Test
    void deleteWithStaleEtagIs412AndKeepsThePartnership() {
        String id = partnership();
        given().contentType("application/merge-patch+json")
                .body("{\"objectives\": \"v1\"}")
                .patch("/api/v1/partnerships/" + id)
                .then()
                .statusCode(200);
        problem(
                given().header("If-Match", "\"0\"")
                        .delete("/api/v1/partnerships/" + id)
                        .then(),
                412);
        given().get("/api/v1/partnerships/" + id).then().statusCode(200).body("objectives", equalTo("v1"));
        given().header("If-Match", "\"1\"")
                .delete("/api/v1/partnerships/" + id)
                .then()
                .statusCode(204);
    }

    @Test
    void unknownIs404AndMalformedIdIs400() {
        problem(
                given().delete("/api/v1/partnerships/" + PartnershipCreateTest.UNKNOWN)
                        .then(),
                404);
        invalid(given().delete("/api/v1/partnerships/nope").then(), "partnershipId");
    }

    @Test
    void deleteTakesParticipantsMilestonesAndProgramsAlongAndLeavesTheActors() {
        String local = city(unique("Kota Bogor"), "32.71");
        String partner = foreignGovernment(unique("Kisarazu"), "JP", "CITY");
        String ministry = actor("MINISTRY", unique("Kementerian LHK"), "ID");
        String agency = create(
                "/api/v1/actors",
                body("kind", "AGENCY", "name", unique("Dinas Pertanian"), "country", "ID", "parentId", local));
        String id = partnership(local, partner, "FRIENDSHIP");
        String initiator = participant(id, ministry, "INITIATOR");
        String signatory = participant(id, local, "SIGNATORY");
        String program = program(id, agency);
        String linked = milestone(id, program, ministry);
        String unlinked = milestone(id, null, partner);
        assertThat(ids("participants", id), containsInAnyOrder(initiator, signatory));
        assertThat(ids("sector-programs", id), contains(program));
        assertThat(ids("milestones", id), containsInAnyOrder(linked, unlinked));

        given().delete("/api/v1/partnerships/" + id).then().statusCode(204);

        assertThat(ids("participants", id), empty());
        assertThat(ids("sector-programs", id), empty());
        assertThat(ids("milestones", id), empty());
        assertThat(
                given().get("/api/v1/participants?actorId=" + ministry)
                        .then()
                        .extract()
                        .path("items"),
                empty());
        assertThat(
                given().get("/api/v1/milestones?actorId=" + ministry)
                        .then()
                        .extract()
                        .path("items"),
                empty());
        for (String actor : List.of(local, partner, ministry, agency)) {
            given().get("/api/v1/actors/" + actor).then().statusCode(200);
        }
        // nothing refers to them any more
        given().delete("/api/v1/actors/" + ministry).then().statusCode(204);
        given().delete("/api/v1/actors/" + partner).then().statusCode(204);
    }

    @Test
    void deleteLeavesOtherPartnershipsContentsAlone() {
        String local = city(unique("Kota"), "36.74");
        String partner = foreignGovernment(unique("Daejeon"), "KR", "CITY");
        String university = actor("ACADEMIC", unique("Universitas"), "ID");
        String doomed = partnership(local, partner, "FRIENDSHIP");
        String kept = partnership(local, partner, "SISTER_CITY");
        participant(doomed, university, "IMPLEMENTER");
        String keptParticipant = participant(kept, university, "IMPLEMENTER");
        String keptProgram = program(kept, university);
        String keptMilestone = milestone(kept, keptProgram, university);

        given().delete("/api/v1/partnerships/" + doomed).then().statusCode(204);

        given().get("/api/v1/partnerships/" + kept).then().statusCode(200);
        assertThat(ids("participants", kept), contains(keptParticipant));
        assertThat(ids("sector-programs", kept), contains(keptProgram));
        assertThat(ids("milestones", kept), contains(keptMilestone));
        given().get("/api/v1/partnerships/" + kept + "/milestones/" + keptMilestone)
                .then()
                .statusCode(200)
                .body("sectorProgramId", equalTo(keptProgram));
    }

    @Test
    void anActorThatIsASideOfAPartnershipCannotBeDeleted() {
        String local = city(unique("Kota"), "13.71");
        String partner = foreignGovernment(unique("Hildesheim"), "DE", "CITY");
        String first = partnership(local, partner, "SISTER_CITY");
        String second = partnership(local, partner, "FRIENDSHIP");
        problem(given().delete("/api/v1/actors/" + partner).then(), 409)
                .body("references.resource", contains("partnerships"))
                .body("references[0].count", equalTo(2))
                .body("references[0].ids", containsInAnyOrder(first, second))
                .body("detail", containsString("2 partnerships"));
        problem(given().delete("/api/v1/actors/" + local).then(), 409)
                .body("references.resource", contains("partnerships"));
        given().get("/api/v1/actors/" + partner).then().statusCode(200);

        given().delete("/api/v1/partnerships/" + first).then().statusCode(204);
        problem(given().delete("/api/v1/actors/" + partner).then(), 409).body("references[0].ids", contains(second));
        given().delete("/api/v1/partnerships/" + second).then().statusCode(204);
        given().delete("/api/v1/actors/" + partner).then().statusCode(204);
        given().delete("/api/v1/actors/" + local).then().statusCode(204);
    }
}
