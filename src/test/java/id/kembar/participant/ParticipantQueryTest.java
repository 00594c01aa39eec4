package id.kembar.participant;

import static id.kembar.participant.ParticipantWriteTest.UNKNOWN;
import static id.kembar.participant.ParticipantWriteTest.path;
import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.create;
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
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantQueryTest {

    private static List<String> ids(String url) {
        return given().get(url).then().statusCode(200).extract().path("items.id");
    }

    private static String of(String partnership, String query) {
        return path(partnership) + "?" + query;
    }

    @Test
    void listShowsOnlyThisPartnershipsParticipantsInAnEnvelope() {
        String partnership = partnership();
        String actor = actor("NGO", unique("LSM"), "ID");
        String mine = participant(partnership, actor, "FACILITATOR");
        participant(partnership(), actor, "FACILITATOR");
        Response response = given().get(path(partnership));
        response.then()
                .statusCode(200)
                .body("items.id", contains(mine))
                .body("items[0].partnershipId", equalTo(partnership))
                .body("items[0].actor.id", equalTo(actor))
                .body("page", equalTo(1))
                .body("pageSize", equalTo(20))
                .body("totalItems", equalTo(1))
                .body("totalPages", equalTo(1));
        assertThat(response.headers().getValues("Link"), hasSize(2));
    }

    @Test
    void filtersByRoleRepeatable() {
        String partnership = partnership();
        String actor = actor("BUSINESS", unique("Investor"), "CN");
        String funder = participant(partnership, actor, "FUNDER");
        String implementer = participant(partnership, actor, "IMPLEMENTER");
        participant(partnership, actor, "SIGNATORY");
        assertThat(ids(of(partnership, "role=FUNDER")), contains(funder));
        assertThat(ids(of(partnership, "role=FUNDER&role=IMPLEMENTER")), containsInAnyOrder(funder, implementer));
        assertThat(ids(of(partnership, "role=APPROVER")), empty());
        invalid(given().get(of(partnership, "role=SPONSOR")).then(), "role")
                .body("errors[0].allowedValues", hasItems(ParticipantWriteTest.ROLES));
    }

    @Test
    void filtersByActor() {
        String partnership = partnership();
        String ministry = actor("MINISTRY", unique("Kemenlu"), "ID");
        String embassy = actor("DIPLOMATIC_MISSION", unique("Embassy of Japan"), "ID");
        String approver = participant(partnership, ministry, "APPROVER");
        String facilitator = participant(partnership, embassy, "FACILITATOR");
        assertThat(ids(of(partnership, "actorId=" + ministry)), contains(approver));
        assertThat(ids(of(partnership, "actorId=" + embassy)), contains(facilitator));
        invalid(given().get(of(partnership, "actorId=abc")).then(), "actorId");
    }

    @Test
    void textSearchCoversTheNoteAndTheActorsNameCaseInsensitively() {
        String partnership = partnership();
        String name = unique("Universitas Pakuan");
        String byName = participant(partnership, actor("ACADEMIC", name, "ID"), "IMPLEMENTER");
        String token = unique("eel");
        String byNote = create(
                path(partnership),
                body(
                        "actorId",
                        actor("NGO", unique("LSM"), "ID"),
                        "role",
                        "IMPLEMENTER",
                        "note",
                        "Ran the " + token + " farming trial"));
        assertThat(ids(of(partnership, "q=" + name.toUpperCase())), contains(byName));
        assertThat(ids(of(partnership, "q=" + token.toUpperCase() + " farming")), contains(byNote));
        assertThat(ids(of(partnership, "q=" + unique("nothing"))), empty());
    }

    @Test
    void filtersByUpdatedSince() {
        String partnership = partnership();
        String actor = actor("NGO", unique("LSM"), "ID");
        String first = participant(partnership, actor, "FUNDER");
        String second = participant(partnership, actor, "COORDINATOR");
        String since =
                given().get(path(partnership) + "/" + second).then().extract().path("updatedAt");
        assertThat(ids(of(partnership, "updatedSince=" + since)), contains(second));
        given().contentType("application/merge-patch+json")
                .body("{\"note\": \"touched\"}")
                .patch(path(partnership) + "/" + first)
                .then()
                .statusCode(200);
        assertThat(ids(of(partnership, "updatedSince=" + since)), containsInAnyOrder(first, second));
        assertThat(ids(of(partnership, "updatedSince=2999-01-01T00:00:00Z")), empty());
        invalid(given().get(of(partnership, "updatedSince=today")).then(), "updatedSince");
    }

    @Test
    void sortsByRoleThenActorByDefaultAndByActorOrCreatedAt() {
        String partnership = partnership();
        String tag = unique("Sort");
        String a = actor("NGO", tag + " a", "ID");
        String b = actor("NGO", tag + " b", "ID");
        // roles whose order is the same by name and by declaration, so the test does not depend on which is used
        String funderA = participant(partnership, a, "FUNDER");
        String coordinatorB = participant(partnership, b, "COORDINATOR");
        String facilitatorA = participant(partnership, a, "FACILITATOR");
        String coordinatorA = participant(partnership, a, "COORDINATOR");
        assertThat(ids(path(partnership)), contains(coordinatorA, coordinatorB, facilitatorA, funderA));
        assertThat(
                ids(of(partnership, "sort=role,actor")), contains(coordinatorA, coordinatorB, facilitatorA, funderA));
        assertThat(
                ids(of(partnership, "sort=-role,-actor")), contains(funderA, facilitatorA, coordinatorB, coordinatorA));
        assertThat(
                ids(of(partnership, "sort=-actor,role")), contains(coordinatorB, coordinatorA, facilitatorA, funderA));
        assertThat(ids(of(partnership, "sort=createdAt")), contains(funderA, coordinatorB, facilitatorA, coordinatorA));
        assertThat(
                ids(of(partnership, "sort=-createdAt")), contains(coordinatorA, facilitatorA, coordinatorB, funderA));
        invalid(given().get(of(partnership, "sort=name")).then(), "sort")
                .body("errors[0].allowedValues", hasItems("role", "actor", "createdAt", "updatedAt"));
    }

    @Test
    void topLevelListFiltersByPartnershipAndFindsEveryPartnershipOfAnActor() {
        String actor = actor("ACADEMIC", unique("Universitas"), "ID");
        String first = partnership();
        String second = partnership();
        String inFirst = participant(first, actor, "IMPLEMENTER");
        String inSecond = participant(second, actor, "IMPLEMENTER");
        String otherInSecond = participant(second, actor("NGO", unique("LSM"), "ID"), "FACILITATOR");
        assertThat(ids("/api/v1/participants?actorId=" + actor), containsInAnyOrder(inFirst, inSecond));
        given().get("/api/v1/participants?actorId=" + actor)
                .then()
                .body("items.partnershipId", containsInAnyOrder(first, second));
        assertThat(ids("/api/v1/participants?partnershipId=" + second), containsInAnyOrder(inSecond, otherInSecond));
        assertThat(ids("/api/v1/participants?partnershipId=" + second + "&actorId=" + actor), contains(inSecond));
        assertThat(ids("/api/v1/participants?partnershipId=" + second + "&role=FACILITATOR"), contains(otherInSecond));
        assertThat(ids("/api/v1/participants?partnershipId=" + UNKNOWN), empty());
        invalid(given().get("/api/v1/participants?partnershipId=nope").then(), "partnershipId");
        invalid(given().get("/api/v1/participants?partnership=" + second).then(), "partnership")
                .body("errors[0].allowedValues", hasItems("partnershipId", "actorId", "role", "q"));
    }

    @Test
    void anActorThatTakesPartCannotBeDeleted() {
        String actor = actor("MINISTRY", unique("Kemendagri"), "ID");
        String partnership = partnership();
        String participant = participant(partnership, actor, "APPROVER");
        problem(given().delete("/api/v1/actors/" + actor).then(), 409)
                .body("references.resource", contains("participants"))
                .body("references[0].count", equalTo(1))
                .body("references[0].ids", contains(participant))
                .body("detail", containsString("participants"));
        given().get("/api/v1/actors/" + actor).then().statusCode(200);
        given().delete(path(partnership) + "/" + participant).then().statusCode(204);
        given().delete("/api/v1/actors/" + actor).then().statusCode(204);
    }
}
