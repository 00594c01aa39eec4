package id.kembar.common;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client that sends back what it read (a read-only property in a write) learns from the first 400 that the property is
 * read-only, why, and every other read-only property of the resource; a misspelt property is still "not a known
 * property".
 */
@QuarkusTest
class ReadOnlyPropertyTest {

    @Test
    void aPartnershipSentBackAsReadNamesEveryReadOnlyProperty() {
        String id = Fixtures.partnership();
        Response read = given().get("/api/v1/partnerships/" + id);
        // the stage, derived from the milestones, sent back with a change
        problem(
                        given().contentType(ContentType.JSON)
                                .header("If-Match", read.header("ETag"))
                                .body(Map.of("stage", "EXPLORATION", "title", "T"))
                                .put("/api/v1/partnerships/" + id)
                                .then(),
                        400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("stage"))
                .body(
                        "errors[0].message",
                        allOf(
                                containsString("is read-only: derived from the milestones; leave it out"),
                                containsString("id, version, createdAt, updatedAt"),
                                containsString("findings"),
                                containsString("partner")));
        problem(
                        given().contentType("application/merge-patch+json")
                                .header("If-Match", read.header("ETag"))
                                .body(Map.of("findings", List.of()))
                                .patch("/api/v1/partnerships/" + id)
                                .then(),
                        400)
                .body("errors.message", contains(containsString("is read-only: derived from the records")));
        given().get("/api/v1/partnerships/" + id).then().body("version", equalTo(0));
    }

    @Test
    void anActorsIdIsReadOnlyAndATypoIsUnknown() {
        String id = actor("NGO", unique("LSM"), "ID");
        problem(
                        given().contentType(ContentType.JSON)
                                .body(Map.of("id", id, "kind", "NGO", "name", "X", "country", "ID"))
                                .post("/api/v1/actors")
                                .then(),
                        400)
                .body("errors.message", contains(containsString("is read-only; leave it out")));
        problem(
                        given().contentType(ContentType.JSON)
                                .body(Map.of("naam", "X", "kind", "NGO", "name", "X", "country", "ID"))
                                .post("/api/v1/actors")
                                .then(),
                        400)
                .body("errors.message", contains("is not a known property"));
    }
}
