package id.kembar.common;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contract says exactly what the service takes: a client that checks its requests against {@code openapi.yaml}
 * (a generated client, a validating proxy) sends nothing the service refuses for a reason the contract hides, and
 * refuses nothing the service takes. Patterns are read as JSON Schema reads them: a search anywhere in the value.
 */
@QuarkusTest
class ContractExactnessTest {

    private static JsonNode contract() throws IOException {
        return new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("openapi.yaml").toFile());
    }

    /** Whether JSON Schema's {@code pattern} accepts {@code value} (ECMA-262 search; these patterns read alike). */
    private static boolean patternAccepts(JsonNode schema, String value) {
        return Pattern.compile(schema.path("pattern").asText()).matcher(value).find();
    }

    @Test
    void requiredRequestPropertiesAreNeverNullableAndOptionalOnesAre() throws IOException {
        List<String> wrong = new ArrayList<>();
        contract().path("components").path("schemas").properties().forEach(schema -> {
            if (!schema.getKey().endsWith("Request")) {
                return;
            }
            List<String> required = new ArrayList<>();
            schema.getValue().path("required").forEach(field -> required.add(field.asText()));
            schema.getValue().path("properties").properties().forEach(property -> {
                boolean nullable = property.getValue().path("nullable").asBoolean(false);
                if (required.contains(property.getKey()) == nullable) {
                    wrong.add(schema.getKey() + "." + property.getKey() + (nullable ? " is" : " is not") + " nullable");
                }
            });
        });
        assertThat(wrong, empty());
    }

    @Test
    void everyPatternMatchesTheWholeValue() throws IOException {
        List<String> unanchored = new ArrayList<>();
        collectUnanchored("", contract(), unanchored);
        assertThat(unanchored, empty());
    }

    private static void collectUnanchored(String at, JsonNode node, List<String> unanchored) {
        if (node.isObject()) {
            String pattern = node.path("pattern").asText(null);
            // "\S" (text with more than blanks) searches by meaning
            if (node.path("pattern").isTextual()
                    && !pattern.equals("\\S")
                    && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
                unanchored.add(at + ": " + pattern);
            }
            node.properties()
                    .forEach(child -> collectUnanchored(at + "/" + child.getKey(), child.getValue(), unanchored));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUnanchored(at + "/" + i, node.get(i), unanchored);
            }
        }
    }

    @Test
    void regionCodeFiltersRefuseWhatTheContractRefuses() throws IOException {
        List<String> disagree = new ArrayList<>();
        contract()
                .path("paths")
                .properties()
                .forEach(path -> path.getValue().path("get").path("parameters").forEach(parameter -> {
                    String name = parameter.path("name").asText();
                    // the searches across partnerships; a partnership's own lists have the same filter beans
                    if (!name.equals("localRegionCode") && !name.equals("regionCode")
                            || path.getKey().contains("{")) {
                        return;
                    }
                    for (String value : List.of("x32y", "32", "32.71", "32.71x", " 32")) {
                        boolean contract = patternAccepts(parameter.path("schema"), value);
                        int status = given().queryParam(name, value)
                                .get("/api/v1" + path.getKey())
                                .statusCode();
                        if (contract != (status == 200)) {
                            disagree.add(path.getKey() + "?" + name + "=" + value + ": contract " + contract
                                    + ", service " + status);
                        }
                    }
                }));
        assertThat(disagree, empty());
    }

    @Test
    void websitesAndDocumentLinksAreJudgedAlike() throws IOException {
        JsonNode schemas = contract().path("components").path("schemas");
        JsonNode website = schemas.path("ActorRequest").path("properties").path("website");
        JsonNode documentUrl =
                schemas.path("MilestoneRequest").path("properties").path("documentUrl");
        assertThat(website.path("format").asText(), equalTo("uri"));
        assertThat(documentUrl.path("format").asText(), equalTo("uri"));
        assertThat(documentUrl.path("pattern"), equalTo(website.path("pattern")));
        List<String> disagree = new ArrayList<>();
        for (String url : List.of(
                "https://www.kotabogor.go.id",
                "http://kisarazu.lg.jp:8080/sister-city?lang=id#bogor",
                "HTTPS://Example.ORG/a%20b",
                "https://xn--bcher-kva.de/",
                "http://10.0.0.1/",
                "ftp://kotabogor.go.id",
                "https://",
                "https://kota bogor.go.id",
                "https://kotabogor.go.id/a b",
                "https://kotabogor.go.id/%zz",
                "https://-bogor.go.id",
                "https://user@kotabogor.go.id",
                "kotabogor.go.id",
                "x https://kotabogor.go.id")) {
            boolean contract = patternAccepts(website, url);
            int status = given().contentType(ContentType.JSON)
                    .body(body("kind", "NGO", "name", unique("LSM"), "country", "ID", "website", url))
                    .post("/api/v1/actors")
                    .statusCode();
            if (contract != (status == 201)) {
                disagree.add(url + ": contract " + contract + ", service " + status);
            }
        }
        assertThat(disagree, empty());
    }
}
