package id.kembar.history;

import id.kembar.access.AuthorKind;
import id.kembar.access.Role;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a record in its audit history. */
@Schema(description = "One change of a record: what changed, to which version, when, by whom and in which request.")
public record HistoryEntry(
        @Schema(required = true, description = "The kind of record that changed.") ResourceType resourceType,
        @Schema(required = true, description = "The record's id.") UUID resourceId,
        @Schema(description = "The partnership the record belongs to (a partnership's own id); null for an actor.")
                UUID partnershipId,
        @Schema(required = true, description = "What the change did to the record.") ChangeOperation operation,
        @Schema(
                        required = true,
                        description = "The record's version after the change; for a deletion, its last version.",
                        example = "3")
                long version,
        @Schema(required = true, description = "When the change was committed.") OffsetDateTime changedAt,
        @Schema(required = true, description = "Who made the change.") ChangedBy changedBy,
        @Schema(description = "The request that made the change (its X-Request-Id); null for the service's own.")
                String requestId,
        @Schema(
                        description =
                                "The change of another record that this one followed from: the milestone that moved "
                                        + "a partnership's stage, the partnership whose deletion took its records along, the actor "
                                        + "whose new name a partnership shows. Null for the request's own change.")
                Cause cause,
        @Schema(
                        required = true,
                        description =
                                "The fields that changed, with their values before and after (for a new record all "
                                        + "its fields, for a deleted one its last state). Empty for a write that changed nothing, "
                                        + "and for records that existed before the history began.")
                List<FieldChange> changes,
        @Schema(
                        required = true,
                        description = "Where the record is read (a 404 once it is deleted).",
                        example =
                                "https://kembar.kemendagri.go.id/api/v1/partnerships/0b7c5a1e-3f7d-4c55-9a42-6f1d8e2b9c10")
                URI href) {

    @Schema(description = "Who made a change.")
    public record ChangedBy(
            @Schema(
                            required = true,
                            description =
                                    "TOKEN: a bearer token of the identity provider; API_KEY: an API key; SERVICE: "
                                            + "Kembar itself (demo data, values that change with time, records that existed before "
                                            + "the history began).")
                    AuthorKind kind,
            @Schema(description = "The token's user name (or subject), the API key's name, or `kembar`.") String name,
            @Schema(description = "The token's subject.") String subject,
            @Schema(description = "The client the token was issued to (`azp`).") String clientId,
            @Schema(description = "The key id of the API key.") String apiKeyId,
            @Schema(required = true, description = "The roles the caller held.") List<Role> roles) {}

    @Schema(description = "The change another change followed from.")
    public record Cause(
            @Schema(required = true, description = "The kind of record whose change it was.") ResourceType resourceType,
            @Schema(required = true, description = "That record's id.") UUID resourceId) {}
}
