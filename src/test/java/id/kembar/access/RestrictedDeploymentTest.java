package id.kembar.access;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import id.kembar.support.DefaultCaller;
import id.kembar.support.Fixtures;
import id.kembar.support.TestDatabases;
import id.kembar.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A deployment that holds non-public data requires an authenticated caller for reads too; and one whose provider puts
 * the regions in a claim of its own shape ({@code kembar.auth.regions-claim}).
 */
@QuarkusTest
@TestProfile(RestrictedDeploymentTest.Restricted.class)
class RestrictedDeploymentTest {

    public static class Restricted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabases.own(
                    "kembar-restricted",
                    "kembar.auth.reads-require-authentication",
                    "true",
                    "kembar.auth.regions-claim",
                    "authz/regions");
        }
    }

    @Test
    void readsNeedACaller() {
        for (String path :
                List.of("/api/v1/partnerships", "/api/v1/actors", "/api/v1/statistics", "/api/v1/findings")) {
            problem(given().header(DefaultCaller.ANONYMOUS, "yes").get(path).then(), 401)
                    .header("WWW-Authenticate", containsString("Bearer"));
            problem(given().auth().oauth2(Tokens.expired()).get(path).then(), 401)
                    .header("WWW-Authenticate", containsString("invalid_token"));
            given().auth().oauth2(Tokens.reader()).get(path).then().statusCode(200);
        }
        // the contract and the probes hold no data
        given().header(DefaultCaller.ANONYMOUS, "yes")
                .get("/api/v1/openapi.json")
                .then()
                .statusCode(200);
        given().header(DefaultCaller.ANONYMOUS, "yes")
                .get("/q/health/live")
                .then()
                .statusCode(200);
    }

    @Test
    void regionsComeFromTheClaimTheDeploymentNames() {
        String city = Fixtures.city(unique("Kota Mataram"), "52.71");
        String partnership = Fixtures.partnership(city, Fixtures.foreignGovernment(unique("City"), "JP", "CITY"));
        String url = "/api/v1/partnerships/" + partnership + "/milestones";
        // nested, as one string with codes separated by a space and a comma
        String ntb = Tokens.withClaim("authz", Map.of("regions", "52, 61"), "EDITOR");
        given().auth()
                .oauth2(ntb)
                .contentType(ContentType.JSON)
                .body(milestone())
                .post(url)
                .then()
                .statusCode(201);
        // the default claim name means nothing here
        String elsewhere = Tokens.withClaim("kembar_regions", List.of("52"), "EDITOR");
        problem(
                given().auth()
                        .oauth2(elsewhere)
                        .contentType(ContentType.JSON)
                        .body(milestone())
                        .post(url)
                        .then(),
                403);
        // and codes that are not regions are ignored
        String odd = Tokens.withClaim("authz", Map.of("regions", List.of("5", "52.71.01", "*")), "EDITOR");
        problem(
                given().auth()
                        .oauth2(odd)
                        .contentType(ContentType.JSON)
                        .body(milestone())
                        .post(url)
                        .then(),
                403);
    }

    private static Map<String, Object> milestone() {
        return body("type", "MEETING", "title", unique("Rapat"), "status", "ACHIEVED");
    }
}
