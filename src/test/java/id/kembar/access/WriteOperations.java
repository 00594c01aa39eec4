package id.kembar.access;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.unique;
import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.kembar.support.Fixtures;
import id.kembar.support.ProgramFixtures;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's operations that need a caller (those with {@code x-roles}), each made into a real request on records
 * of region 32 (a city 32.71 and its partnership, made as a ministry), and a way to tell whether a refused one wrote.
 */
final class WriteOperations {

    /** The region the records lie in; an editor of {@code 32} holds them, one of {@code 52} does not. */
    static final String REGION = "32.71";

    record Operation(String method, String template, List<String> roles) {
        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    /** One request of an operation, ready to send as any caller, and the state it must not change when refused. */
    record Prepared(Operation operation, String url, Object body, String contentType, String watched) {

        Response send(RequestSpecification caller) {
            RequestSpecification request = caller;
            if (body != null) {
                request.contentType(contentType).body(body);
            }
            return request.request(operation.method(), url);
        }

        /** The watched resource's ETag, or the watched collection's total: what a refused request must leave. */
        String state() {
            Response response = given().get(watched);
            if (response.statusCode() != 200) {
                return "status " + response.statusCode();
            }
            String etag = response.header("ETag");
            return etag != null ? etag : "total " + response.jsonPath().getString("totalItems");
        }
    }

    private WriteOperations() {}

    static List<Operation> fromContract() {
        JsonNode contract;
        try {
            contract = new ObjectMapper(new YAMLFactory())
                    .readTree(Path.of("openapi.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        contract.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    JsonNode roles = operation.getValue().path("x-roles");
                    if (roles.isArray()) {
                        List<String> names = new ArrayList<>();
                        roles.forEach(role -> names.add(role.asText()));
                        operations.add(
                                new Operation(operation.getKey().toUpperCase(), path.getKey(), List.copyOf(names)));
                    }
                }));
        return operations;
    }

    /** A request of the operation on new records of region 32 (made by the tests' default caller, a ministry). */
    static Prepared prepare(Operation operation) {
        String partnership = partnership();
        Map<String, String> ids = new HashMap<>();
        ids.put("{partnershipId}", partnership);
        String path = operation.template();
        if (path.contains("{actorId}")) {
            ids.put("{actorId}", Fixtures.create("/api/v1/actors", localActor()));
        }
        if (path.contains("{milestoneId}")) {
            ids.put("{milestoneId}", ProgramFixtures.milestone(partnership));
        }
        if (path.contains("{participantId}")) {
            ids.put(
                    "{participantId}",
                    Fixtures.participant(partnership, Fixtures.actor("NGO", unique("LSM"), "ID"), "FACILITATOR"));
        }
        if (path.contains("{sectorProgramId}")) {
            ids.put("{sectorProgramId}", ProgramFixtures.program(partnership));
        }
        if (path.contains("{apiKeyId}")) {
            ids.put(
                    "{apiKeyId}",
                    Fixtures.create("/api/v1/api-keys", body("name", unique("Kunci"), "roles", List.of("READER"))));
        }
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        String url = "/api/v1" + path;
        String collection = url.endsWith("/repairs") ? null : url;
        return switch (operation.method()) {
            case "POST" ->
                new Prepared(
                        operation,
                        url,
                        newBody(operation.template()),
                        "application/json",
                        collection == null ? "/api/v1/partnerships/" + partnership : collection);
            case "PUT" ->
                new Prepared(operation, url, changed(Fixtures.withoutReadOnly(url), url), "application/json", url);
            case "PATCH" ->
                new Prepared(operation, url, changed(new HashMap<>(), url), "application/merge-patch+json", url);
            default -> new Prepared(operation, url, null, null, url);
        };
    }

    private static String partnership() {
        return Fixtures.partnership(
                Fixtures.city(unique("Kota"), REGION), Fixtures.foreignGovernment(unique("City"), "JP", "CITY"));
    }

    private static Map<String, Object> localActor() {
        return body("kind", "ACADEMIC", "name", unique("Universitas"), "country", "ID", "regionCode", "32.73");
    }

    private static Object newBody(String template) {
        if (template.equals("/actors")) {
            return localActor();
        }
        if (template.equals("/partnerships")) {
            return Fixtures.partnershipBody(
                    Fixtures.city(unique("Kota"), REGION), Fixtures.foreignGovernment(unique("City"), "KR", "CITY"));
        }
        if (template.endsWith("/milestones")) {
            return ProgramFixtures.milestoneBody();
        }
        if (template.endsWith("/sector-programs")) {
            return ProgramFixtures.programBody();
        }
        if (template.endsWith("/participants")) {
            return body("actorId", Fixtures.actor("NGO", unique("LSM"), "ID"), "role", "FACILITATOR");
        }
        if (template.equals("/api-keys")) {
            return body("name", unique("Kunci"), "roles", List.of("READER"));
        }
        if (template.endsWith("/repairs")) {
            return null;
        }
        throw new IllegalArgumentException("no body known for POST " + template);
    }

    /** The body with one field of the resource changed. */
    private static Map<String, Object> changed(Map<String, Object> body, String url) {
        String field = url.contains("/participants/")
                ? "note"
                : url.contains("/sector-programs/") ? "title" : url.contains("/actors/") ? "notes" : "description";
        body.put(field, unique("Diubah"));
        return body;
    }
}
