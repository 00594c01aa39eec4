package id.kembar.actor;

import static id.kembar.support.ETagMatchers.tagOfVersion;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.create;
import static id.kembar.support.Fixtures.province;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActorWriteTest {

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/actors")
                .then();
    }

    @Nested
    class Create {

        @Test
        void createdActorHasLocationEtagAndEveryField() {
            String name = unique("Daejeon");
            Map<String, Object> created = post(body(
                            "kind",
                            "GOVERNMENT",
                            "name",
                            name,
                            "alternativeNames",
                            List.of("대전광역시", "Daejeon City"),
                            "country",
                            "KR",
                            "governmentLevel",
                            "CITY",
                            "regionCode",
                            "KR-30",
                            "website",
                            "https://www.daejeon.go.kr",
                            "email",
                            "intl@daejeon.go.kr",
                            "notes",
                            "WTA host"))
                    .statusCode(201)
                    .header("ETag", tagOfVersion(0))
                    .body("version", equalTo(0))
                    .body("createdAt", notNullValue())
                    .body("updatedAt", notNullValue())
                    .body("name", equalTo(name))
                    .body("alternativeNames", contains("대전광역시", "Daejeon City"))
                    .body("regionCode", equalTo("KR-30"))
                    .body("website", equalTo("https://www.daejeon.go.kr"))
                    .extract()
                    .jsonPath()
                    .getMap("");
            // a read shows what the write answered: every field, the alternative names in their order
            assertThat(
                    given().get("/api/v1/actors/" + created.get("id"))
                            .then()
                            .statusCode(200)
                            .body("notes", equalTo("WTA host"))
                            .extract()
                            .jsonPath()
                            .getMap(""),
                    equalTo(created));
        }

        @Test
        void locationHeaderPointsAtTheNewActor() {
            var response = post(body("kind", "NGO", "name", unique("LSM"), "country", "ID"))
                    .statusCode(201)
                    .extract();
            String id = response.path("id");
            assertThat(response.header("Location"), endsWith("/api/v1/actors/" + id));
            given().get(response.header("Location")).then().statusCode(200).body("id", equalTo(id));
        }

        @Test
        void createReportsEveryInvalidFieldAtOnce() {
            invalid(
                    post(body(
                            "kind",
                            "NGO",
                            "name",
                            " ",
                            "country",
                            "XX",
                            "website",
                            "ftp://example.org",
                            "email",
                            "not-an-email")),
                    "name",
                    "country",
                    "website",
                    "email");
        }

        @Test
        void missingRequiredFieldsAreNamed() {
            invalid(post(Map.of()), "kind", "name", "country");
        }

        @Test
        void indonesianGovernmentNeedsLevelAndKemendagriCode() {
            invalid(
                    post(body("kind", "GOVERNMENT", "name", unique("Kota"), "country", "ID")),
                    "governmentLevel",
                    "regionCode");
            invalid(
                    post(body(
                            "kind",
                            "GOVERNMENT",
                            "name",
                            unique("Prov"),
                            "country",
                            "ID",
                            "governmentLevel",
                            "PROVINCE",
                            "regionCode",
                            "32.71")),
                    "regionCode");
            invalid(
                    post(body(
                            "kind",
                            "GOVERNMENT",
                            "name",
                            unique("Kota"),
                            "country",
                            "ID",
                            "governmentLevel",
                            "CITY",
                            "regionCode",
                            "32")),
                    "regionCode");
            invalid(
                    post(body(
                            "kind",
                            "GOVERNMENT",
                            "name",
                            unique("Kota"),
                            "country",
                            "ID",
                            "governmentLevel",
                            "STATE",
                            "regionCode",
                            "32")),
                    "governmentLevel");
            invalid(
                    post(body(
                            "kind",
                            "GOVERNMENT",
                            "name",
                            unique("Kota"),
                            "country",
                            "ID",
                            "governmentLevel",
                            "CITY",
                            "regionCode",
                            "ID-JB")),
                    "regionCode");
        }

        @Test
        void foreignRegionCodeIsIso31662OfTheActorsCountry() {
            invalid(
                    post(body(
                            "kind",
                            "GOVERNMENT",
                            "name",
                            unique("Zhejiang"),
                            "country",
                            "CN",
                            "governmentLevel",
                            "PROVINCE",
                            "regionCode",
                            "KR-30")),
                    "regionCode");
            invalid(
                    post(body(
                            "kind",
                            "GOVERNMENT",
                            "name",
                            unique("Zhejiang"),
                            "country",
                            "CN",
                            "governmentLevel",
                            "PROVINCE",
                            "regionCode",
                            "52")),
                    "regionCode");
            post(body(
                            "kind",
                            "GOVERNMENT",
                            "name",
                            unique("Zhejiang"),
                            "country",
                            "CN",
                            "governmentLevel",
                            "PROVINCE",
                            "regionCode",
                            "CN-ZJ"))
                    .statusCode(201);
            post(body("kind", "GOVERNMENT", "name", unique("Hildesheim"), "country", "DE", "governmentLevel", "CITY"))
                    .statusCode(201)
                    .body("regionCode", nullValue());
        }

        @Test
        void levelIsOnlyForGovernments() {
            invalid(
                    post(body("kind", "AGENCY", "name", unique("Dinas"), "country", "ID", "governmentLevel", "CITY")),
                    "governmentLevel");
        }

        @Test
        void unknownEnumValueNamesTheAllowedValues() {
            invalid(post(body("kind", "GOVERMENT", "name", unique("x"), "country", "ID")), "kind")
                    .body("errors[0].allowedValues", hasItem("GOVERNMENT"))
                    .body("errors[0].message", containsString("GOVERNMENT"));
        }

        @Test
        void unknownPropertyIsRejected() {
            invalid(post(body("kind", "NGO", "name", unique("x"), "country", "ID", "nmae", "typo")), "nmae")
                    .body("errors[0].allowedValues", hasItem("name"));
        }

        @Test
        void idAndVersionCannotBeAssigned() {
            invalid(
                    post(body(
                            "id",
                            "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                            "kind",
                            "NGO",
                            "name",
                            unique("x"),
                            "country",
                            "ID")),
                    "id");
            invalid(post(body("version", 7, "kind", "NGO", "name", unique("x"), "country", "ID")), "version");
        }

        @Test
        void wrongTypeNamesTheJsonPath() {
            invalid(post(body("kind", "NGO", "name", 42, "country", "ID")), "name");
            invalid(
                    post(body("kind", "NGO", "name", unique("x"), "country", "ID", "alternativeNames", "one")),
                    "alternativeNames");
            invalid(
                    post(body(
                            "kind", "NGO", "name", unique("x"), "country", "ID", "alternativeNames", List.of("ok", 5))),
                    "alternativeNames[1]");
            invalid(
                    post(body("kind", "NGO", "name", unique("x"), "country", "ID", "parentId", "not-a-uuid")),
                    "parentId");
        }

        @Test
        void malformedOrMissingBodiesAre400() {
            problem(
                    given().contentType(ContentType.JSON)
                            .body("{\"kind\": ")
                            .post("/api/v1/actors")
                            .then(),
                    400);
            problem(
                    given().contentType(ContentType.JSON)
                            .body("[]")
                            .post("/api/v1/actors")
                            .then(),
                    400);
            problem(given().contentType(ContentType.JSON).post("/api/v1/actors").then(), 400);
            invalid(
                    given().contentType(ContentType.JSON)
                            .body("{\"name\":\"a\",\"name\":\"b\"}")
                            .post("/api/v1/actors")
                            .then(),
                    "name");
        }

        @Test
        void parentMustExist() {
            invalid(
                    post(body(
                            "kind",
                            "AGENCY",
                            "name",
                            unique("Dinas"),
                            "country",
                            "ID",
                            "parentId",
                            "3fa85f64-5717-4562-b3fc-2c963f66afa6")),
                    "parentId");
        }
    }

    @Nested
    class Replace {

        @Test
        void replaceSetsEveryFieldAndClearsAbsentOnes() {
            String id = create(
                    "/api/v1/actors",
                    body(
                            "kind",
                            "NGO",
                            "name",
                            unique("LSM"),
                            "country",
                            "ID",
                            "notes",
                            "to be cleared",
                            "alternativeNames",
                            List.of("old")));
            given().contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(body("kind", "BUSINESS", "name", "Renamed", "country", "JP"))
                    .when()
                    .put("/api/v1/actors/" + id)
                    .then()
                    .statusCode(200)
                    .header("ETag", tagOfVersion(1))
                    .body("version", equalTo(1))
                    .body("kind", equalTo("BUSINESS"))
                    .body("country", equalTo("JP"))
                    .body("notes", nullValue())
                    .body("alternativeNames", empty());
        }

        @Test
        void staleIfMatchIs412AndChangesNothing() {
            String name = unique("LSM");
            String id = create("/api/v1/actors", body("kind", "NGO", "name", name, "country", "ID"));
            problem(
                    given().contentType(ContentType.JSON)
                            .header("If-Match", "\"5\"")
                            .body(body("kind", "NGO", "name", "Changed", "country", "ID"))
                            .put("/api/v1/actors/" + id)
                            .then(),
                    412);
            problem(
                    given().contentType(ContentType.JSON)
                            .header("If-Match", "W/\"0\"")
                            .body(body("kind", "NGO", "name", "Changed", "country", "ID"))
                            .put("/api/v1/actors/" + id)
                            .then(),
                    412);
            invalid(
                    given().contentType(ContentType.JSON)
                            .header("If-Match", "0")
                            .body(body("kind", "NGO", "name", "Changed", "country", "ID"))
                            .put("/api/v1/actors/" + id)
                            .then(),
                    "If-Match");
            given().get("/api/v1/actors/" + id)
                    .then()
                    .body("name", equalTo(name))
                    .body("version", equalTo(0));
        }

        @Test
        void anActorCannotBecomeItsOwnAncestor() {
            String top = province(unique("Prov"), "52");
            String middle = create(
                    "/api/v1/actors",
                    body("kind", "AGENCY", "name", unique("Dinas"), "country", "ID", "parentId", top));
            invalid(
                    given().contentType(ContentType.JSON)
                            .body(body(
                                    "kind",
                                    "GOVERNMENT",
                                    "name",
                                    "Prov",
                                    "country",
                                    "ID",
                                    "governmentLevel",
                                    "PROVINCE",
                                    "regionCode",
                                    "52",
                                    "parentId",
                                    middle))
                            .put("/api/v1/actors/" + top)
                            .then(),
                    "parentId");
            invalid(
                    given().contentType(ContentType.JSON)
                            .body(body("kind", "AGENCY", "name", "Dinas", "country", "ID", "parentId", middle))
                            .put("/api/v1/actors/" + middle)
                            .then(),
                    "parentId");
        }

        @Test
        void unknownActorIs404() {
            problem(
                    given().contentType(ContentType.JSON)
                            .body(body("kind", "NGO", "name", "x", "country", "ID"))
                            .put("/api/v1/actors/3fa85f64-5717-4562-b3fc-2c963f66afa6")
                            .then(),
                    404);
        }
    }

    @Nested
    class Patch {

        private ValidatableResponse patch(String id, String json) {
            return given().contentType("application/merge-patch+json")
                    .body(json)
                    .when()
                    .patch("/api/v1/actors/" + id)
                    .then();
        }

        @Test
        void patchChangesOnlyWhatItSendsAndNullClears() {
            String name = unique("LSM");
            String id = create(
                    "/api/v1/actors",
                    body(
                            "kind",
                            "NGO",
                            "name",
                            name,
                            "country",
                            "ID",
                            "notes",
                            "keep me not",
                            "email",
                            "info@lsm.or.id"));
            patch(id, "{\"notes\": null, \"alternativeNames\": [\"Yayasan\"]}")
                    .statusCode(200)
                    .header("ETag", tagOfVersion(1))
                    .body("name", equalTo(name))
                    .body("email", equalTo("info@lsm.or.id"))
                    .body("notes", nullValue())
                    .body("alternativeNames", contains("Yayasan"));
        }

        @Test
        void patchResultIsValidatedLikeAPut() {
            String id = create("/api/v1/actors", body("kind", "NGO", "name", unique("LSM"), "country", "ID"));
            invalid(patch(id, "{\"name\": null}"), "name");
            invalid(patch(id, "{\"kind\": \"GOVERNMENT\"}"), "governmentLevel", "regionCode");
            invalid(patch(id, "{\"colour\": \"red\"}"), "colour");
            invalid(patch(id, "[1, 2]"), "$");
            given().get("/api/v1/actors/" + id).then().body("version", equalTo(0));
        }

        @Test
        void patchNeedsTheMergePatchMediaType() {
            String id = create("/api/v1/actors", body("kind", "NGO", "name", unique("LSM"), "country", "ID"));
            problem(
                    given().contentType(ContentType.JSON)
                            .body("{\"notes\": \"x\"}")
                            .patch("/api/v1/actors/" + id)
                            .then(),
                    415);
        }

        @Test
        void patchWithStaleEtagIs412() {
            String id = create("/api/v1/actors", body("kind", "NGO", "name", unique("LSM"), "country", "ID"));
            patch(id, "{\"notes\": \"first\"}").statusCode(200);
            problem(
                    given().contentType("application/merge-patch+json")
                            .header("If-Match", "\"0\"")
                            .body("{\"notes\": \"second\"}")
                            .patch("/api/v1/actors/" + id)
                            .then(),
                    412);
            given().get("/api/v1/actors/" + id)
                    .then()
                    .body("notes", equalTo("first"))
                    .body("notes", not(equalTo("second")));
        }
    }
}
