package id.kembar.common;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.province;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProgramFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every example in the contract works as Swagger UI's "Try it out" sends it: each request example of each write
 * operation, with real ids put where the example has its placeholder id, is accepted (2xx); and each response example
 * is valid against the schema of its own response.
 */
@QuarkusTest
class ContractExamplesTest {

    private static final String PLACEHOLDER_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    private static JsonNode contract() throws IOException {
        return new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("openapi.yaml").toFile());
    }

    /** What each id field of an example names, made fresh for one request in one partnership. */
    private static Map<String, Supplier<String>> realIds(String partnership) {
        return Map.of(
                "parentId", () -> province(unique("Provinsi"), "36"),
                "localGovernmentId", () -> city(unique("Kota"), "36.74"),
                "partnerId", () -> foreignGovernment(unique("Daejeon"), "KR", "CITY"),
                "actorId", () -> actor("NGO", unique("LSM"), "ID"),
                "actorIds", () -> actor("AGENCY", unique("Dinas"), "ID"),
                "leadAgencyId", () -> actor("AGENCY", unique("Dinas"), "ID"),
                "sectorProgramId", () -> program(partnership));
    }

    /** The example with a real id for each placeholder; an id field this test does not know is an error. */
    private static JsonNode withRealIds(JsonNode example, String partnership, List<String> wrong, String where) {
        JsonNode body = example.deepCopy();
        Map<String, Supplier<String>> ids = realIds(partnership);
        body.properties().forEach(field -> {
            JsonNode value = field.getValue();
            boolean placeholder = value.asText().equals(PLACEHOLDER_ID)
                    || (value.isArray()
                            && value.size() > 0
                            && value.get(0).asText().equals(PLACEHOLDER_ID));
            if (!placeholder) {
                return;
            }
            Supplier<String> real = ids.get(field.getKey());
            if (real == null) {
                wrong.add(where + ": no real id for " + field.getKey());
            } else if (value.isArray()) {
                ArrayNode array = ((ObjectNode) body).putArray(field.getKey());
                array.add(real.get());
            } else {
                ((ObjectNode) body).put(field.getKey(), real.get());
            }
        });
        return body;
    }

    @Test
    void everyRequestExampleIsAccepted() throws IOException {
        List<String> wrong = new ArrayList<>();
        int[] sent = {0};
        contract().path("paths").properties().forEach(path -> path.getValue()
                .properties()
                .forEach(operation -> operation
                        .getValue()
                        .path("requestBody")
                        .path("content")
                        .properties()
                        .forEach(media -> {
                            String method = operation.getKey().toUpperCase();
                            String where = method + " " + path.getKey() + " " + media.getKey();
                            if (!media.getValue().has("example")) {
                                wrong.add(where + ": no example");
                                return;
                            }
                            String partnership = Fixtures.partnership();
                            String url = Fixtures.realPath(path.getKey(), partnership);
                            JsonNode body = withRealIds(media.getValue().path("example"), partnership, wrong, where);
                            RequestSpecification request =
                                    given().contentType(media.getKey()).body(body.toString());
                            if (!method.equals("POST")) {
                                request.header("If-Match", given().get(url).header("ETag"));
                            }
                            Response response = request.request(method, url);
                            sent[0]++;
                            if (response.statusCode() / 100 != 2) {
                                wrong.add(
                                        where + " " + body + ": " + response.statusCode() + " " + response.asString());
                            }
                        })));
        assertThat(sent[0], greaterThan(10));
        assertThat(wrong, empty());
    }

    @Test
    void everyResponseExampleIsValidAgainstItsSchema() throws IOException {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForSpecificationUrl(
                        Path.of("openapi.yaml").toUri().toString())
                .build();
        List<String> wrong = new ArrayList<>();
        int[] checked = {0};
        contract().path("paths").properties().forEach(path -> path.getValue()
                .properties()
                .forEach(operation -> operation
                        .getValue()
                        .path("responses")
                        .properties()
                        .forEach(response -> {
                            JsonNode resolved = resolve(response.getValue());
                            resolved.path("content").properties().forEach(media -> {
                                if (!media.getValue().has("example")) {
                                    return;
                                }
                                SimpleResponse.Builder example = SimpleResponse.Builder.status(
                                                Integer.parseInt(response.getKey()))
                                        .withContentType(media.getKey())
                                        .withBody(
                                                media.getValue().path("example").toString());
                                ValidationReport report = validator.validateResponse(
                                        "/api/v1" + path.getKey(),
                                        Request.Method.valueOf(
                                                operation.getKey().toUpperCase()),
                                        example.build());
                                checked[0]++;
                                report.getMessages().stream()
                                        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                                        .filter(message -> !message.getKey().startsWith("validation.response.header"))
                                        .forEach(message ->
                                                wrong.add(operation.getKey().toUpperCase() + " " + path.getKey()
                                                        + " " + response.getKey() + " " + media.getKey() + ": "
                                                        + message.getMessage()));
                            });
                        })));
        assertThat(checked[0], greaterThan(50));
        assertThat(wrong, empty());
    }

    private static JsonNode resolve(JsonNode response) throws IllegalStateException {
        String ref = response.path("$ref").asText(null);
        if (ref == null) {
            return response;
        }
        try {
            return contract().at(ref.substring(1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
