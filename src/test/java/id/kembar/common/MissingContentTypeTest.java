package id.kembar.common;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.program;
import static id.kembar.support.ProgramFixtures.programsOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.kembar.support.Fixtures;
import id.kembar.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A write whose body comes without {@code Content-Type} is a 415 problem naming the media type the operation accepts,
 * on every write operation, and nothing is written.
 */
@QuarkusTest
class MissingContentTypeTest {

    /** HTTP/1.1, and HTTP/2 (java.net.http asks to upgrade a clear-text connection to it, and goes on in HTTP/1.1). */
    private HttpClient client;

    /** The write, sent with a JSON body and no Content-Type (java.net.http adds none). */
    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("If-Match", "\"0\"")
                .header("Authorization", "Bearer " + Tokens.ministry())
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void refused(String method, String path, String json, String accepted) throws Exception {
        HttpResponse<String> response = send(method, path, json);
        String what = method + " " + path;
        assertThat(what, response.statusCode(), equalTo(415));
        assertThat(
                what, response.headers().firstValue("Content-Type").orElse(""), startsWith("application/problem+json"));
        assertThat(what, response.body(), containsString("has no Content-Type; this operation accepts " + accepted));
        assertThat(what, response.headers().firstValue("X-Request-Id").isPresent(), equalTo(true));
    }

    /** POST to the collection, PUT and PATCH to the item: 415 each, and the item is still at version 0. */
    private void everyWriteRefused(String collection, String item, String json) throws Exception {
        int before = total(collection);
        refused("POST", collection, json, "application/json");
        refused("PUT", item, json, "application/json");
        refused("PATCH", item, json, "application/merge-patch+json");
        assertThat(total(collection), equalTo(before));
        given().get(item).then().statusCode(200).body("version", equalTo(0));
    }

    private static int total(String collection) {
        return given().get(collection).then().statusCode(200).extract().path("totalItems");
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void everyWriteOperationRefusesABodyWithoutContentType(HttpClient.Version version) throws Exception {
        client = HttpClient.newBuilder().version(version).build();
        String agency = actor("NGO", unique("LSM"), "ID");
        everyWriteRefused(
                "/api/v1/actors", "/api/v1/actors/" + agency, "{\"kind\":\"NGO\",\"name\":\"X\",\"country\":\"ID\"}");

        String partnership = Fixtures.partnership();
        String partnershipPath = "/api/v1/partnerships/" + partnership;
        everyWriteRefused("/api/v1/partnerships", partnershipPath, "{\"title\":\"X\"}");

        String participant = Fixtures.participant(partnership, agency, "IMPLEMENTER");
        String participants = partnershipPath + "/participants";
        everyWriteRefused(participants, participants + "/" + participant, "{\"role\":\"FUNDER\"}");

        String program = program(partnership);
        everyWriteRefused(programsOf(partnership), programsOf(partnership) + "/" + program, "{\"title\":\"X\"}");

        String milestone = milestone(partnership);
        everyWriteRefused(milestonesOf(partnership), milestonesOf(partnership) + "/" + milestone, "{\"title\":\"X\"}");
        // the partnership itself was not touched by any of it
        assertThat(List.of(total(participants)), equalTo(List.of(1)));
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void aBodyWithItsContentTypeIsWrittenWhicheverVersionTheClientAsksFor(HttpClient.Version version) throws Exception {
        client = HttpClient.newBuilder().version(version).build();
        for (int i = 0; i < 3; i++) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + RestAssured.port + "/api/v1/actors"))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"kind\":\"NGO\",\"name\":\"" + unique("Over " + version) + "\",\"country\":\"ID\"}"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + Tokens.ministry())
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.body(), response.statusCode(), equalTo(201));
            assertThat(response.version(), equalTo(HttpClient.Version.HTTP_1_1));
        }
    }
}
