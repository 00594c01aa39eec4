package id.kembar.program;

import id.kembar.common.money.Money;
import id.kembar.common.problem.FieldError;
import id.kembar.common.time.PartialDate;
import id.kembar.common.validation.CrossFieldRules;
import id.kembar.partnership.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A sector program as a client writes it (create or replace).")
@CrossFieldRules
public record SectorProgramRequest(
        @Schema(description = "The sector of the program.") @NotNull Sector sector,
        @Schema(description = "A short title.", example = "Blueberry farming", maxLength = 300)
                @NotBlank
                @Size(max = 300)
                String title,
        @Schema(description = "What the program is.", maxLength = 10000) @Size(max = 10000) String description,
        @Schema(description = "Where the program stands.") @NotNull ProgramStatus status,
        @Schema(description = "The agency that leads the program (an actor), if one was named.") UUID leadAgencyId,
        @Schema(description = "The budget allocated, if any; absent means no budget.") @Valid Money budget,
        @Schema(description = "Where the program's activities take place.") Side side,
        @Schema(
                        description = "What held the program back; at least one for a STALLED or CANCELLED program.",
                        example = "[\"CLIMATE_OR_GEOGRAPHY\"]",
                        uniqueItems = true)
                List<@NotNull Obstacle> obstacles,
        @Schema(
                        description = "The obstacles in words.",
                        maxLength = 10000,
                        example = "Bogor's climate and geography do not suit blueberries")
                @Size(max = 10000)
                String obstacleNote,
        @Schema(description = "When the program started or is to start.", example = "2016-11") PartialDate startDate,
        @Schema(description = "When the program ended or is to end; not before startDate.", example = "2018")
                PartialDate endDate,
        @Schema(description = "What the program achieved.", maxLength = 10000) @Size(max = 10000) String outcomes)
        implements CrossFieldRules.Checked {

    public SectorProgramRequest {
        obstacles = obstacles == null ? List.of() : obstacles;
    }

    @Override
    public List<FieldError> crossFieldErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (status != null && ProgramStatus.NEEDS_OBSTACLE.contains(status) && obstacles.isEmpty()) {
            errors.add(new FieldError("obstacles", "must name at least one obstacle for a " + status + " program"));
        }
        if (new HashSet<>(obstacles).size() < obstacles.size()) {
            errors.add(new FieldError("obstacles", "must not name an obstacle twice"));
        }
        if (startDate != null && endDate != null && endDate.firstDay().isBefore(startDate.firstDay())) {
            errors.add(new FieldError("endDate", "must not be before startDate"));
        }
        return errors;
    }
}
