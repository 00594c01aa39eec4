package id.kembar.participant;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of a participant list; repeating a parameter means "any of these". */
public class ParticipantFilter {

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Case-insensitive text search in the note and the actor's name.")
    public String q;

    @QueryParam("role")
    @Parameter(description = "Only participants in these roles (repeatable).")
    public List<ParticipantRole> role;

    @QueryParam("actorId")
    @Parameter(description = "Only this actor's participations.")
    public UUID actorId;

    @QueryParam("updatedSince")
    @Parameter(description = "Only participants changed at or after this moment (for synchronisation).")
    public OffsetDateTime updatedSince;
}
