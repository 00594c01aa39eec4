package id.kembar.partnership;

import static id.kembar.support.ETagMatchers.tagOfVersion;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.create;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnershipChangeTest {

    private static final String PATH = "/api/v1/partnerships/";

    /** The local side, the partner and the id of a partnership with every optional field set. */
    private record Full(String local, String partner, String id, String title) {}

    private static Full full() {
        String local = city(unique("Kota Padang"), "13.71");
        String partner = foreignGovernment(unique("Hildesheim"), "DE", "CITY");
        String title = unique("Sister City Padang - Hildesheim");
        String id = create(
                "/api/v1/partnerships",
                body(
                        "title",
                        title,
                        "type",
                        "SISTER_CITY",
                        "localGovernmentId",
                        local,
                        "partnerId",
                        partner,
                        "description",
                        "Culture and tourism",
                        "objectives",
                        "Student and staff exchange",
                        "validFrom",
                        "2016-11",
                        "validUntil",
                        "2021",
                        "referenceNumber",
                        "HI-PDG-1988"));
        return new Full(local, partner, id, title);
    }

    private static ValidatableResponse get(String id) {
        return given().get(PATH + id).then().statusCode(200);
    }

    @Nested
    class Replace {

        private ValidatableResponse put(String id, String ifMatch, Map<String, Object> body) {
            var request = given().contentType(ContentType.JSON).body(body);
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            return request.when().put(PATH + id).then();
        }

        @Test
        void replaceSetsEveryFieldAndClearsAbsentOnes() {
            Full p = full();
            String newPartner = foreignGovernment(unique("Hannover"), "DE", "CITY");
            String createdAt = get(p.id()).extract().path("createdAt");
            String updatedAt = get(p.id()).extract().path("updatedAt");
            put(
                            p.id(),
                            "\"0\"",
                            body(
                                    "title",
                                    "Revitalised",
                                    "type",
                                    "FRIENDSHIP",
                                    "localGovernmentId",
                                    p.local(),
                                    "partnerId",
                                    newPartner,
                                    "validFrom",
                                    "2024-03"))
                    .statusCode(200)
                    .header("ETag", tagOfVersion(1))
                    .body("version", equalTo(1))
                    .body("title", equalTo("Revitalised"))
                    .body("type", equalTo("FRIENDSHIP"))
                    .body("partnerId", equalTo(newPartner))
                    .body("partner.id", equalTo(newPartner))
                    .body("validFrom", equalTo("2024-03"))
                    .body("validUntil", nullValue())
                    .body("description", nullValue())
                    .body("objectives", nullValue())
                    .body("referenceNumber", nullValue())
                    .body("createdAt", equalTo(createdAt));
            String after = get(p.id())
                    .header("ETag", tagOfVersion(1))
                    .body("title", equalTo("Revitalised"))
                    .body("description", nullValue())
                    .body("validUntil", nullValue())
                    .extract()
                    .path("updatedAt");
            assertThat(OffsetDateTime.parse(after), greaterThan(OffsetDateTime.parse(updatedAt)));
        }

        @Test
        void eachReplaceThatChangesSomethingIncrementsTheVersionAndARepeatedOneDoesNot() {
            Full p = full();
            Map<String, Object> body = body(
                    "title", "Once", "type", "SISTER_CITY", "localGovernmentId", p.local(), "partnerId", p.partner());
            put(p.id(), null, body).statusCode(200).header("ETag", tagOfVersion(1));
            put(p.id(), "\"1\"", body)
                    .statusCode(200)
                    .header("ETag", tagOfVersion(1))
                    .body("version", equalTo(1));
            body.put("title", "Twice");
            put(p.id(), "\"1\"", body)
                    .statusCode(200)
                    .header("ETag", tagOfVersion(2))
                    .body("version", equalTo(2));
        }

        @Test
        void staleIfMatchIs412AndChangesNothing() {
            Full p = full();
            Map<String, Object> body = body(
                    "title",
                    "Changed",
                    "type",
                    "SISTER_CITY",
                    "localGovernmentId",
                    p.local(),
                    "partnerId",
                    p.partner());
            problem(put(p.id(), "\"1\"", body), 412);
            problem(put(p.id(), "W/\"0\"", body), 412);
            invalid(put(p.id(), "0", body), "If-Match");
            get(p.id())
                    .body("title", equalTo(p.title()))
                    .body("version", equalTo(0))
                    .body("description", equalTo("Culture and tourism"));
            put(p.id(), "\"0\"", body).statusCode(200);
            problem(put(p.id(), "\"0\"", body), 412);
        }

        @Test
        void replaceIsValidatedLikeCreateAndChangesNothingWhenInvalid() {
            Full p = full();
            invalid(
                    put(
                            p.id(),
                            null,
                            body(
                                    "title",
                                    "",
                                    "type",
                                    "SISTER_PROVINCE",
                                    "localGovernmentId",
                                    p.local(),
                                    "partnerId",
                                    p.partner(),
                                    "validFrom",
                                    "2020",
                                    "validUntil",
                                    "2019")),
                    "title",
                    "localGovernmentId",
                    "validUntil");
            invalid(put(p.id(), null, body("type", "SISTER_CITY")), "title", "localGovernmentId", "partnerId");
            get(p.id()).body("version", equalTo(0)).body("type", equalTo("SISTER_CITY"));
        }

        @Test
        void unknownPartnershipIs404AndMalformedIdIs400() {
            Full p = full();
            Map<String, Object> body =
                    body("title", "x", "type", "SISTER_CITY", "localGovernmentId", p.local(), "partnerId", p.partner());
            problem(put(PartnershipCreateTest.UNKNOWN, null, body), 404);
            invalid(put("not-a-uuid", null, body), "partnershipId");
        }
    }

    @Nested
    class Patch {

        private ValidatableResponse patch(String id, String json) {
            return given().contentType("application/merge-patch+json")
                    .body(json)
                    .when()
                    .patch(PATH + id)
                    .then();
        }

        @Test
        void patchChangesOnlyTheFieldsSent() {
            Full p = full();
            patch(p.id(), "{\"objectives\": \"Smart city\", \"validUntil\": \"2026-06\"}")
                    .statusCode(200)
                    .header("ETag", tagOfVersion(1))
                    .body("version", equalTo(1))
                    .body("objectives", equalTo("Smart city"))
                    .body("validUntil", equalTo("2026-06"))
                    .body("title", equalTo(p.title()))
                    .body("type", equalTo("SISTER_CITY"))
                    .body("localGovernmentId", equalTo(p.local()))
                    .body("partnerId", equalTo(p.partner()))
                    .body("description", equalTo("Culture and tourism"))
                    .body("validFrom", equalTo("2016-11"))
                    .body("referenceNumber", equalTo("HI-PDG-1988"));
            get(p.id()).body("objectives", equalTo("Smart city")).body("validFrom", equalTo("2016-11"));
        }

        @Test
        void nullClearsValidUntilAndDescription() {
            Full p = full();
            patch(p.id(), "{\"validUntil\": null, \"description\": null}")
                    .statusCode(200)
                    .body("validUntil", nullValue())
                    .body("description", nullValue())
                    .body("validFrom", equalTo("2016-11"))
                    .body("objectives", equalTo("Student and staff exchange"));
            get(p.id()).body("validUntil", nullValue()).body("description", nullValue());
        }

        @Test
        void nullOnARequiredFieldIs400AndChangesNothing() {
            Full p = full();
            invalid(patch(p.id(), "{\"title\": null}"), "title");
            invalid(patch(p.id(), "{\"type\": null, \"partnerId\": null}"), "type", "partnerId");
            get(p.id()).body("title", equalTo(p.title())).body("version", equalTo(0));
        }

        @Test
        void patchResultIsValidatedLikeAPut() {
            Full p = full();
            invalid(patch(p.id(), "{\"validUntil\": \"2010\"}"), "validUntil");
            invalid(patch(p.id(), "{\"validFrom\": \"2016-13\"}"), "validFrom");
            invalid(patch(p.id(), "{\"type\": \"SISTER_PROVINCE\"}"), "localGovernmentId");
            invalid(patch(p.id(), "{\"type\": \"TWINNING\"}"), "type");
            invalid(
                    patch(p.id(), "{\"localGovernmentId\": \"" + PartnershipCreateTest.UNKNOWN + "\"}"),
                    "localGovernmentId");
            get(p.id()).body("version", equalTo(0)).body("validUntil", equalTo("2021"));
        }

        @Test
        void unknownPropertyOrANonObjectIs400() {
            Full p = full();
            invalid(patch(p.id(), "{\"titel\": \"typo\"}"), "titel");
            invalid(patch(p.id(), "{\"version\": 5}"), "version");
            invalid(patch(p.id(), "[\"title\"]"), "$");
            get(p.id()).body("version", equalTo(0));
        }

        @Test
        void patchNeedsTheMergePatchMediaType() {
            Full p = full();
            problem(
                    given().contentType(ContentType.JSON)
                            .body("{\"title\": \"x\"}")
                            .patch(PATH + p.id())
                            .then(),
                    415);
            get(p.id()).body("title", equalTo(p.title()));
        }

        @Test
        void patchWithStaleEtagIs412() {
            Full p = full();
            patch(p.id(), "{\"title\": \"first\"}").statusCode(200);
            problem(
                    given().contentType("application/merge-patch+json")
                            .header("If-Match", "\"0\"")
                            .body("{\"title\": \"second\"}")
                            .patch(PATH + p.id())
                            .then(),
                    412);
            get(p.id()).body("title", equalTo("first")).body("version", equalTo(1));
            given().contentType("application/merge-patch+json")
                    .header("If-Match", "\"1\"")
                    .body("{\"title\": \"second\"}")
                    .patch(PATH + p.id())
                    .then()
                    .statusCode(200)
                    .header("ETag", tagOfVersion(2));
        }

        @Test
        void patchOfAnUnknownPartnershipIs404() {
            problem(patch(PartnershipCreateTest.UNKNOWN, "{\"title\": \"x\"}"), 404);
        }
    }
}
