package id.kembar.actor;

import id.kembar.common.web.Versioned;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Descriptions of the fields an {@link ActorRequest} also has are taken from it in the contract. */
@Schema(description = "An organisation or person that takes part in partnerships.")
public record ActorResponse(
        UUID id,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        ActorKind kind,
        String name,
        @Schema(required = true) List<String> alternativeNames,
        String country,
        GovernmentLevel governmentLevel,
        String regionCode,
        UUID parentId,
        @Schema(description = "The parent actor, for convenience.") ActorSummary parent,
        String website,
        String email,
        String notes)
        implements Versioned {}
