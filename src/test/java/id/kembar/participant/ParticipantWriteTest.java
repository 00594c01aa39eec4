package id.kembar.participant;

import static id.kembar.support.ETagMatchers.tagOfVersion;
import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.participant;
import static id.kembar.support.Fixtures.partnership;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Adding participants: what a new one looks like and what is refused. */
@QuarkusTest
class ParticipantWriteTest {

    static final String UNKNOWN = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    static final String[] ROLES = {
        "SIGNATORY", "INITIATOR", "COORDINATOR", "IMPLEMENTER", "FACILITATOR", "FUNDER", "APPROVER"
    };

    static String path(String partnershipId) {
        return "/api/v1/partnerships/" + partnershipId + "/participants";
    }

    private static ValidatableResponse post(String partnershipId, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path(partnershipId))
                .then();
    }

    @Test
    void addedParticipantHasLocationEtagActorSummaryRoleAndNote() {
        String partnership = partnership();
        String name = unique("World Technopolis Association");
        String actor = actor("INTERNATIONAL_ORGANIZATION", name, "KR");
        var response = post(
                        partnership,
                        body(
                                "actorId",
                                actor,
                                "role",
                                "INITIATOR",
                                "note",
                                "Brought the two cities together at its annual meeting"))
                .statusCode(201)
                .header("ETag", tagOfVersion(0))
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("partnershipId", equalTo(partnership))
                .body("actorId", equalTo(actor))
                .body("actor.id", equalTo(actor))
                .body("actor.kind", equalTo("INTERNATIONAL_ORGANIZATION"))
                .body("actor.name", equalTo(name))
                .body("actor.country", equalTo("KR"))
                .body("role", equalTo("INITIATOR"))
                .body("note", equalTo("Brought the two cities together at its annual meeting"))
                .extract();
        String id = response.path("id");
        assertThat(response.header("Location"), endsWith(path(partnership) + "/" + id));
        given().get(response.header("Location"))
                .then()
                .statusCode(200)
                .header("ETag", tagOfVersion(0))
                .body("id", equalTo(id))
                .body("actor.name", equalTo(name))
                .body("note", equalTo("Brought the two cities together at its annual meeting"));
    }

    @Test
    void everyRoleIsAcceptedAndTheNoteIsOptional() {
        String partnership = partnership();
        String actor = actor("BUSINESS", unique("Investor"), "JP");
        for (String role : ROLES) {
            post(partnership, body("actorId", actor, "role", role))
                    .statusCode(201)
                    .body("role", equalTo(role))
                    .body("note", nullValue());
        }
        given().get(path(partnership) + "?actorId=" + actor)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(ROLES.length));
    }

    @Test
    void unknownRoleNamesTheAllowedValues() {
        invalid(post(partnership(), body("actorId", actor("NGO", unique("LSM"), "ID"), "role", "SPONSOR")), "role")
                .body("errors[0].allowedValues", hasItems(ROLES))
                .body("errors[0].message", containsString("FUNDER"));
    }

    @Test
    void missingOrInvalidFieldsAreAllNamed() {
        String partnership = partnership();
        invalid(post(partnership, Map.of()), "actorId", "role");
        invalid(post(partnership, body("role", "FUNDER", "note", "x".repeat(2001))), "actorId", "note");
        invalid(post(partnership, body("actorId", "not-a-uuid", "role", "FUNDER")), "actorId");
        invalid(post(partnership, body("actorId", UNKNOWN, "role", "FUNDER", "rank", 1)), "rank");
        invalid(
                post(partnership, body("actorId", UNKNOWN, "role", "FUNDER", "partnershipId", partnership)),
                "partnershipId");
        problem(
                given().contentType(ContentType.JSON)
                        .body("{\"role\": ")
                        .post(path(partnership))
                        .then(),
                400);
    }

    @Test
    void actorMustExist() {
        invalid(post(partnership(), body("actorId", UNKNOWN, "role", "FUNDER")), "actorId")
                .body("errors[0].message", containsString(UNKNOWN));
    }

    @Test
    void unknownPartnershipIs404ForListAndAdd() {
        String actor = actor("NGO", unique("LSM"), "ID");
        problem(post(UNKNOWN, body("actorId", actor, "role", "FUNDER")), 404);
        problem(given().get(path(UNKNOWN)).then(), 404);
        invalid(given().get(path("not-a-uuid")).then(), "partnershipId");
        given().get("/api/v1/participants?actorId=" + actor)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void theSameActorInTheSameRoleTwiceIs409NamingTheExistingOne() {
        String partnership = partnership();
        String actor = actor("ACADEMIC", unique("Universitas"), "ID");
        String existing = participant(partnership, actor, "IMPLEMENTER");
        problem(post(partnership, body("actorId", actor, "role", "IMPLEMENTER", "note", "again")), 409)
                .body("existingId", equalTo(existing))
                .body("detail", containsString("IMPLEMENTER"));
        given().get(path(partnership)).then().body("totalItems", equalTo(1));
    }

    @Test
    void theSameActorInAnotherRoleOrAnotherPartnershipIsFine() {
        String partnership = partnership();
        String actor = actor("ACADEMIC", unique("Universitas"), "ID");
        participant(partnership, actor, "IMPLEMENTER");
        post(partnership, body("actorId", actor, "role", "COORDINATOR")).statusCode(201);
        post(partnership(), body("actorId", actor, "role", "IMPLEMENTER")).statusCode(201);
        given().get("/api/v1/participants?actorId=" + actor).then().body("totalItems", equalTo(3));
    }
}
