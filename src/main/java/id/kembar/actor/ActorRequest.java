package id.kembar.actor;

import id.kembar.common.problem.FieldError;
import id.kembar.common.validation.CountryCode;
import id.kembar.common.validation.CrossFieldRules;
import id.kembar.common.validation.WebUrl;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An actor as a client writes it (create or replace).")
@CrossFieldRules
public record ActorRequest(
        @Schema(description = "What kind of organisation or person the actor is.") @NotNull ActorKind kind,
        @Schema(description = "The official name.", example = "Pemerintah Kota Tangerang Selatan", maxLength = 300)
                @NotBlank
                @Size(max = 300)
                String name,
        @Schema(
                        description = "Other names, spellings and scripts.",
                        example = "[\"Kota Tangsel\", \"Tangerang Selatan\"]",
                        maxItems = 20)
                @Size(max = 20)
                List<@NotBlank @Size(max = 300) String> alternativeNames,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", pattern = "^[A-Z]{2}$", example = "ID")
                @NotNull
                @CountryCode
                String country,
        @Schema(description = "Required for a `GOVERNMENT`, absent for every other kind.", example = "CITY")
                GovernmentLevel governmentLevel,
        @Schema(
                        description =
                                "For Indonesia the Kemendagri code (`52` a province, `32.71` a city or regency), required "
                                        + "for Indonesian governments; elsewhere an optional ISO 3166-2 code starting with the country (`CN-ZJ`). "
                                        + "It must be in the reference lists (/reference/regions, /reference/countries/{countryCode}/subdivisions): "
                                        + "an Indonesian government's of its level (a province's for PROVINCE, a Kabupaten for REGENCY, "
                                        + "a Kota for CITY); other Indonesian actors may name a district or village below a listed regency or "
                                        + "city.",
                        pattern = "^(" + RegionCodes.REGEX + ")$",
                        example = "36.74")
                String regionCode,
        @Schema(
                        description = "The organisation this actor belongs to (an agency's government, a person's "
                                + "organisation). Chains of parents never loop.")
                UUID parentId,
        @Schema(
                        description = "Website, an absolute http(s) URL.",
                        format = "uri",
                        pattern = WebUrl.PATTERN,
                        example = "https://www.tangerangselatankota.go.id",
                        maxLength = 2000)
                @Size(max = 2000)
                @WebUrl
                String website,
        @Schema(
                        description = "Contact email.",
                        format = "email",
                        example = "kerjasama@tangerangselatankota.go.id",
                        maxLength = 320)
                @Size(max = 320)
                @Email
                String email,
        @Schema(description = "Free notes.", maxLength = 10000) @Size(max = 10000) String notes)
        implements CrossFieldRules.Checked {

    public ActorRequest {
        alternativeNames = alternativeNames == null ? List.of() : alternativeNames;
    }

    @Override
    public List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        boolean government = kind == ActorKind.GOVERNMENT;
        boolean indonesian = RegionCodes.INDONESIA.equals(country);
        if (government && governmentLevel == null) {
            errors.add(new FieldError("governmentLevel", "is required for a GOVERNMENT actor"));
        }
        if (!government && kind != null && governmentLevel != null) {
            errors.add(new FieldError("governmentLevel", "is only for GOVERNMENT actors"));
        }
        if (government
                && indonesian
                && governmentLevel != null
                && !GovernmentLevel.INDONESIAN.contains(governmentLevel)) {
            errors.add(new FieldError(
                    "governmentLevel", "must be PROVINCE, REGENCY or CITY for an Indonesian government"));
        }
        if (regionCode == null) {
            if (government && indonesian) {
                errors.add(
                        new FieldError("regionCode", "is required for an Indonesian government (its Kemendagri code)"));
            }
            return errors;
        }
        // whether the code exists, and is of the government's level, the service checks against the lists (RegionRules)
        String problem = RegionCodes.problem(regionCode, country);
        if (problem != null) {
            errors.add(new FieldError("regionCode", problem));
        }
        return errors;
    }
}
