package id.kembar.history;

import static id.kembar.support.Fixtures.partnership;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.kembar.support.DefaultCaller;
import id.kembar.support.ProblemAssert;
import id.kembar.support.TestDatabases;
import id.kembar.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may read the history, how many feed requests may wait, and how long changes are kept are settings. */
@QuarkusTest
@TestProfile(HistorySettingsTest.Settings.class)
class HistorySettingsTest {

    public static class Settings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabases.own(
                    "kembar-history-settings",
                    "kembar.history.readers",
                    "MINISTRY,ADMIN",
                    "kembar.history.max-waiting",
                    "0");
        }
    }

    @Inject
    Retention retention;

    @Test
    void theHistoryIsReadByTheConfiguredRolesOnly() {
        String history = "/api/v1/partnerships/" + partnership() + "/history";
        given().get(history).then().statusCode(200);
        ProblemAssert.problem(
                given().auth().oauth2(Tokens.reader()).get(history).then(), 403);
        ProblemAssert.problem(
                given().header(DefaultCaller.ANONYMOUS, "yes").get(history).then(), 401);
        // the record itself stays readable by everyone
        given().auth()
                .oauth2(Tokens.reader())
                .get(history.replace("/history", ""))
                .then()
                .statusCode(200);
    }

    @Test
    void aWaitBeyondTheLimitIsA503AndNoWaitIsServed() {
        String end = Mirror.end(null);
        ProblemAssert.problem(
                given().queryParam("after", end)
                        .queryParam("wait", 5)
                        .get("/api/v1/changes")
                        .then()
                        .header("Retry-After", "1"),
                503);
        given().queryParam("after", end).get("/api/v1/changes").then().statusCode(200);
    }

    @Test
    void changesOlderThanTheRetentionAreRemovedAndACursorBeforeThemHasExpired() throws InterruptedException {
        String old = partnership();
        String deleted = partnership();
        given().delete("/api/v1/partnerships/" + deleted).then().statusCode(204);
        String before = Mirror.end(null);
        Thread.sleep(1500);
        String kept = partnership();

        assertThat(retention.prune(Duration.ofSeconds(1)) > 0, equalTo(true));
        ProblemAssert.problem(
                        given().queryParam("after", "djE6MA")
                                .get("/api/v1/changes")
                                .then(),
                        410)
                .body("type", endsWith("/cursor-expired"));
        // without a cursor, the feed starts at the oldest change kept: a consumer that copies everything again learns
        // its new cursor there
        given().queryParam("limit", 1000)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items.resourceId", hasItem(kept))
                .body("items.resourceId", not(hasItem(old)));
        // the cursor of the last change a consumer had goes on
        given().queryParam("after", before)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("items.resourceId", hasItem(kept));
        // a partnership whose changes are all older is there with an empty history; a deleted one's is gone
        given().get("/api/v1/partnerships/" + old + "/history")
                .then()
                .statusCode(200)
                .body("items", empty());
        ProblemAssert.problem(
                given().get("/api/v1/partnerships/" + deleted + "/history").then(), 404);
        given().get("/api/v1/partnerships/" + kept + "/history")
                .then()
                .statusCode(200)
                .body("items", not(empty()));
        assertThat("nothing recorded an hour ago is left", retention.prune(Duration.ofHours(1)), equalTo(0));
    }
}
