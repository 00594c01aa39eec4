package id.kembar.common;

import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.kembar.support.DefaultCaller;
import id.kembar.support.Fixtures;
import id.kembar.support.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Browsers on the deployment's own frontends may call the API, with credentials; no other origin may. */
@QuarkusTest
@TestProfile(CorsTest.TwoFrontends.class)
class CorsTest {

    static final String DASHBOARD = "https://dasbor.kemendagri.example";
    static final String ELSEWHERE = "https://elsewhere.example";

    public static class TwoFrontends implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabases.own(
                    "kembar-cors", "kembar.cors.origins", DASHBOARD + ",https://peta.jabarprov.example");
        }
    }

    @Test
    void aPreflightFromAFrontendGetsThePathsRealMethods() {
        String item = "/api/v1/partnerships/" + Fixtures.partnership();
        preflight(DASHBOARD, item, "PATCH")
                .statusCode(204)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Allow-Methods", "DELETE, GET, HEAD, OPTIONS, PATCH, PUT")
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Headers", containsString("X-API-Key"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Max-Age", "600");
        preflight(DASHBOARD, "/api/v1/partnerships", "POST")
                .statusCode(204)
                .header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS, POST");
        preflight(DASHBOARD, "/api/v1/milestones", "GET").header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
    }

    @Test
    void aPreflightFromAnyOtherOriginIsRefused() {
        problem(preflight(ELSEWHERE, "/api/v1/partnerships", "POST"), 403)
                .header("Access-Control-Allow-Origin", nullValue())
                .body("detail", containsString(ELSEWHERE));
        // a path that serves nothing is the 404 it always is
        problem(preflight(DASHBOARD, "/api/v1/nothing-here", "GET"), 404);
    }

    @Test
    void responsesToAFrontendCarryItsOriginAndTheHeadersItReads() {
        given().header("Origin", DASHBOARD)
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Allow-Credentials", "true")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Vary", containsString("Origin"));
        // a refused write's problem too, so that the frontend can show it
        problem(
                        given().header("Origin", DASHBOARD)
                                .header(DefaultCaller.ANONYMOUS, "yes")
                                .contentType(ContentType.JSON)
                                .body("{}")
                                .post("/api/v1/actors")
                                .then(),
                        401)
                .header("Access-Control-Allow-Origin", DASHBOARD)
                .header("Access-Control-Expose-Headers", containsString("WWW-Authenticate"));
        given().header("Origin", ELSEWHERE)
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void theContractIsForAnyoneWithoutCredentials() {
        given().header("Origin", ELSEWHERE)
                .get("/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    private static io.restassured.response.ValidatableResponse preflight(String origin, String path, String method) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .options(path)
                .then();
    }
}
