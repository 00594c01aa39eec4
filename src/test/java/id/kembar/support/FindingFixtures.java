package id.kembar.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Asks for a partnership's findings the three ways the API offers them: its assessment as of a day, the partnership
 * list (its {@code finding} filter and the codes on its items) and the list of every current finding. The two lists
 * use today, so they are asked with the service's clock fixed to the day.
 */
public final class FindingFixtures {

    private FindingFixtures() {}

    public static String assessmentOf(String partnershipId) {
        return "/api/v1/partnerships/" + partnershipId + "/assessment";
    }

    /** The assessment as of {@code asOf}, checking that it succeeded and is for that day. */
    public static ValidatableResponse assess(String partnershipId, String asOf) {
        return given().queryParam("asOf", asOf)
                .when()
                .get(assessmentOf(partnershipId))
                .then()
                .statusCode(200)
                .body("partnershipId", equalTo(partnershipId))
                .body("asOf", equalTo(asOf));
    }

    /** The codes of the assessment's findings as of {@code asOf}, in the order given. */
    public static List<String> codes(String partnershipId, String asOf) {
        return assess(partnershipId, asOf).extract().path("findings.code");
    }

    /** The assessment's finding with this code as of {@code asOf}, or null when it has none. */
    public static Map<String, Object> finding(String partnershipId, String asOf, String code) {
        return assess(partnershipId, asOf).extract().path("findings.find { it.code == '" + code + "' }");
    }

    /** The items of the findings list for this partnership and code, with the service's day fixed. */
    public static List<Map<String, Object>> listedFindings(
            TestClock clock, LocalDate day, String partnershipId, String code) {
        clock.fixAt(day);
        try {
            return given().queryParam("code", code)
                    .queryParam("partnershipId", partnershipId)
                    .when()
                    .get("/api/v1/findings")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items");
        } finally {
            clock.reset();
        }
    }

    /**
     * Checks that the partnership does not have the finding on {@code before} and has it on {@code after}, seen from
     * its assessment, the partnership list and the findings list, and that the findings list shows what the
     * assessment does. Returns the assessment's finding on {@code after}.
     */
    public static Map<String, Object> appearsBetween(
            TestClock clock, String partnershipId, String code, LocalDate before, LocalDate after) {
        assertAbsent(clock, partnershipId, code, before);
        return assertPresent(clock, partnershipId, code, after);
    }

    /** Checks that the partnership does not have the finding on {@code day}, seen from all three places. */
    public static void assertAbsent(TestClock clock, String partnershipId, String code, LocalDate day) {
        assertThat(code + " in the assessment as of " + day, codes(partnershipId, day.toString()), not(hasItem(code)));
        assertThat(code + " in the partnership list on " + day, listedWith(clock, day, partnershipId, code), empty());
        assertThat(
                "finding codes on the list item on " + day, itemCodes(clock, day, partnershipId), not(hasItem(code)));
        assertThat(code + " in the findings list on " + day, listedFindings(clock, day, partnershipId, code), empty());
    }

    /** Checks that the partnership has the finding on {@code day} in all three places; returns the assessment's. */
    public static Map<String, Object> assertPresent(TestClock clock, String partnershipId, String code, LocalDate day) {
        Map<String, Object> assessed = finding(partnershipId, day.toString(), code);
        assertThat(code + " in the assessment as of " + day, assessed, notNullValue());
        assertThat(assessed.get("message"), notNullValue());
        assertThat(
                code + " in the partnership list on " + day,
                listedWith(clock, day, partnershipId, code),
                contains(partnershipId));
        assertThat("finding codes on the list item on " + day, itemCodes(clock, day, partnershipId), hasItem(code));
        List<Map<String, Object>> listed = listedFindings(clock, day, partnershipId, code);
        assertThat(code + " in the findings list on " + day, listed.size(), equalTo(1));
        Map<String, Object> item = listed.get(0);
        assertThat(item.get("partnershipId"), equalTo(partnershipId));
        for (String property : List.of("code", "severity", "message", "recordIds", "obstacles")) {
            assertThat(property + " of the listed finding", item.get(property), equalTo(assessed.get(property)));
        }
        return assessed;
    }

    /** The ids the partnership list finds with {@code ?finding=code} and the partnership's title as {@code q}. */
    private static List<String> listedWith(TestClock clock, LocalDate day, String partnershipId, String code) {
        String title = title(partnershipId);
        clock.fixAt(day);
        try {
            return given().queryParam("finding", code)
                    .queryParam("q", title)
                    .when()
                    .get("/api/v1/partnerships")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
        } finally {
            clock.reset();
        }
    }

    /** The finding codes that the partnership's item in the partnership list carries. */
    public static List<String> itemCodes(TestClock clock, LocalDate day, String partnershipId) {
        String title = title(partnershipId);
        clock.fixAt(day);
        try {
            return given().queryParam("q", title)
                    .when()
                    .get("/api/v1/partnerships")
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(partnershipId))
                    .body("items[0].findings", notNullValue())
                    .extract()
                    .path("items[0].findings");
        } finally {
            clock.reset();
        }
    }

    private static String title(String partnershipId) {
        return given().when()
                .get("/api/v1/partnerships/" + partnershipId)
                .then()
                .statusCode(200)
                .body("findings", nullValue())
                .extract()
                .path("title");
    }
}
