package id.kembar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The published contract, {@code openapi.yaml}, and the running service agree (API-GUIDE "The contract"). */
@QuarkusTest
class ContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String HOW_TO_UPDATE = "openapi.yaml differs from the service's contract; if the change is "
            + "intended, run ./mvnw package -DskipTests && cp target/openapi/openapi.yaml openapi.yaml";

    private static JsonNode committed() throws IOException {
        return YAML.readTree(Path.of("openapi.yaml").toFile());
    }

    @Test
    void runningServiceServesExactlyTheCommittedContract() throws IOException {
        JsonNode served = YAML.readTree(
                given().get("/q/openapi").then().statusCode(200).extract().asString());
        Map<String, String> differences = new TreeMap<>();
        diff("", committed(), served, differences);
        assertThat(HOW_TO_UPDATE + "; first differences: " + differences, differences, anEmptyMap());
    }

    @Test
    void contractIsPublishedUnderTheApiForAnyone() throws IOException {
        String json = given().get("/api/v1/openapi.json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("Access-Control-Allow-Origin", "*")
                .header("API-Version", notNullValue())
                .extract()
                .asString();
        assertEquals(committed(), new ObjectMapper().readTree(json), HOW_TO_UPDATE);
    }

    @Test
    void contractDescribesTheApiAsTheGuideAsks() throws IOException {
        JsonNode contract = committed();
        assertThat(contract.path("openapi").asText(), equalTo("3.0.3"));
        assertThat(contract.path("servers").get(0).path("url").asText(), equalTo("/api/v1"));
        assertThat(
                contract.path("info").path("version").asText(),
                equalTo(given().get("/api/v1/actors").then().extract().header("API-Version")));
        for (String field : new String[] {"name", "email", "url"}) {
            assertThat(contract.path("info").path("contact").has(field), equalTo(true));
        }
        contract.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    JsonNode operation = op.getValue();
                    String where = op.getKey() + " " + path.getKey();
                    for (String field : new String[] {"operationId", "summary", "description", "tags"}) {
                        assertThat(where + " has " + field, operation.has(field), equalTo(true));
                    }
                    Map<String, JsonNode> responses = new TreeMap<>();
                    operation.path("responses").properties().forEach(r -> responses.put(r.getKey(), r.getValue()));
                    assertThat(where, responses, hasKey("400"));
                    assertThat(where, responses, hasKey("500"));
                    responses.forEach((status, response) -> {
                        if (status.startsWith("2") && !status.equals("204")) {
                            JsonNode media = response.path("content").elements().next();
                            assertThat(where + " " + status + " has an example", media.has("example"), equalTo(true));
                        }
                        if (status.startsWith("2") || status.startsWith("3")) {
                            assertThat(
                                    where + " " + status,
                                    response.path("headers").has("API-Version"),
                                    equalTo(true));
                        }
                    });
                }));
    }

    @Test
    void everySchemaPropertyAndParameterIsDescribed() throws IOException {
        JsonNode contract = committed();
        List<String> undescribed = new ArrayList<>();
        contract.path("components").path("schemas").properties().forEach(schema -> {
            if (!schema.getValue().has("description")) {
                undescribed.add(schema.getKey());
            }
            schema.getValue().path("properties").properties().forEach(property -> {
                if (!property.getValue().has("description")) {
                    undescribed.add(schema.getKey() + "." + property.getKey());
                }
            });
        });
        contract.path("paths").properties().forEach(path -> path.getValue()
                .properties()
                .forEach(operation -> operation.getValue().path("parameters").forEach(parameter -> {
                    if (!parameter.has("description")) {
                        undescribed.add(operation.getKey() + " " + path.getKey() + " "
                                + parameter.path("name").asText());
                    }
                })));
        assertThat(undescribed, empty());
    }

    /** Collects the JSON pointers where two documents differ (at most 20). */
    private static void diff(String at, JsonNode expected, JsonNode actual, Map<String, String> differences) {
        if (differences.size() >= 20 || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeMap<String, Boolean> keys = new TreeMap<>();
            expected.fieldNames().forEachRemaining(k -> keys.put(k, true));
            actual.fieldNames().forEachRemaining(k -> keys.put(k, true));
            for (String key : keys.keySet()) {
                JsonNode e = expected.get(key);
                JsonNode a = actual.get(key);
                if (e == null || a == null) {
                    differences.put(at + "/" + key, e == null ? "only served" : "only in openapi.yaml");
                } else {
                    diff(at + "/" + key, e, a, differences);
                }
            }
            return;
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                diff(at + "/" + i, e.next(), a.next(), differences);
            }
            return;
        }
        differences.put(at, expected + " != " + actual);
    }
}
