package id.kembar.partnership;

import id.kembar.actor.ActorSummary;
import id.kembar.common.time.PartialDate;
import id.kembar.common.web.Versioned;
import java.time.OffsetDateTime;
import java.util.List;
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
        String referenceNumber,
        @Schema(
                        required = true,
                        description = "Where the partnership stands, derived from its achieved milestones "
                                + "(see PartnershipStage); never sent by a client.")
                PartnershipStage stage,
        @Schema(
                        description =
                                "Its finding codes today; in lists only (they change with time, not with the version, "
                                        + "so they are not part of a single partnership's ETag: its assessment has them with details).")
                List<FindingCode> findings)
        implements Versioned {}
