package id.kembar.reference;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Every code list the API publishes, one for each enum in the contract. Short and fixed, so not "
                + "paged.")
public record CodeListIndex(
        @Schema(required = true, description = "The code lists, in a fixed order.") List<CodeListSummary> items) {

    /** What a code list's name looks like: lower-case kebab-case, as path segments are. */
    static final String NAME = "^[a-z]+(-[a-z]+)*$";
}
