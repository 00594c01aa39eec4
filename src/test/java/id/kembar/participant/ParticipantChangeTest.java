package id.kembar.participant;

import static id.kembar.participant.ParticipantWriteTest.UNKNOWN;
import static id.kembar.participant.ParticipantWriteTest.path;
import static id.kembar.support.ETagMatchers.tagOfVersion;
import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.create;
import static id.kembar.support.Fixtures.participant;
import static id.kembar.support.Fixtures.partnership;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reading, replacing, patching and removing one participant. */
@QuarkusTest
class ParticipantChangeTest {

    /** A participant with a note, and what it was made of. */
    private record Made(String partnership, String actor, String actorName, String id) {
        String url() {
            return path(partnership) + "/" + id;
        }
    }

    private static Made made() {
        String partnership = partnership();
        String name = unique("Kementerian LHK");
        String actor = actor("MINISTRY", name, "ID");
        String id = create(path(partnership), body("actorId", actor, "role", "INITIATOR", "note", "Proposed it"));
        return new Made(partnership, actor, name, id);
    }

    private static ValidatableResponse put(String url, String ifMatch, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(url).then();
    }

    private static ValidatableResponse patch(String url, String json) {
        return given().contentType("application/merge-patch+json")
                .body(json)
                .when()
                .patch(url)
                .then();
    }

    @Nested
    class Get {

        @Test
        void getReturnsTheParticipantWithItsEtag() {
            Made p = made();
            given().get(p.url())
                    .then()
                    .statusCode(200)
                    .header("ETag", tagOfVersion(0))
                    .body("id", equalTo(p.id()))
                    .body("partnershipId", equalTo(p.partnership()))
                    .body("actor.name", equalTo(p.actorName()))
                    .body("role", equalTo("INITIATOR"));
        }

        @Test
        void unknownOrMalformedIdsAreNamed() {
            Made p = made();
            problem(given().get(path(p.partnership()) + "/" + UNKNOWN).then(), 404);
            problem(given().get(path(UNKNOWN) + "/" + p.id()).then(), 404);
            invalid(given().get(path(p.partnership()) + "/42").then(), "participantId");
            invalid(given().get(path("42") + "/" + p.id()).then(), "partnershipId");
        }

        @Test
        void aParticipantUnderAnotherPartnershipsPathIs404ForEveryMethod() {
            Made p = made();
            String elsewhere = path(partnership()) + "/" + p.id();
            problem(given().get(elsewhere).then(), 404);
            problem(put(elsewhere, null, body("actorId", p.actor(), "role", "FUNDER")), 404);
            problem(patch(elsewhere, "{\"note\": \"moved?\"}"), 404);
            problem(given().delete(elsewhere).then(), 404);
            given().get(p.url())
                    .then()
                    .statusCode(200)
                    .body("version", equalTo(0))
                    .body("role", equalTo("INITIATOR"))
                    .body("note", equalTo("Proposed it"));
        }
    }

    @Nested
    class Replace {

        @Test
        void replaceSetsActorRoleAndNoteAndClearsAnAbsentNote() {
            Made p = made();
            String other = actor("LEGISLATURE", unique("DPRD Kota Bogor"), "ID");
            put(p.url(), "\"0\"", body("actorId", other, "role", "APPROVER"))
                    .statusCode(200)
                    .header("ETag", tagOfVersion(1))
                    .body("version", equalTo(1))
                    .body("actorId", equalTo(other))
                    .body("actor.kind", equalTo("LEGISLATURE"))
                    .body("role", equalTo("APPROVER"))
                    .body("note", nullValue())
                    .body("partnershipId", equalTo(p.partnership()));
            given().get(p.url())
                    .then()
                    .header("ETag", tagOfVersion(1))
                    .body("actorId", equalTo(other))
                    .body("note", nullValue());
        }

        @Test
        void staleIfMatchIs412AndChangesNothing() {
            Made p = made();
            problem(put(p.url(), "\"1\"", body("actorId", p.actor(), "role", "FUNDER")), 412);
            given().get(p.url()).then().body("role", equalTo("INITIATOR")).body("version", equalTo(0));
        }

        @Test
        void replaceIsValidatedLikeAdd() {
            Made p = made();
            invalid(put(p.url(), null, body("actorId", UNKNOWN, "role", "FUNDER")), "actorId");
            invalid(put(p.url(), null, body("note", "only a note")), "actorId", "role");
            invalid(put(p.url(), null, body("actorId", p.actor(), "role", "OBSERVER")), "role");
            given().get(p.url()).then().body("version", equalTo(0)).body("note", equalTo("Proposed it"));
        }

        @Test
        void replaceThatWouldDuplicateIs409NamingTheExistingOne() {
            Made p = made();
            String second = participant(p.partnership(), p.actor(), "COORDINATOR");
            problem(
                            put(
                                    path(p.partnership()) + "/" + second,
                                    null,
                                    body("actorId", p.actor(), "role", "INITIATOR")),
                            409)
                    .body("existingId", equalTo(p.id()));
            put(p.url(), null, body("actorId", p.actor(), "role", "INITIATOR", "note", "same role, itself"))
                    .statusCode(200);
        }
    }

    @Nested
    class Patch {

        @Test
        void patchChangesOnlyWhatItSendsAndNullClearsTheNote() {
            Made p = made();
            patch(p.url(), "{\"role\": \"SIGNATORY\"}")
                    .statusCode(200)
                    .header("ETag", tagOfVersion(1))
                    .body("role", equalTo("SIGNATORY"))
                    .body("actorId", equalTo(p.actor()))
                    .body("note", equalTo("Proposed it"));
            patch(p.url(), "{\"note\": null}")
                    .statusCode(200)
                    .header("ETag", tagOfVersion(2))
                    .body("note", nullValue())
                    .body("role", equalTo("SIGNATORY"));
            given().get(p.url()).then().body("note", nullValue()).body("version", equalTo(2));
        }

        @Test
        void nullOnARequiredFieldOrAnUnknownPropertyIs400() {
            Made p = made();
            invalid(patch(p.url(), "{\"role\": null}"), "role");
            invalid(patch(p.url(), "{\"actorId\": null}"), "actorId");
            invalid(patch(p.url(), "{\"actorId\": \"" + UNKNOWN + "\"}"), "actorId");
            invalid(patch(p.url(), "{\"rol\": \"FUNDER\"}"), "rol");
            invalid(patch(p.url(), "\"FUNDER\""), "$");
            given().get(p.url()).then().body("version", equalTo(0)).body("role", equalTo("INITIATOR"));
        }

        @Test
        void patchThatWouldDuplicateIs409() {
            Made p = made();
            String second = participant(p.partnership(), p.actor(), "FACILITATOR");
            problem(patch(path(p.partnership()) + "/" + second, "{\"role\": \"INITIATOR\"}"), 409)
                    .body("existingId", equalTo(p.id()));
        }

        @Test
        void patchNeedsTheMergePatchMediaTypeAndACurrentEtag() {
            Made p = made();
            problem(
                    given().contentType(ContentType.JSON)
                            .body("{\"note\": \"x\"}")
                            .patch(p.url())
                            .then(),
                    415);
            problem(
                    given().contentType("application/merge-patch+json")
                            .header("If-Match", "\"7\"")
                            .body("{\"note\": \"x\"}")
                            .patch(p.url())
                            .then(),
                    412);
            given().get(p.url()).then().body("note", equalTo("Proposed it")).body("version", equalTo(0));
        }
    }

    @Nested
    class Delete {

        @Test
        void removedParticipantIsGoneButTheActorAndPartnershipStay() {
            Made p = made();
            given().header("If-Match", "\"0\"").delete(p.url()).then().statusCode(204);
            problem(given().get(p.url()).then(), 404);
            problem(given().delete(p.url()).then(), 404);
            given().get("/api/v1/actors/" + p.actor()).then().statusCode(200);
            given().get("/api/v1/partnerships/" + p.partnership()).then().statusCode(200);
            given().get(path(p.partnership())).then().body("totalItems", equalTo(0));
        }

        @Test
        void deleteWithStaleEtagIs412AndKeepsTheParticipant() {
            Made p = made();
            problem(given().header("If-Match", "\"3\"").delete(p.url()).then(), 412);
            given().get(p.url()).then().statusCode(200);
        }
    }
}
