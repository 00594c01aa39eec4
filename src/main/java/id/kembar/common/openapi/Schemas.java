package id.kembar.common.openapi;

import id.kembar.common.web.MergePatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Schema-level rules: scalar types written inline, response fields described, merge-patch bodies. */
final class Schemas {

    /** Value types that read better inline ({@code type: string, format: uuid}) than as components. */
    private static final Set<String> INLINE = Set.of("UUID", "OffsetDateTime", "PartialDate", "LocalDate");

    private static final String REF_PREFIX = "#/components/schemas/";
    /** The pattern of text that must contain more than blanks (what {@code @NotBlank} publishes). */
    private static final String NOT_BLANK = "\\S";

    private static final Map<String, String> COMMON_FIELDS = Map.of(
            "id", "The server-generated id.",
            "version", "The version of the resource, which is also its ETag; it increases with every change.",
            "createdAt", "When the resource was created (UTC).",
            "updatedAt", "When the resource was last changed (UTC).");

    private final Components components;

    Schemas(Components components) {
        this.components = components;
    }

    void inlineScalars(OpenAPI api) {
        Map<String, Schema> all = new LinkedHashMap<>(components.getSchemas());
        all.forEach((name, schema) -> {
            if (!INLINE.contains(name)) {
                components.addSchema(name, inline(schema));
            }
        });
        ContractFilter.forEachOperation(api, (path, method, operation) -> {
            if (operation.getParameters() != null) {
                for (Parameter parameter : operation.getParameters()) {
                    parameter.setSchema(inline(parameter.getSchema()));
                }
            }
            if (operation.getRequestBody() != null) {
                inline(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> inline(r.getContent()));
            }
        });
        INLINE.forEach(components::removeSchema);
    }

    private void inline(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> m.setSchema(inline(m.getSchema())));
        }
    }

    private Schema inline(Schema schema) {
        if (schema == null) {
            return null;
        }
        String target = inlinableRef(schema);
        if (target == null && schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            target = inlinableRef(schema.getAllOf().get(0));
        }
        if (target != null) {
            return scalarCopy(components.getSchemas().get(target), schema);
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> properties.put(name, inline(property)));
            schema.setProperties(properties);
        }
        if (schema.getItems() != null) {
            schema.setItems(inline(schema.getItems()));
        }
        if (schema.getAllOf() != null) {
            schema.setAllOf(
                    new ArrayList<>(schema.getAllOf().stream().map(this::inline).toList()));
        }
        return schema;
    }

    private static String inlinableRef(Schema schema) {
        String ref = schema.getRef();
        if (ref == null || !ref.startsWith(REF_PREFIX)) {
            return null;
        }
        String name = ref.substring(REF_PREFIX.length());
        return INLINE.contains(name) ? name : null;
    }

    /** The scalar's own schema, with what the referring property says about itself laid over it. */
    private static Schema scalarCopy(Schema scalar, Schema referrer) {
        Schema copy = OASFactory.createSchema();
        scalar.getAll().forEach(copy::set);
        copy.setType(List.of(Schema.SchemaType.STRING));
        if (referrer.getDescription() != null) {
            copy.setDescription(referrer.getDescription());
        }
        if (referrer.getExamples() != null) {
            // an annotation's example "2016" is read as a number; these scalars are strings on the wire
            copy.setExamples(new ArrayList<>(
                    referrer.getExamples().stream().map(String::valueOf).toList()));
        } else if ("date-time".equals(copy.getFormat())) {
            copy.setExamples(new ArrayList<>(List.of(Examples.TIMESTAMP))); // API-GUIDE: timestamps in UTC
        }
        return copy;
    }

    /**
     * Fields of a {@code XResponse} that an {@code XRequest} also has take its description, example and pattern; the
     * fields every resource has get theirs here; and what is always present is marked required, so that generated
     * clients need no null checks for it.
     */
    /**
     * A property of any JSON value (Jackson's {@code JsonNode}, such as a changed field's values in the history) is
     * published as a schema without a type, which every value matches, instead of the tree class's bean properties.
     */
    void anyValues() {
        if (components.getSchemas() == null || !components.getSchemas().containsKey("JsonNode")) {
            return;
        }
        components.removeSchema("JsonNode");
        components.removeSchema("JsonNodeType");
        for (Schema schema : components.getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            Map<String, Schema> any = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> {
                boolean jsonNode = property.getAllOf() != null
                        && property.getAllOf().stream().anyMatch(s -> (REF_PREFIX + "JsonNode").equals(s.getRef()));
                if (jsonNode || (REF_PREFIX + "JsonNode").equals(property.getRef())) {
                    any.put(name, OASFactory.createSchema().description(property.getDescription()));
                }
            });
            any.forEach(schema::addProperty);
        }
    }

    void describeResponses() {
        components.getSchemas().forEach((name, schema) -> {
            if (name.startsWith("Page") && schema.getDescription() == null) {
                schema.setDescription(
                        "One page of " + name.substring("Page".length()).replaceAll("Response$", "")
                                + " items, with the paging envelope (API-GUIDE \"Collections\").");
                schema.setRequired(new ArrayList<>(List.of("items", "page", "pageSize", "totalItems", "totalPages")));
            }
        });
        components.getSchemas().forEach((name, response) -> {
            if (!name.endsWith("Response") || name.startsWith("Page") || response.getProperties() == null) {
                return;
            }
            Schema request = components.getSchemas().get(name.replaceAll("Response$", "Request"));
            Set<String> required = new LinkedHashSet<>();
            response.getProperties().forEach((field, property) -> {
                if (COMMON_FIELDS.containsKey(field)) {
                    required.add(field);
                    if (property.getDescription() == null) {
                        property.setDescription(COMMON_FIELDS.get(field));
                    }
                }
                Schema twin = request == null || request.getProperties() == null
                        ? null
                        : request.getProperties().get(field);
                if (twin != null) {
                    copyDocumentation(twin, property);
                    if (request.getRequired() != null && request.getRequired().contains(field)) {
                        required.add(field);
                    }
                }
            });
            if (response.getRequired() != null) {
                required.addAll(response.getRequired());
            }
            response.setRequired(new ArrayList<>(required));
        });
    }

    private static void copyDocumentation(Schema from, Schema to) {
        if (to.getDescription() == null) {
            to.setDescription(from.getDescription());
        }
        if (to.getExamples() == null) {
            to.setExamples(from.getExamples());
        }
        if (to.getPattern() == null && to.getRef() == null) {
            to.setPattern(from.getPattern());
        }
        if (to.getFormat() == null && to.getRef() == null) {
            to.setFormat(from.getFormat());
        }
        if (to.getItems() != null && from.getItems() != null && to.getItems().getPattern() == null) {
            to.getItems().setPattern(from.getItems().getPattern());
        }
    }

    /**
     * A merge-patch body is its resource's request with nothing required and every field nullable ({@code null}
     * clears it): the {@code XPatch} schema, derived from {@code XRequest}.
     */
    void patchBody(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType media = operation.getRequestBody().getContent().getMediaType(MergePatch.MEDIA_TYPE);
        if (media == null || media.getSchema() == null || media.getSchema().getRef() == null) {
            return;
        }
        String requestName = media.getSchema().getRef().substring(REF_PREFIX.length());
        String patchName = requestName.replaceAll("Request$", "Patch");
        if (components.getSchemas().get(patchName) == null) {
            Schema request = components.getSchemas().get(requestName);
            Schema patch = OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("A JSON Merge Patch (RFC 7396) of " + requestName + ": send only the fields that "
                            + "change; `null` clears an optional field. The patched result must be a valid "
                            + requestName + ".");
            Map<String, Schema> properties = new LinkedHashMap<>();
            request.getProperties().forEach((field, property) -> properties.put(field, nullable(property)));
            patch.setProperties(properties);
            components.addSchema(patchName, patch);
        }
        media.setSchema(ContractFilter.ref(patchName));
    }

    /** A copy of {@code property} that also takes null; the property itself is left as it is. */
    private Schema nullable(Schema property) {
        Schema copy = OASFactory.createSchema();
        property.getAll().forEach(copy::set);
        List<Schema.SchemaType> types = new ArrayList<>();
        if (property.getType() != null) {
            types.addAll(property.getType());
        } else if (property.getRef() != null) {
            // 3.0 wants a type beside "nullable": the referenced schema's own
            types.addAll(components
                    .getSchemas()
                    .get(property.getRef().substring(REF_PREFIX.length()))
                    .getType());
        }
        // the model is OpenAPI 3.1's; written as 3.0 a null type becomes "nullable: true"
        if (!types.contains(Schema.SchemaType.NULL)) {
            types.add(Schema.SchemaType.NULL);
        }
        copy.setType(types); // a list of its own: the property's is shared with the schema it came from
        return copy;
    }

    /**
     * What a request takes, exactly: a required property never takes null (the service refuses it); an optional one
     * takes null (the same as leaving it out), and as text it must contain more than blanks ({@code \S}, the rule
     * for empty strings that the service applies to every optional string).
     */
    void describeRequests() {
        components.getSchemas().forEach((name, schema) -> {
            if (!name.endsWith("Request") || schema.getProperties() == null) {
                return;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            Map<String, Schema> properties = new LinkedHashMap<>();
            schema.getProperties().forEach((field, property) -> {
                if (required.contains(field)) {
                    properties.put(field, property);
                    return;
                }
                if (isPlainText(property)) {
                    property.setPattern(NOT_BLANK);
                }
                properties.put(field, nullable(property));
            });
            schema.setProperties(properties);
        });
    }

    private static boolean isPlainText(Schema property) {
        return property.getType() != null
                && property.getType().contains(Schema.SchemaType.STRING)
                && property.getPattern() == null
                && property.getEnumeration() == null
                && property.getAllOf() == null
                && property.getRef() == null;
    }

    /**
     * Every pattern matches the whole value, as the service's checks do: JSON Schema's patterns search, so one that
     * is not anchored would let {@code x32y} through where the service refuses it. Only "contains a non-blank
     * character" ({@code \S}) is a search by meaning and stays as it is.
     */
    static void anchorPatterns(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(Schemas::anchor);
        }
        ContractFilter.forEachOperation(api, (path, method, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> anchor(parameter.getSchema()));
            }
        });
    }

    private static void anchor(Schema schema) {
        if (schema == null) {
            return;
        }
        String pattern = schema.getPattern();
        if (pattern != null && !pattern.equals(NOT_BLANK) && !pattern.startsWith("^")) {
            schema.setPattern("^(" + pattern + ")$");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(Schemas::anchor);
        }
        anchor(schema.getItems());
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(Schemas::anchor);
        }
    }

    void sort() {
        components.setSchemas(new TreeMap<>(components.getSchemas()));
    }
}
