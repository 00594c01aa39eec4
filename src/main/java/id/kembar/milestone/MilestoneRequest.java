package id.kembar.milestone;

import id.kembar.common.problem.FieldError;
import id.kembar.common.time.PartialDate;
import id.kembar.common.validation.CrossFieldRules;
import id.kembar.common.validation.WebUrl;
import id.kembar.partnership.Side;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A milestone as a client writes it (create or replace).")
@CrossFieldRules
public record MilestoneRequest(
        @Schema(description = "What kind of step or event this is.", example = "AGREEMENT_SIGNED") @NotNull
                MilestoneType type,
        @Schema(description = "A short title.", example = "Agreement of Friendship signed", maxLength = 300)
                @NotBlank
                @Size(max = 300)
                String title,
        @Schema(description = "What happened or is to happen.", maxLength = 10000) @Size(max = 10000)
                String description,
        @Schema(description = "Whether it is planned, achieved, missed or cancelled.", example = "ACHIEVED") @NotNull
                MilestoneStatus status,
        @Schema(
                        description =
                                "When it is due; required for a PLANNED milestone. As a deadline it passes only after its "
                                        + "last day (`2026` is overdue from 2027-01-01).",
                        example = "2026-03")
                PartialDate targetDate,
        @Schema(
                        description =
                                "When it happened, where known; only for an ACHIEVED milestone, never in the future.",
                        example = "2016-11-18")
                PartialDate occurrenceDate,
        @Schema(description = "Where it took place.") Side side,
        @Schema(description = "The place, such as a city or venue.", example = "Kisarazu", maxLength = 300)
                @Size(max = 300)
                String placeName,
        @Schema(
                        description = "The number of the document that records it.",
                        example = "119/1234/KS/2016",
                        maxLength = 100)
                @Size(max = 100)
                String documentNumber,
        @Schema(
                        description = "Where the document can be read, an absolute http(s) URL.",
                        format = "uri",
                        pattern = WebUrl.PATTERN,
                        maxLength = 2000,
                        example = "https://jdih.kotabogor.go.id/dokumen/kerjasama-kisarazu.pdf")
                @Size(max = 2000)
                @WebUrl
                String documentUrl,
        @Schema(description = "The sector program of the same partnership this milestone belongs to, if any.")
                UUID sectorProgramId,
        @Schema(description = "The actors involved (each once).", maxItems = 50, uniqueItems = true) @Size(max = 50)
                List<@NotNull UUID> actorIds)
        implements CrossFieldRules.Checked {

    public MilestoneRequest {
        actorIds = actorIds == null ? List.of() : actorIds;
    }

    @Override
    public List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (status == MilestoneStatus.PLANNED && targetDate == null) {
            errors.add(new FieldError("targetDate", "is required for a PLANNED milestone"));
        }
        if (status != null && status != MilestoneStatus.ACHIEVED && occurrenceDate != null) {
            errors.add(new FieldError("occurrenceDate", "is only for an ACHIEVED milestone"));
        }
        if (new HashSet<>(actorIds).size() < actorIds.size()) {
            errors.add(new FieldError("actorIds", "must not name an actor twice"));
        }
        return errors;
    }
}
