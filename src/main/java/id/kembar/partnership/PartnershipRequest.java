package id.kembar.partnership;

import id.kembar.common.problem.FieldError;
import id.kembar.common.time.PartialDate;
import id.kembar.common.validation.CrossFieldRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A partnership as a client writes it (create or replace).")
@CrossFieldRules
public record PartnershipRequest(
        @Schema(description = "A short title.", example = "Sister City Tangerang Selatan - Daejeon", maxLength = 300)
                @NotBlank
                @Size(max = 300)
                String title,
        @Schema(description = "The kind of partnership (Permendagri 25/2020).", example = "SISTER_CITY") @NotNull
                PartnershipType type,
        @Schema(
                        description =
                                "The Indonesian side: a GOVERNMENT actor in ID (a PROVINCE for SISTER_PROVINCE, a CITY "
                                        + "or REGENCY for SISTER_CITY).")
                @NotNull
                UUID localGovernmentId,
        @Schema(description = "The foreign side: an actor outside ID (a GOVERNMENT unless the type is INSTITUTIONAL).")
                @NotNull
                UUID partnerId,
        @Schema(description = "What the partnership is about.", maxLength = 10000) @Size(max = 10000)
                String description,
        @Schema(description = "What it is meant to achieve.", maxLength = 10000) @Size(max = 10000) String objectives,
        @Schema(description = "When the agreement took effect.", example = "2016") PartialDate validFrom,
        @Schema(description = "When the agreement ends; after validFrom.", example = "2021") PartialDate validUntil,
        @Schema(
                        description = "The agreement's reference number, as the parties wrote it.",
                        maxLength = 100,
                        example = "119/1234/KS/2016")
                @Size(max = 100)
                String referenceNumber)
        implements CrossFieldRules.Checked {

    @Override
    public List<FieldError> crossFieldErrors() {
        if (validFrom != null && validUntil != null && !validUntil.firstDay().isAfter(validFrom.firstDay())) {
            return List.of(new FieldError("validUntil", "must be after validFrom"));
        }
        return List.of();
    }
}
