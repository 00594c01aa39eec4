package id.kembar.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kembar.common.problem.JsonProblems;
import id.kembar.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396). A PATCH reads the resource as its request record, applies the patch and reads the
 * result back as the request record, so that it then takes exactly the path a PUT takes; {@code null} clears a field.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper json;

    MergePatch(ObjectMapper json) {
        this.json = json;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("$", "a merge patch must be a JSON object");
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        try {
            rejectUnknownNulls((ObjectNode) patch, type);
            return json.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw JsonProblems.toProblem(e);
        }
    }

    /**
     * Merging drops a member set to null, so an unknown one ({@code {"stage": null}}) would pass unnoticed; read those
     * members on their own so that it is the same 400 as any unknown property.
     */
    private void rejectUnknownNulls(ObjectNode patch, Class<?> type) throws JsonProcessingException {
        ObjectNode nulls = patch.objectNode();
        patch.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) {
                nulls.set(field.getKey(), field.getValue());
            }
        });
        if (!nulls.isEmpty()) {
            json.treeToValue(nulls, type);
        }
    }

    /** RFC 7396 section 2, applied to a copy of the target. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
