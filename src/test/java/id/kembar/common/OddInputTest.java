package id.kembar.common;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** No request produces a 500, however odd its data: each of these is a clear 4xx problem and changes nothing. */
@QuarkusTest
class OddInputTest {

    @Test
    void controlCharactersInTextAreRefused() {
        String name = unique("Nul");
        invalid(
                given().contentType(ContentType.JSON)
                        .body("{\"kind\":\"NGO\",\"name\":\"" + name + "\\u0000\",\"country\":\"ID\"}")
                        .post("/api/v1/actors")
                        .then(),
                "name");
        invalid(
                given().contentType(ContentType.JSON)
                        .body(
                                "{\"kind\":\"NGO\",\"name\":\"x\",\"country\":\"ID\",\"alternativeNames\":[\"ok\",\"\\u0007\"]}")
                        .post("/api/v1/actors")
                        .then(),
                "alternativeNames[1]");
        given().get("/api/v1/actors?q=" + name).then().body("totalItems", equalTo(0));
        String id = actor("NGO", name, "ID");
        invalid(
                given().contentType("application/merge-patch+json")
                        .body("{\"notes\":\"a\\u001bb\"}")
                        .patch("/api/v1/actors/" + id)
                        .then(),
                "notes");
        invalid(given().urlEncodingEnabled(false).get("/api/v1/actors?q=a%00b").then(), "q");
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"NGO\",\"name\":\"tab\\tand\\nline\",\"country\":\"ID\"}")
                .post("/api/v1/actors")
                .then()
                .statusCode(201);
    }

    @Test
    void bytesThatAreNotUtf8Are400() {
        byte[] body =
                "{\"kind\":\"NGO\",\"name\":\"\u00ff\u00fe\",\"country\":\"ID\"}".getBytes(StandardCharsets.ISO_8859_1);
        problem(
                given().contentType("application/json")
                        .body(body)
                        .post("/api/v1/actors")
                        .then(),
                400);
    }

    @Test
    void datesOutsideTheYearsADatabaseKeepsAre400() {
        String partnership = id.kembar.support.Fixtures.partnership();
        invalid(
                given().contentType("application/merge-patch+json")
                        .body("{\"validFrom\":\"0000\"}")
                        .patch("/api/v1/partnerships/" + partnership)
                        .then(),
                "validFrom");
        invalid(given().get("/api/v1/partnerships?validUntilTo=0000").then(), "validUntilTo");
        invalid(
                given().urlEncodingEnabled(false)
                        .get("/api/v1/actors?updatedSince=%2B999999999-12-31T23:59:59Z")
                        .then(),
                "updatedSince");
        invalid(given().get("/api/v1/actors?updatedSince=0001-01-01T00:00:00Z").then(), "updatedSince");
    }

    @Test
    void oversizedStructuresAre400() {
        problem(
                given().contentType(ContentType.JSON)
                        .body("[".repeat(3000) + "]".repeat(3000))
                        .post("/api/v1/actors")
                        .then(),
                400);
        invalid(
                given().contentType(ContentType.JSON)
                        .body("{\"kind\":\"NGO\",\"name\":\"x\",\"country\":\"ID\",\"alternativeNames\":["
                                + "9".repeat(2000) + "]}")
                        .post("/api/v1/actors")
                        .then(),
                "alternativeNames[0]");
        invalid(given().get("/api/v1/actors?q=" + "a".repeat(201)).then(), "q");
        invalid(given().get("/api/v1/actors?page=2147483647&pageSize=200").then(), "page");
    }

    @Test
    void oddMethodsAndPathsAreProblems() {
        problem(given().request("TRACE", "/api/v1/actors").then(), 405);
        // a method no contract can name: past the contract check
        problem(given().noFilters().request("PROPFIND", "/api/v1/actors").then(), 405);
        invalid(given().urlEncodingEnabled(false).get("/api/v1/actors/%2F").then(), "actorId");
        invalid(given().get("/api/v1/actors?sort=,,").then(), "sort");
    }
}
