package id.kembar.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Makes the records a test needs through the API itself, each with a name of its own. */
public final class Fixtures {

    private Fixtures() {}

    /** A name no other test uses, so that a filter on it finds only this test's records. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    public static String create(String path, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Asserts that a read of what a write created (its Location) answers exactly the body the write answered. */
    public static void assertReadAnswersWrite(ExtractableResponse<Response> written) {
        assertThat(
                given().get(written.header("Location"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap(""),
                equalTo(written.jsonPath().getMap("")));
    }

    /** The current ETag of the resource at {@code path}. */
    public static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    /**
     * A contract path ({@code /partnerships/{partnershipId}/milestones/{milestoneId}}) under {@code /api/v1}, with a
     * record made for each parameter it names, in {@code partnership}.
     */
    public static String realPath(String template, String partnership) {
        Map<String, Supplier<String>> made = Map.of(
                "{partnershipId}", () -> partnership,
                "{actorId}", () -> actor("NGO", unique("LSM"), "ID"),
                "{milestoneId}", () -> ProgramFixtures.milestone(partnership),
                "{participantId}", () -> participant(partnership, actor("NGO", unique("LSM"), "ID"), "FACILITATOR"),
                "{sectorProgramId}", () -> ProgramFixtures.program(partnership));
        String path = template;
        for (Map.Entry<String, Supplier<String>> parameter : made.entrySet()) {
            if (path.contains(parameter.getKey())) {
                path = path.replace(parameter.getKey(), parameter.getValue().get());
            }
        }
        return "/api/v1" + path;
    }

    /** What a client reads and may not write: the server's fields, derived values and summaries of other records. */
    private static final List<String> READ_ONLY = List.of(
            "id",
            "version",
            "createdAt",
            "updatedAt",
            "partnershipId",
            "stage",
            "findings",
            "localGovernment",
            "partner",
            "actor",
            "leadAgency",
            "actors",
            "parent",
            "sectorProgram");

    /** The resource at {@code path} as a client sends it back in a PUT: what a GET gave, without what is read-only. */
    public static Map<String, Object> withoutReadOnly(String path) {
        Map<String, Object> body = new HashMap<>(
                given().get(path).then().statusCode(200).extract().jsonPath().getMap("$"));
        READ_ONLY.forEach(body::remove);
        return body;
    }

    public static String province(String name, String code) {
        return create(
                "/api/v1/actors",
                body(
                        "kind",
                        "GOVERNMENT",
                        "name",
                        name,
                        "country",
                        "ID",
                        "governmentLevel",
                        "PROVINCE",
                        "regionCode",
                        code));
    }

    public static String city(String name, String code) {
        return create(
                "/api/v1/actors",
                body(
                        "kind",
                        "GOVERNMENT",
                        "name",
                        name,
                        "country",
                        "ID",
                        "governmentLevel",
                        "CITY",
                        "regionCode",
                        code));
    }

    public static String regency(String name, String code) {
        return create(
                "/api/v1/actors",
                body(
                        "kind",
                        "GOVERNMENT",
                        "name",
                        name,
                        "country",
                        "ID",
                        "governmentLevel",
                        "REGENCY",
                        "regionCode",
                        code));
    }

    public static String foreignGovernment(String name, String country, String level) {
        return create(
                "/api/v1/actors",
                body("kind", "GOVERNMENT", "name", name, "country", country, "governmentLevel", level));
    }

    public static String actor(String kind, String name, String country) {
        return create("/api/v1/actors", body("kind", kind, "name", name, "country", country));
    }

    /** A sister-city partnership between a new Indonesian city and a new Japanese city. */
    public static String partnership() {
        return partnership(city(unique("Kota"), "32.71"), foreignGovernment(unique("City"), "JP", "CITY"));
    }

    /** A partnership of this type between the two sides, with a unique title and any further fields as pairs. */
    public static String partnership(String localGovernmentId, String partnerId, String type, Object... fields) {
        Map<String, Object> body = body(fields);
        body.putIfAbsent("title", unique("Partnership"));
        body.put("type", type);
        body.put("localGovernmentId", localGovernmentId);
        body.put("partnerId", partnerId);
        return create("/api/v1/partnerships", body);
    }

    public static String participant(String partnershipId, String actorId, String role) {
        return create(
                "/api/v1/partnerships/" + partnershipId + "/participants", body("actorId", actorId, "role", role));
    }

    public static String partnership(String localGovernmentId, String partnerId) {
        return create("/api/v1/partnerships", partnershipBody(localGovernmentId, partnerId));
    }

    /** The body of a sister-city partnership between the two sides, with a unique title. */
    public static Map<String, Object> partnershipBody(String localGovernmentId, String partnerId) {
        return body(
                "title",
                unique("Partnership"),
                "type",
                "SISTER_CITY",
                "localGovernmentId",
                localGovernmentId,
                "partnerId",
                partnerId);
    }
}
