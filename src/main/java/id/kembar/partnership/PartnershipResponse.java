package id.kembar.partnership;

import id.kembar.actor.ActorSummary;
import id.kembar.common.time.PartialDate;
import id.kembar.common.web.Versioned;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Descriptions of the fields a {@link PartnershipRequest} also has are taken from it in the contract. */
@Schema(description = "A partnership between an Indonesian regional government and a foreign partner.")
public record PartnershipResponse(
        UUID id,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String title,
        PartnershipType type,
        UUID localGovernmentId,
        @Schema(required = true, description = "The local government, for convenience.") ActorSummary localGovernment,
        UUID partnerId,
        @Schema(required = true, description = "The partner, for convenience.") ActorSummary partner,
        String description,
        String objectives,
        PartialDate validFrom,
        PartialDate validUntil,
        String referenceNumber) implements Versioned {
}
