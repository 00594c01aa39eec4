package id.kembar.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kembar.support.PackagedService;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service logs as production does: every line is a JSON object, and each request is one INFO line of
 * logger {@code id.kembar.request} whose request id, method, path, route template, status and duration are fields of
 * their own; health probes are not among them.
 */
class LogsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PackagedService service;

    @BeforeEach
    void start() throws Exception {
        service = new PackagedService(
                PackagedService.freshFolder(Path.of("target", "logs-it")),
                Map.of("KEMBAR_DEMO_DATA", "false", "KEMBAR_WARM_UP", "false"));
        service.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        service.close();
    }

    @Test
    void everyRequestIsOneJsonLineWithItsFields() throws Exception {
        int port = service.port();
        String missing = UUID.randomUUID().toString();
        given().port(port)
                .header("X-Request-Id", "logs-it-missing")
                .get("/api/v1/partnerships/" + missing)
                .then()
                .statusCode(404);
        given().port(port)
                .header("X-Request-Id", "logs-it-create")
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "NGO", "name", "Lembaga Kerja Sama Daerah", "country", "ID"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201);
        given().port(port)
                .header("X-Request-Id", "logs-it-edge")
                .get("/api/v1/actors/")
                .then()
                .statusCode(404);
        // refused by the HTTP server's decoder (a request line over its own limit): answered and logged all the same
        String refused = given().port(port)
                .get("/api/v1/actors?q=" + "x".repeat(70_000))
                .then()
                .statusCode(414)
                .extract()
                .header("X-Request-Id");
        given().port(port)
                .header("X-Request-Id", "logs-it-probe")
                .get("/q/health/ready")
                .then()
                .statusCode(200);
        service.stop();

        List<JsonNode> lines = new ArrayList<>();
        List<String> notJson = new ArrayList<>();
        for (String line : Files.readAllLines(service.log())) {
            if (!line.isBlank()) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (JsonProcessingException e) {
                    notJson.add(line);
                }
            }
        }
        assertThat("lines that are not JSON", notJson, empty());

        JsonNode read = request(lines, "logs-it-missing");
        assertThat(read.at("/mdc/method").asText(), equalTo("GET"));
        assertThat(read.at("/mdc/path").asText(), equalTo("/api/v1/partnerships/" + missing));
        assertThat(read.at("/mdc/route").asText(), equalTo("/api/v1/partnerships/{partnershipId}"));
        assertThat(read.at("/mdc/status").asText(), equalTo("404"));
        assertThat(read.at("/mdc/durationMs").asText(), matchesPattern("\\d+"));
        assertThat(
                read.path("message").asText(), matchesPattern("GET /api/v1/partnerships/" + missing + " 404 \\d+ ms"));

        JsonNode create = request(lines, "logs-it-create");
        assertThat(create.at("/mdc/method").asText(), equalTo("POST"));
        assertThat(create.at("/mdc/route").asText(), equalTo("/api/v1/actors"));
        assertThat(create.at("/mdc/status").asText(), equalTo("201"));

        // answered at the edge (a trailing slash): no resource, so no route, but the line all the same
        JsonNode edge = request(lines, "logs-it-edge");
        assertThat(edge.at("/mdc/route").asText(), equalTo(""));
        assertThat(edge.at("/mdc/status").asText(), equalTo("404"));

        JsonNode decoder = request(lines, refused);
        assertThat(decoder.at("/mdc/status").asText(), equalTo("414"));
        assertThat(decoder.at("/mdc/route").asText(), equalTo(""));

        assertThat("a health probe is no INFO line", requests(lines, "logs-it-probe"), empty());
    }

    /** The one request line of this request id. */
    private static JsonNode request(List<JsonNode> lines, String requestId) {
        List<JsonNode> found = requests(lines, requestId);
        assertThat("request lines of " + requestId, found, hasSize(1));
        assertThat(found.get(0).path("level").asText(), equalTo("INFO"));
        return found.get(0);
    }

    private static List<JsonNode> requests(List<JsonNode> lines, String requestId) {
        return lines.stream()
                .filter(line -> line.path("loggerName").asText().equals("id.kembar.request"))
                .filter(line -> line.at("/mdc/requestId").asText().equals(requestId))
                .toList();
    }
}
