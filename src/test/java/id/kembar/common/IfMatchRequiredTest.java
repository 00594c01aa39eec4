package id.kembar.common;

import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.kembar.support.Fixtures;
import id.kembar.support.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With the shipped default ({@code kembar.api.require-if-match=true}), every write to an existing resource of every
 * kind without {@code If-Match} is a 428 that says how to get the tag, and changes nothing; the same write with the
 * tag succeeds. The operations are the contract's: every one that takes {@code If-Match}, which the contract marks
 * required.
 */
@QuarkusTest
@TestProfile(IfMatchRequiredTest.ShippedDefault.class)
class IfMatchRequiredTest {

    /** The setting as shipped (the other tests run with last-writer-wins). */
    public static class ShippedDefault implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a database of its own, as every profile has (the default one stays the other tests')
            return TestDatabases.own("kembar-if-match-required", "kembar.api.require-if-match", "true");
        }
    }

    @Test
    void everyWriteToAnExistingResourceNeedsIfMatch() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("openapi.yaml").toFile());
        List<String> wrong = new ArrayList<>();
        int[] checked = {0};
        contract.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    boolean takesIfMatch = false;
                    for (JsonNode parameter : operation.getValue().path("parameters")) {
                        if (parameter.path("name").asText().equals("If-Match")) {
                            takesIfMatch = true;
                            if (!parameter.path("required").asBoolean()) {
                                wrong.add(operation.getKey() + " " + path.getKey() + ": If-Match is not required");
                            }
                        }
                    }
                    if (!takesIfMatch) {
                        return;
                    }
                    String method = operation.getKey().toUpperCase();
                    String url = Fixtures.realPath(path.getKey(), Fixtures.partnership());
                    Response before = given().get(url);
                    String body = method.equals("DELETE") ? null : "{}";
                    Response without = send(method, url, body, null);
                    checked[0]++;
                    if (without.statusCode() != 428) {
                        wrong.add(method + " " + path.getKey() + " without If-Match: " + without.statusCode());
                    } else {
                        problem(without.then(), 428).body("detail", containsString("GET " + url));
                    }
                    Response after = given().get(url);
                    if (after.statusCode() != 200 || !after.header("ETag").equals(before.header("ETag"))) {
                        wrong.add(method + " " + path.getKey() + " without If-Match changed the resource");
                    }
                    Response with = send(method, url, body, before.header("ETag"));
                    if (with.statusCode() / 100 != 2) {
                        wrong.add(method + " " + path.getKey() + " with If-Match: " + with.statusCode() + " "
                                + with.asString());
                    }
                }));
        assertThat(checked[0], equalTo(15));
        assertThat(wrong, empty());
    }

    private static Response send(String method, String url, String body, String ifMatch) {
        var request = given();
        if (body != null) {
            request.contentType(method.equals("PATCH") ? "application/merge-patch+json" : "application/json");
            // a PUT sends what was read, without its read-only properties
            request.body(method.equals("PUT") ? Fixtures.withoutReadOnly(url) : body);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.request(method, url);
    }
}
