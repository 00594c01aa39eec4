package id.kembar.history;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of a record as it was before a change and after it, as the record's own representation shows it. */
@Schema(description = "A field a change set: its value before and after, as the record's representation shows it.")
public record FieldChange(
        @Schema(required = true, description = "The field's name in the record's representation.", example = "stage")
                String field,
        @Schema(description = "Its value before the change; null for a new record or a field that had none.")
                JsonNode oldValue,
        @Schema(description = "Its value after the change; null for a deleted record or a field cleared.")
                JsonNode newValue) {}
