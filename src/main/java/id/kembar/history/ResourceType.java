package id.kembar.history;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kinds of record whose changes Kembar keeps, and where each is read. */
@Schema(description = "The kind of record a change is of.")
public enum ResourceType {
    PARTNERSHIP,
    ACTOR,
    PARTICIPANT,
    MILESTONE,
    SECTOR_PROGRAM;

    /** The record's path under the API's base ({@code /partnerships/{id}/milestones/{id}}). */
    String path(UUID id, UUID partnershipId) {
        return switch (this) {
            case PARTNERSHIP -> "/partnerships/" + id;
            case ACTOR -> "/actors/" + id;
            case PARTICIPANT -> "/partnerships/" + partnershipId + "/participants/" + id;
            case MILESTONE -> "/partnerships/" + partnershipId + "/milestones/" + id;
            case SECTOR_PROGRAM -> "/partnerships/" + partnershipId + "/sector-programs/" + id;
        };
    }
}
