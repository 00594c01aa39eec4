package id.kembar.participant;

import id.kembar.actor.ActorSummary;
import id.kembar.common.web.Versioned;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Descriptions of the fields a {@link ParticipantRequest} also has are taken from it in the contract. */
@Schema(description = "An actor taking part in a partnership in one role.")
public record ParticipantResponse(
        UUID id,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(required = true, description = "The partnership.") UUID partnershipId,
        UUID actorId,
        @Schema(required = true, description = "The actor, for convenience.") ActorSummary actor,
        ParticipantRole role,
        String note)
        implements Versioned {}
