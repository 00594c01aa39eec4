package id.kembar.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "One invalid part of a request: a body property (as a JSON path), a query or path parameter, or a header.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldError(
        @Schema(
                        description =
                                "Where the problem is: a JSON path into the body (`budget.amount`, `actorIds[1]`) or a parameter name.",
                        example = "country")
                String field,
        @Schema(description = "What is wrong, in English.", example = "must be an ISO 3166-1 alpha-2 country code")
                String message,
        @Schema(description = "The values that would have been accepted, where there is a fixed list.")
                List<String> allowedValues) {

    public FieldError(String field, String message) {
        this(field, message, List.of());
    }

    /** The names of an enum's values: what a field or parameter of that type accepts. */
    public static List<String> namesOf(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(value -> ((Enum<?>) value).name())
                .toList();
    }
}
