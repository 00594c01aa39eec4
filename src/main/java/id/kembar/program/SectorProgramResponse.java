package id.kembar.program;

import id.kembar.actor.ActorSummary;
import id.kembar.common.money.Money;
import id.kembar.common.time.PartialDate;
import id.kembar.common.web.Versioned;
import id.kembar.partnership.Side;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Descriptions of the fields a {@link SectorProgramRequest} also has are taken from it in the contract. */
@Schema(description = "A program of a partnership in one sector, with its status, budget and obstacles.")
public record SectorProgramResponse(
        UUID id,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(required = true, description = "The partnership.") UUID partnershipId,
        Sector sector,
        String title,
        String description,
        ProgramStatus status,
        UUID leadAgencyId,
        @Schema(description = "The lead agency, for convenience.") ActorSummary leadAgency,
        Money budget,
        Side side,
        @Schema(required = true) List<Obstacle> obstacles,
        String obstacleNote,
        PartialDate startDate,
        PartialDate endDate,
        String outcomes)
        implements Versioned {}
