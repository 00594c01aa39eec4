package id.kembar.finding;

import id.kembar.partnership.FindingCode;
import id.kembar.program.Obstacle;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A problem found in a partnership, as of a day.")
public record Finding(
        @Schema(required = true, description = "What kind of problem it is.") FindingCode code,
        @Schema(required = true, description = "How urgent it is.") FindingSeverity severity,
        @Schema(
                        required = true,
                        description = "The problem in words, in the language asked for with "
                                + "`Accept-Language` (`en` or `id`).",
                        example = "No milestone achieved for 3612 days; the last was \"MoU signed\" (2016).")
                String message,
        @Schema(
                        required = true,
                        description = "The ids of the records that caused it: milestones, sector programs, "
                                + "or the partnership itself (for its agreement's term).")
                List<UUID> recordIds,
        @Schema(description = "For PROGRAMS_NOT_IMPLEMENTED: the obstacles those programs met.")
                List<Obstacle> obstacles) {}
