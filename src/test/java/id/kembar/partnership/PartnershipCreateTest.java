package id.kembar.partnership;

import static id.kembar.support.ETagMatchers.tagOfVersion;
import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.create;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnershipCreateTest {

    static final String UNKNOWN = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    private static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/partnerships")
                .then();
    }

    /** A body that is valid on its own: a sister city between a new Indonesian city and a new Japanese one. */
    private static Map<String, Object> valid(Object... fields) {
        Map<String, Object> body = body(
                "title",
                unique("Sister City"),
                "type",
                "SISTER_CITY",
                "localGovernmentId",
                city(unique("Kota"), "32.71"),
                "partnerId",
                foreignGovernment(unique("City"), "JP", "CITY"));
        body.putAll(body(fields));
        return body;
    }

    @Test
    void createdPartnershipHasLocationEtagAndEveryField() {
        String localName = unique("Kota Bogor");
        String local = city(localName, "32.71");
        String partnerName = unique("Kisarazu");
        String partner = create(
                "/api/v1/actors",
                body(
                        "kind",
                        "GOVERNMENT",
                        "name",
                        partnerName,
                        "country",
                        "JP",
                        "governmentLevel",
                        "CITY",
                        "regionCode",
                        "JP-12"));
        String title = unique("Friendship Bogor - Kisarazu");
        var response = post(body(
                        "title",
                        title,
                        "type",
                        "FRIENDSHIP",
                        "localGovernmentId",
                        local,
                        "partnerId",
                        partner,
                        "description",
                        "Agreement of Friendship",
                        "objectives",
                        "Education, culture and tourism",
                        "validFrom",
                        "2016-11-18",
                        "validUntil",
                        "2021-11",
                        "referenceNumber",
                        "119/1234/KS/2016"))
                .statusCode(201)
                .header("ETag", tagOfVersion(0))
                .body("id", notNullValue())
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("title", equalTo(title))
                .body("type", equalTo("FRIENDSHIP"))
                .body("localGovernmentId", equalTo(local))
                .body("localGovernment.id", equalTo(local))
                .body("localGovernment.kind", equalTo("GOVERNMENT"))
                .body("localGovernment.name", equalTo(localName))
                .body("localGovernment.country", equalTo("ID"))
                .body("localGovernment.regionCode", equalTo("32.71"))
                .body("partnerId", equalTo(partner))
                .body("partner.id", equalTo(partner))
                .body("partner.kind", equalTo("GOVERNMENT"))
                .body("partner.name", equalTo(partnerName))
                .body("partner.country", equalTo("JP"))
                .body("partner.regionCode", equalTo("JP-12"))
                .body("description", equalTo("Agreement of Friendship"))
                .body("objectives", equalTo("Education, culture and tourism"))
                .body("validFrom", equalTo("2016-11-18"))
                .body("validUntil", equalTo("2021-11"))
                .body("referenceNumber", equalTo("119/1234/KS/2016"))
                .extract();
        String id = response.path("id");
        assertThat(response.header("Location"), endsWith("/api/v1/partnerships/" + id));
        given().get(response.header("Location"))
                .then()
                .statusCode(200)
                .header("ETag", tagOfVersion(0))
                .body("id", equalTo(id))
                .body("title", equalTo(title))
                .body("partner.name", equalTo(partnerName))
                .body("validFrom", equalTo("2016-11-18"))
                .body("referenceNumber", equalTo("119/1234/KS/2016"));
    }

    @Test
    void partialDatesKeepTheirPrecision() {
        String year = post(valid("validFrom", "2016", "validUntil", "2021"))
                .statusCode(201)
                .body("validFrom", equalTo("2016"))
                .body("validUntil", equalTo("2021"))
                .extract()
                .path("id");
        given().get("/api/v1/partnerships/" + year)
                .then()
                .body("validFrom", equalTo("2016"))
                .body("validUntil", equalTo("2021"));
        String month = post(valid("validFrom", "2016-11", "validUntil", "2021-02"))
                .statusCode(201)
                .body("validFrom", equalTo("2016-11"))
                .body("validUntil", equalTo("2021-02"))
                .extract()
                .path("id");
        given().get("/api/v1/partnerships/" + month)
                .then()
                .body("validFrom", equalTo("2016-11"))
                .body("validUntil", equalTo("2021-02"));
    }

    @Test
    void optionalFieldsMayBeLeftOutAndTheTitleIsTrimmed() {
        String title = unique("Sister City");
        post(valid("title", "  " + title + "  "))
                .statusCode(201)
                .body("title", equalTo(title))
                .body("description", nullValue())
                .body("objectives", nullValue())
                .body("validFrom", nullValue())
                .body("validUntil", nullValue())
                .body("referenceNumber", nullValue());
    }

    @Test
    void createReportsEveryInvalidFieldAtOnce() {
        String indonesianNgo = actor("NGO", unique("LSM"), "ID");
        invalid(
                post(body(
                        "title",
                        " ",
                        "type",
                        "SISTER_CITY",
                        "localGovernmentId",
                        UNKNOWN,
                        "partnerId",
                        indonesianNgo,
                        "description",
                        "x".repeat(10_001),
                        "objectives",
                        "x".repeat(10_001),
                        "validFrom",
                        "2020",
                        "validUntil",
                        "2019",
                        "referenceNumber",
                        "x".repeat(101))),
                "title",
                "localGovernmentId",
                "partnerId",
                "description",
                "objectives",
                "validUntil",
                "referenceNumber");
        invalid(post(valid("title", "x".repeat(301))), "title");
        post(valid("title", unique("x").repeat(30).substring(0, 300))).statusCode(201);
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        invalid(post(Map.of()), "title", "type", "localGovernmentId", "partnerId");
    }

    @Test
    void validUntilMustBeAfterValidFrom() {
        invalid(post(valid("validFrom", "2016", "validUntil", "2016")), "validUntil")
                .body("errors[0].message", containsString("validFrom"));
        invalid(post(valid("validFrom", "2016-11-18", "validUntil", "2016-11-18")), "validUntil");
        invalid(post(valid("validFrom", "2016-11", "validUntil", "2016-10-31")), "validUntil");
        // a year stands for its first day, so it is before a month of the same year
        invalid(post(valid("validFrom", "2016-11", "validUntil", "2016")), "validUntil");
        post(valid("validFrom", "2016", "validUntil", "2016-02")).statusCode(201);
        post(valid("validUntil", "2016")).statusCode(201);
    }

    @Test
    void malformedPartialDatesNameTheField() {
        for (String bad : new String[] {"2016-13", "16", "2016-1", "2016-02-30", "2016/11", "2016-11-18T00:00:00Z"}) {
            invalid(post(valid("validFrom", bad)), "validFrom").body("errors[0].message", containsString("YYYY"));
            invalid(post(valid("validUntil", bad)), "validUntil");
        }
        invalid(post(valid("validFrom", 2016)), "validFrom");
    }

    @Test
    void unknownTypeNamesTheAllowedValues() {
        invalid(post(valid("type", "SISTER_STATE")), "type")
                .body("errors[0].allowedValues", hasItem("SISTER_PROVINCE"))
                .body("errors[0].allowedValues", hasItem("INSTITUTIONAL"))
                .body("errors[0].message", containsString("FRIENDSHIP"));
    }

    @Test
    void unknownPropertyIdAndVersionAreRejected() {
        invalid(post(valid("titel", "typo")), "titel").body("errors[0].allowedValues", hasItem("title"));
        invalid(post(valid("id", UNKNOWN)), "id");
        invalid(post(valid("version", 3)), "version");
        invalid(post(valid("localGovernment", Map.of("id", UNKNOWN))), "localGovernment");
    }

    @Test
    void wrongTypesNameTheJsonPath() {
        invalid(post(valid("localGovernmentId", "not-a-uuid")), "localGovernmentId");
        invalid(post(valid("partnerId", 42)), "partnerId");
        invalid(post(valid("title", List.of("a"))), "title");
    }

    @Test
    void malformedOrMissingBodiesAre400() {
        problem(
                given().contentType(ContentType.JSON)
                        .body("{\"title\": ")
                        .post("/api/v1/partnerships")
                        .then(),
                400);
        problem(
                given().contentType(ContentType.JSON)
                        .body("[]")
                        .post("/api/v1/partnerships")
                        .then(),
                400);
        problem(
                given().contentType(ContentType.JSON)
                        .post("/api/v1/partnerships")
                        .then(),
                400);
        problem(
                given().contentType(ContentType.XML)
                        .body("<partnership/>")
                        .post("/api/v1/partnerships")
                        .then(),
                415);
    }
}
