package id.kembar.support;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.create;
import static id.kembar.support.Fixtures.unique;
import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sector programs and milestones made through the API, with valid defaults that a test overrides. */
public final class ProgramFixtures {

    /** An id that names nothing. */
    public static final String UNKNOWN_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    private ProgramFixtures() {}

    public static String programsOf(String partnershipId) {
        return "/api/v1/partnerships/" + partnershipId + "/sector-programs";
    }

    public static String milestonesOf(String partnershipId) {
        return "/api/v1/partnerships/" + partnershipId + "/milestones";
    }

    /** A proposed agriculture program with a title of its own; {@code pairs} add or override fields. */
    public static Map<String, Object> programBody(Object... pairs) {
        return merged(body("sector", "AGRICULTURE", "title", unique("Program"), "status", "PROPOSED"), pairs);
    }

    public static String program(String partnershipId, Object... pairs) {
        return create(programsOf(partnershipId), programBody(pairs));
    }

    /** An undated achieved meeting with a title of its own; {@code pairs} add or override fields. */
    public static Map<String, Object> milestoneBody(Object... pairs) {
        return merged(body("type", "MEETING", "title", unique("Milestone"), "status", "ACHIEVED"), pairs);
    }

    public static String milestone(String partnershipId, Object... pairs) {
        return create(milestonesOf(partnershipId), milestoneBody(pairs));
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then();
    }

    public static ValidatableResponse put(String path, String ifMatch, Object body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(path).then();
    }

    public static ValidatableResponse patch(String path, String ifMatch, String json) {
        var request = given().contentType("application/merge-patch+json").body(json);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch(path).then();
    }

    /** The values of {@code property} of the items of a list, checking that the request succeeded. */
    public static List<Object> listed(String pathAndQuery, String property) {
        return given().when().get(pathAndQuery).then().statusCode(200).extract().path("items." + property);
    }

    /**
     * A partnership whose local government has this Kemendagri code (a province for a two-digit code, else a city)
     * and whose partner is a new government in {@code partnerCountry}.
     */
    public static String partnershipIn(String regionCode, String partnerCountry) {
        boolean province = !regionCode.contains(".");
        String local =
                province ? Fixtures.province(unique("Prov"), regionCode) : Fixtures.city(unique("Kota"), regionCode);
        String partner = Fixtures.foreignGovernment(unique("Partner"), partnerCountry, province ? "PROVINCE" : "CITY");
        return create(
                "/api/v1/partnerships",
                body(
                        "title",
                        unique("Partnership"),
                        "type",
                        province ? "SISTER_PROVINCE" : "SISTER_CITY",
                        "localGovernmentId",
                        local,
                        "partnerId",
                        partner));
    }

    private static Map<String, Object> merged(Map<String, Object> defaults, Object... pairs) {
        Map<String, Object> result = new HashMap<>(defaults);
        result.putAll(body(pairs));
        return result;
    }
}
