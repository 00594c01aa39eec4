package id.kembar.milestone;

import id.kembar.actor.ActorSummary;
import id.kembar.common.time.PartialDate;
import id.kembar.common.web.Versioned;
import id.kembar.partnership.Side;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Descriptions of the fields a {@link MilestoneRequest} also has are taken from it in the contract. */
@Schema(description = "A step or event in a partnership's timeline, planned or achieved.")
public record MilestoneResponse(
        UUID id,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(required = true, description = "The partnership.") UUID partnershipId,
        MilestoneType type,
        String title,
        String description,
        MilestoneStatus status,
        PartialDate targetDate,
        PartialDate occurrenceDate,
        Side side,
        String placeName,
        String documentNumber,
        String documentUrl,
        UUID sectorProgramId,
        @Schema(required = true) List<UUID> actorIds,
        @Schema(required = true, description = "The actors involved, for convenience, by name.")
                List<ActorSummary> actors)
        implements Versioned {}
