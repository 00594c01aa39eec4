package id.kembar.access;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.kembar.support.DefaultCaller;
import id.kembar.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who is calling: reads are open, a write needs credentials, and credentials that are not the provider's (expired,
 * forged, for another audience or issuer) are refused with a 401 problem that says so, and nothing is written.
 */
@QuarkusTest
class AuthenticationTest {

    private static final String ACTORS = "/api/v1/actors";

    @Test
    void readsNeedNoCredentials() {
        given().header(DefaultCaller.ANONYMOUS, "yes")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200);
        given().header(DefaultCaller.ANONYMOUS, "yes").get(ACTORS).then().statusCode(200);
    }

    @Test
    void aWriteWithoutCredentialsIsA401ThatNamesBothWaysAndWritesNothing() {
        String name = unique("Tanpa kredensial");
        problem(
                        given().header(DefaultCaller.ANONYMOUS, "yes")
                                .contentType(ContentType.JSON)
                                .body(ngo(name))
                                .post(ACTORS)
                                .then(),
                        401)
                .header("WWW-Authenticate", allOf(containsString("Bearer"), containsString("ApiKey")))
                .header("WWW-Authenticate", not(containsString("error=")))
                .body("detail", containsString("X-API-Key"));
        assertNoActorNamed(name);
        // who is calling is asked before the body is read: an invalid one is still a 401, and says nothing of it
        problem(
                        given().header(DefaultCaller.ANONYMOUS, "yes")
                                .contentType(ContentType.JSON)
                                .body("{\"kind\": 5, \"unknown\": true")
                                .post(ACTORS)
                                .then(),
                        401)
                .body("errors", nullValue());
    }

    @Test
    void tokensTheProviderDidNotIssueForKembarAreRefused() {
        Map<String, String> refused = Map.of(
                "expired", Tokens.expired(),
                "signed by another key", Tokens.signedByAnotherKey(),
                "for another audience", Tokens.forAudience("another-service"),
                "from another issuer", Tokens.fromIssuer("https://issuer.elsewhere.test"),
                "not a token", "abc.def.ghi");
        refused.forEach((why, token) -> {
            String name = unique("Token " + why);
            problem(write(token, name), 401)
                    .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
                    .body("detail", containsString("bearer token was refused"))
                    .body("detail", not(containsString(token)));
            assertNoActorNamed(name);
        });
    }

    @Test
    void aReaderMayNotWrite() {
        String name = unique("Pembaca");
        problem(write(Tokens.reader(), name), 403).body("detail", containsString("EDITOR, MINISTRY or ADMIN"));
        problem(write(Tokens.withRoles("SOMETHING_ELSE"), name), 403);
        assertNoActorNamed(name);
    }

    @Test
    void aMinistryWrites() {
        write(Tokens.withRoles("MINISTRY"), unique("Kementerian")).statusCode(201);
    }

    @Test
    void aBadTokenOnAnOpenReadIsNotLookedAt() {
        given().auth().oauth2(Tokens.expired()).get(ACTORS).then().statusCode(200);
    }

    private static ValidatableResponse write(String token, String name) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(ngo(name))
                .post(ACTORS)
                .then();
    }

    private static Map<String, Object> ngo(String name) {
        return body("kind", "NGO", "name", name, "country", "ID");
    }

    static void assertNoActorNamed(String name) {
        given().queryParam("q", name).get(ACTORS).then().statusCode(200).body("totalItems", equalTo(0));
    }
}
