package id.kembar.participant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An actor's role in a partnership, as a client writes it (create or replace).")
public record ParticipantRequest(
        @Schema(description = "The actor taking part.") @NotNull UUID actorId,
        @Schema(description = "The part the actor plays in this partnership.") @NotNull ParticipantRole role,
        @Schema(
                        description = "What the actor does in this role.",
                        maxLength = 2000,
                        example = "Initiated the partnership at the World Technopolis Association meeting")
                @Size(max = 2000)
                String note) {}
