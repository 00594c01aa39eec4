package id.kembar.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.util.List;
import java.util.Map;

/** The operator's consistency check, as tests use it after their writes. */
public final class KeptValuesAssert {

    private KeptValuesAssert() {}

    /** Every kept value (stages, finding facts, findings, copies of the sides, counts) agrees with the records. */
    public static void assertKeptValuesAgree() {
        List<Map<String, Object>> disagreements = given().get("/api/v1/consistency")
                .then()
                .statusCode(200)
                .body("repaired", equalTo(false))
                .extract()
                .path("disagreements");
        assertThat("kept values that disagree with their records", disagreements, empty());
    }

    /** The statistics for {@code filter} (a query string, perhaps empty), without {@code asOf}. */
    public static Map<String, Object> statistics(String filter) {
        Map<String, Object> body = given().get("/api/v1/statistics" + (filter.isEmpty() ? "" : "?" + filter))
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        body.remove("asOf");
        return body;
    }

    /**
     * The statistics read from the kept counts for {@code filter} equal those counted over the partnerships (the
     * counting path is forced with a filter the kept counts cannot answer and that every partnership matches).
     */
    public static void assertCountsAgree(String filter) {
        assertThat(
                "kept counts for " + filter,
                statistics(filter),
                equalTo(statistics((filter.isEmpty() ? "" : filter + "&") + "updatedSince=2000-01-01T00:00:00Z")));
    }

    /**
     * A list's {@code totalItems} for {@code query} (perhaps read from the kept counts) equals the one counted over
     * the rows (forced the same way as in {@link #assertCountsAgree}), and is {@code atLeast}.
     */
    public static void assertTotalAgrees(String list, String query, int atLeast) {
        int kept = total(list + "?" + query);
        assertThat("totalItems of " + list + "?" + query, kept, greaterThanOrEqualTo(atLeast));
        assertThat(
                "totalItems of " + list + "?" + query,
                kept,
                equalTo(total(list + "?" + query + "&updatedSince=2000-01-01T00:00:00Z")));
    }

    private static int total(String url) {
        return given().get(url).then().statusCode(200).extract().path("totalItems");
    }
}
