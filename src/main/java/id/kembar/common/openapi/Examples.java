package id.kembar.common.openapi;

import id.kembar.common.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * An example for every request and response body, composed from the examples of the schema's fields, so that each
 * operation shows one (API-GUIDE "The contract") and the examples can never drift from the field examples.
 */
final class Examples {

    private static final String REF_PREFIX = "#/components/schemas/";
    private static final int MAX_DEPTH = 12;
    private static final String SAMPLE_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    static final String TIMESTAMP = "2026-11-22T10:15:30Z";

    private final Components components;

    Examples(Components components) {
        this.components = components;
    }

    void fill(Operation operation) {
        if (operation.getRequestBody() != null) {
            fill(operation.getRequestBody().getContent());
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null && ContractFilter.isSuccess(status)) {
                fill(response.getContent());
            }
        });
    }

    private void fill(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            if (media.getExample() == null && media.getSchema() != null) {
                media.setExample(example(media.getSchema(), 0));
            }
        }
    }

    private Object example(Schema schema, int depth) {
        // a property's own example first, also beside a reference (an enum field's example names a fitting value)
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            Schema target = components.getSchemas().get(schema.getRef().substring(REF_PREFIX.length()));
            return target == null || depth > MAX_DEPTH ? null : example(target, depth + 1);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return example(schema.getAllOf().get(0), depth);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.ARRAY)) {
            Object item = schema.getItems() == null ? null : example(schema.getItems(), depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (types.contains(Schema.SchemaType.OBJECT) || schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((name, property) -> {
                    Object value = depth > MAX_DEPTH ? null : example(property, depth + 1);
                    if (value != null) {
                        object.put(name, value);
                    }
                });
            }
            return object;
        }
        return scalar(schema, types);
    }

    private static Object scalar(Schema schema, List<Schema.SchemaType> types) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        if (types.contains(Schema.SchemaType.INTEGER)) {
            return schema.getMinimum() == null ? 0 : schema.getMinimum().intValue();
        }
        if (types.contains(Schema.SchemaType.NUMBER)) {
            return 0;
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return Boolean.TRUE;
        }
        return switch (format) {
            case "uuid" -> SAMPLE_UUID;
            case "date-time" -> TIMESTAMP;
            case "date" -> "2026-11-22";
            default -> schema.getPattern() == null ? "text" : null;
        };
    }

    /** A problem body as the service sends it for this status. */
    static Map<String, Object> problem(int status) {
        ProblemType type = ProblemType.INTERNAL_ERROR;
        for (ProblemType candidate : ProblemType.values()) {
            if (candidate.status == status) {
                type = candidate;
                break;
            }
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://kembar.kemendagri.go.id/problems/" + type.slug);
        problem.put("title", type.title);
        problem.put("status", status);
        problem.put(
                "detail",
                switch (status) {
                    case 400 -> "1 field is invalid";
                    case 401 ->
                        "This operation needs an authenticated caller: send a bearer token of the identity provider "
                                + "(Authorization: Bearer …) or an API key (X-API-Key)";
                    case 403 ->
                        "The actor " + SAMPLE_UUID + " belongs to region 32.71; only its editors, a MINISTRY or an "
                                + "ADMIN may change it (your regions: 52)";
                    case 429 -> "Too many failed authentications from this address; retry in 42 s";
                    case 404 -> "No actor with id " + SAMPLE_UUID;
                    case 409 -> "The actor is still referred to by 2 partnerships; remove those first";
                    case 408 -> "The request body arrived slower than 1024 bytes a second";
                    case 414 ->
                        "The request line is 5120 bytes, more than 4096; send fewer or shorter query parameters";
                    case 431 -> "The request headers are 9216 bytes, more than 8192";
                    case 412 ->
                        "If-Match \"1\" does not match the current ETag \"2-5f1c2a9b0d4e\"; read the resource "
                                + "again (GET) and send its ETag";
                    case 428 ->
                        "PUT needs If-Match with the resource's current ETag, so that it cannot overwrite a "
                                + "change it has not seen: GET /api/v1/actors/" + SAMPLE_UUID + ", then send its ETag "
                                + "header as If-Match";
                    default -> type.title;
                });
        problem.put("instance", "/api/v1/actors/" + SAMPLE_UUID);
        if (status == 400) {
            Map<String, Object> error = new LinkedHashMap<>(); // ordered, so that the contract does not churn
            error.put("field", "country");
            error.put("message", "must be an ISO 3166-1 alpha-2 country code");
            problem.put("errors", List.of(error));
        }
        problem.put("requestId", "5b0e3c3e-8a37-4a53-9a0b-0d1f4c7c2a11");
        return problem;
    }
}
