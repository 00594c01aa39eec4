package id.kembar.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, with the extension members Kembar uses. */
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details (`application/problem+json`).")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(
                        description = "A URI that identifies the kind of problem.",
                        format = "uri",
                        example = "https://kembar.kemendagri.go.id/problems/invalid-request")
                String type,
        @Schema(description = "A short summary of the kind of problem.", example = "Request is not valid") String title,
        @Schema(description = "The HTTP status code.", example = "400", minimum = "400", maximum = "599") int status,
        @Schema(description = "What went wrong in this occurrence.", example = "1 field is invalid") String detail,
        @Schema(description = "The path of the request that failed.", example = "/api/v1/actors") String instance,
        @Schema(description = "Every invalid part of the request at once (validation problems).")
                List<FieldError> errors,
        @Schema(description = "The id of the existing record a duplicate would clash with (409).") UUID existingId,
        @Schema(description = "What still refers to a resource that cannot be deleted (409).")
                List<Reference> references,
        @Schema(
                        description =
                                "The id of this request, also in the service's log (send it when reporting a problem).",
                        example = "5b0e3c3e-8a37-4a53-9a0b-0d1f4c7c2a11")
                String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
