package id.kembar.assessment;

import id.kembar.common.time.PartialDate;
import id.kembar.partnership.Side;
import id.kembar.program.ProgramStatus;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partial date counts as its first day when it says when something happened, as its last day as a deadline. */
@Schema(description = "Measures of a partnership as of a day.")
public record Indicators(
        @Schema(
                        description = "Days since the last achieved milestone with a date (absent when none has one).",
                        example = "412")
                Long daysSinceLastAchievedMilestone,
        @Schema(description = "When that milestone happened.", example = "2025-10")
                PartialDate lastAchievedMilestoneDate,
        @Schema(required = true, description = "Planned milestones whose target has passed.", example = "1")
                long overdueMilestones,
        @Schema(required = true, description = "The number of sector programs in each status (every status listed).")
                Map<ProgramStatus, Long> programsByStatus,
        @Schema(
                        description =
                                "Programs in progress or completed over programs agreed or later (AGREED, IN_PROGRESS, "
                                        + "COMPLETED, STALLED, CANCELLED); absent when there are none.",
                        example = "0.5",
                        minimum = "0",
                        maximum = "1")
                Double implementationRate,
        @Schema(
                        required = true,
                        description = "Programs agreed, in progress or stalled without a budget.",
                        example = "2")
                long programsWithoutBudget,
        @Schema(
                        required = true,
                        description = "Programs agreed, in progress or stalled without a lead agency.",
                        example = "2")
                long programsWithoutLeadAgency,
        @Schema(
                        required = true,
                        description = "Activities by where they took place: programs in progress or completed "
                                + "and achieved visits, meetings and activities, each with a side (every side listed).")
                Map<Side, Long> activitiesBySide,
        @Schema(
                        description =
                                "(LOCAL - PARTNER) / all activities with a side: 1 when all are on our side, -1 when all "
                                        + "are on the partner's; absent when no activity has a side.",
                        example = "1",
                        minimum = "-1",
                        maximum = "1")
                Double reciprocityBalance,
        @Schema(
                        description =
                                "Days until the agreement's validUntil ends (its last day); negative when it has ended, "
                                        + "absent when there is no validUntil.",
                        example = "120")
                Long daysUntilAgreementEnds) {}
