package id.kembar.apikey;

import id.kembar.access.Caller;
import id.kembar.access.Role;
import id.kembar.common.problem.FieldError;
import id.kembar.common.validation.CrossFieldRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new API key: the client it is for, what it may do and until when.")
@CrossFieldRules
public record ApiKeyRequest(
        @Schema(
                        description = "The client that will call with the key: a system or script, so that its calls "
                                + "can be told apart.",
                        example = "SIPD Provinsi Jawa Barat",
                        maxLength = 200)
                @NotBlank
                @Size(max = 200)
                String name,
        @Schema(description = "The roles the key holds.", example = "[\"EDITOR\"]", maxItems = 4)
                @NotEmpty
                @Size(max = 4)
                List<@NotNull Role> roles,
        @Schema(
                        description = "The Kemendagri codes of the regions an `EDITOR` key writes for (a province "
                                + "covers its regencies and cities); required with `EDITOR`, only with it.",
                        example = "[\"32\"]",
                        maxItems = 100)
                @Size(max = 100)
                List<
                                @NotNull
                                @Pattern(
                                        regexp = "^" + Caller.REGION_CODE + "$",
                                        message = "must be a province or city code such as 32 or 32.71")
                                String>
                        regions,
        @Schema(
                        description = "When the key stops working; absent: until it is revoked.",
                        example = "2027-12-31T23:59:59Z")
                OffsetDateTime expiresAt)
        implements CrossFieldRules.Checked {

    public ApiKeyRequest {
        regions = regions == null ? List.of() : regions;
    }

    @Override
    public List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        boolean editor = roles != null && roles.contains(Role.EDITOR);
        if (editor && regions.isEmpty()) {
            errors.add(new FieldError("regions", "is required for an EDITOR key: the regions it writes for"));
        }
        if (!editor && !regions.isEmpty()) {
            errors.add(
                    new FieldError("regions", "is only for EDITOR keys; the other roles are not limited to regions"));
        }
        return errors;
    }
}
