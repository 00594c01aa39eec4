package id.kembar.access;

import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import id.kembar.support.DefaultCaller;
import id.kembar.support.TestDatabases;
import id.kembar.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An address that fails to authenticate too often is refused for a while, whatever credentials it sends next. */
@QuarkusTest
@TestProfile(FailedAuthenticationLimitTest.ThreeFailures.class)
class FailedAuthenticationLimitTest {

    public static class ThreeFailures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabases.own(
                    "kembar-failed-authentication",
                    "kembar.auth.failed-attempts.allowed",
                    "3",
                    "kembar.auth.failed-attempts.window",
                    "10m");
        }
    }

    @Test
    void theFourthRequestWithCredentialsAfterThreeFailuresIsA429() {
        for (int i = 0; i < 3; i++) {
            problem(
                    given().header("X-API-Key", "kmb_0123456789abcdef_" + "guess".repeat(8))
                            .get("/api/v1/api-keys")
                            .then(),
                    401);
        }
        problem(given().auth().oauth2(Tokens.ministry()).get("/api/v1/api-keys").then(), 429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("detail", containsString("retry in"));
        // what needs no credentials is still served
        given().header(DefaultCaller.ANONYMOUS, "yes")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200);
    }
}
