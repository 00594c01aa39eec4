package id.kembar.common;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import id.kembar.support.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every response carries and how every layer's errors look (API-GUIDE "Errors", "Every response"). */
@QuarkusTest
class HttpEdgeTest {

    private static ValidatableResponse hasCommonHeaders(ValidatableResponse response) {
        return response.header("API-Version", matchesPattern("\\d+\\.\\d+\\.\\d+"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "frame-ancestors 'none'")
                .header("Cache-Control", "no-store")
                .header("X-Request-Id", notNullValue());
    }

    /** The contract check would match "/actors/" to "/actors"; a path with a trailing slash is in no contract. */
    private static RequestSpecification outsideTheContract() {
        return given().noFilters();
    }

    @Test
    void successAndErrorResponsesCarryVersionAndSecurityHeaders() {
        hasCommonHeaders(given().get("/api/v1/actors").then().statusCode(200));
        hasCommonHeaders(given().get("/api/v1/actors/3fa85f64-5717-4562-b3fc-2c963f66afa6")
                .then()
                .statusCode(404));
        hasCommonHeaders(given().get("/api/v1/nothing-here").then().statusCode(404));
        hasCommonHeaders(outsideTheContract().get("/api/v1/actors/").then().statusCode(404));
        hasCommonHeaders(given().get("/api/v1/test-only/failure").then().statusCode(500));
    }

    @Test
    void noStrictTransportSecurityOverPlainHttp() {
        given().get("/api/v1/actors").then().header("Strict-Transport-Security", (String) null);
    }

    @Test
    void requestIdIsTakenFromTheCallerOrMadeUp() {
        given().header("X-Request-Id", "sync-job-42")
                .get("/api/v1/actors")
                .then()
                .header("X-Request-Id", "sync-job-42");
        given().header("X-Request-Id", "sync-job-42")
                .get("/api/v1/actors/not-a-uuid")
                .then()
                .header("X-Request-Id", "sync-job-42")
                .body("requestId", equalTo("sync-job-42"));
        given().header("X-Request-Id", "bad id with spaces\u00e9")
                .get("/api/v1/actors")
                .then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().get("/api/v1/actors").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void unknownPathIs404Problem() {
        problem(given().get("/api/v1/nothing-here").then(), 404);
        problem(given().get("/api/v2/actors").then(), 404);
        problem(given().get("/nothing-here").then(), 404);
    }

    @Test
    void trailingSlashIs404NotARedirect() {
        problem(
                        outsideTheContract()
                                .redirects()
                                .follow(false)
                                .get("/api/v1/actors/")
                                .then(),
                        404)
                .body("detail", containsString("trailing slash"));
        String id = actor("NGO", unique("LSM"), "ID");
        problem(
                outsideTheContract()
                        .redirects()
                        .follow(false)
                        .get("/api/v1/actors/" + id + "/")
                        .then(),
                404);
    }

    @Test
    void wrongMethodIs405WithAllow() {
        problem(
                        given().contentType(ContentType.JSON)
                                .body("{}")
                                .put("/api/v1/actors")
                                .then(),
                        405)
                .header("Allow", containsString("GET"))
                .header("Allow", containsString("POST"))
                .header("Allow", not(containsString("PUT")));
        problem(given().post("/api/v1/milestones").then(), 405).header("Allow", containsString("GET"));
    }

    @Test
    void unacceptableAcceptIs406() {
        problem(given().accept("application/xml").get("/api/v1/actors").then(), 406);
    }

    @Test
    void wrongContentTypeIs415() {
        problem(
                given().contentType("text/plain")
                        .body("kind=NGO")
                        .post("/api/v1/actors")
                        .then(),
                415);
        problem(
                given().contentType("application/xml")
                        .body("<actor/>")
                        .post("/api/v1/partnerships")
                        .then(),
                415);
    }

    @Test
    void aRequestLineOverTheLimitIsA414ProblemWithTheCommonHeaders() {
        // 4 KiB by default: a query a little over it is answered by the API, not by the HTTP server's bare 414
        hasCommonHeaders(
                problem(given().get("/api/v1/actors?q=" + "x".repeat(4200)).then(), 414)
                        .header("Connection", "close")
                        .body("detail", containsString("more than 4096")));
        // just under it, the request reaches the API (which finds the search text too long)
        problem(given().get("/api/v1/actors?q=" + "x".repeat(3900)).then(), 400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void headersOverTheLimitAreA431ProblemWithTheCommonHeaders() {
        hasCommonHeaders(problem(
                        given().header("X-Padding", "x".repeat(9000))
                                .get("/api/v1/actors")
                                .then(),
                        431)
                .header("Connection", "close")
                .body("detail", containsString("more than 8192")));
        given().header("X-Padding", "x".repeat(7000))
                .get("/api/v1/actors")
                .then()
                .statusCode(200);
    }

    @Test
    void bodyOverTheLimitIs413AndNothingIsWritten() {
        String notes = "x".repeat(1_100_000);
        String name = unique("Big");
        problem(
                given().contentType(ContentType.JSON)
                        .body("{\"kind\":\"NGO\",\"name\":\"" + name + "\",\"country\":\"ID\",\"notes\":\"" + notes
                                + "\"}")
                        .post("/api/v1/actors")
                        .then(),
                413);
        given().get("/api/v1/actors?q=" + name).then().body("totalItems", equalTo(0));
    }

    @Test
    void chunkedBodyOverTheLimitIs413AndNothingIsWritten() {
        String name = unique("BigChunked");
        byte[] body = ("{\"kind\":\"NGO\",\"name\":\"" + name + "\",\"country\":\"ID\",\"notes\":\""
                        + "x".repeat(1_100_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        // a stream of unknown length is sent chunked, without Content-Length
        problem(
                given().contentType(ContentType.JSON)
                        .body(new ByteArrayInputStream(body))
                        .post("/api/v1/actors")
                        .then(),
                413);
        given().get("/api/v1/actors?q=" + name).then().body("totalItems", equalTo(0));
    }

    @Test
    void chunkedBodyWithinTheLimitIsRead() {
        String name = unique("Chunked");
        byte[] body =
                ("{\"kind\":\"NGO\",\"name\":\"" + name + "\",\"country\":\"ID\"}").getBytes(StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(body))
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .body("name", equalTo(name));
    }

    @Test
    void unexpectedErrorIs500WithoutInternalsAndWithARequestIdThatIsLogged() {
        LogCapture capture = LogCapture.of("id.kembar.common.problem.ProblemMappers");
        try (capture) {
            problem(
                            given().header("X-Request-Id", "trace-500")
                                    .get("/api/v1/test-only/failure")
                                    .then(),
                            500)
                    .body("requestId", equalTo("trace-500"))
                    .body("detail", containsString("trace-500"))
                    .body(not(containsString("SELECT")))
                    .body(not(containsString("IllegalStateException")))
                    .body(not(containsString("id.kembar")));
        }
        List<LogRecord> logged = capture.records();
        assertThat(
                logged.stream()
                        .map(r -> r.getMessage() + " " + Arrays.toString(r.getParameters()))
                        .toList(),
                hasItem(containsString("trace-500")));
    }

    /** Whatever escapes, even an exception Quarkus or an extension has an answer of its own for, is a problem. */
    @ParameterizedTest
    @ValueSource(strings = {"validator", "null", "io", "server-error", "other"})
    void everyUnexpectedErrorIsA500Problem(String kind) {
        hasCommonHeaders(problem(
                        given().header("X-Request-Id", "trace-" + kind)
                                .get("/api/v1/test-only/failure/" + kind)
                                .then(),
                        500)
                .body("requestId", equalTo("trace-" + kind))
                .body(not(containsString("SELECT")))
                .body(not(containsString("HV000028"))));
    }

    @Test
    void optionsListsTheMethodsThePathReallyHas() {
        String actor = actor("NGO", unique("LSM"), "ID");
        outsideTheContract()
                .options("/api/v1/actors")
                .then()
                .statusCode(204)
                .header("Allow", "GET, HEAD, OPTIONS, POST");
        outsideTheContract()
                .options("/api/v1/actors/" + actor)
                .then()
                .statusCode(204)
                .header("Allow", "DELETE, GET, HEAD, OPTIONS, PATCH, PUT");
        outsideTheContract()
                .options("/api/v1/statistics")
                .then()
                .statusCode(204)
                .header("Allow", "GET, HEAD, OPTIONS");
        hasCommonHeaders(
                outsideTheContract().options("/api/v1/nothing-here").then().statusCode(404));
    }

    @Test
    void healthAndSwaggerUiAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/swagger-ui/index.html").then().statusCode(200);
    }
}
