package id.kembar.history;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the change feed: which record changed, how, to which version, and where to read it. */
@Schema(description = "A change of a record, in the order of the commits: read the record at href to copy it.")
public record ChangeItem(
        @Schema(required = true, description = "The kind of record that changed.") ResourceType resourceType,
        @Schema(required = true, description = "The record's id.") UUID resourceId,
        @Schema(description = "The partnership the record belongs to (a partnership's own id); null for an actor.")
                UUID partnershipId,
        @Schema(required = true, description = "What the change did to the record.") ChangeOperation operation,
        @Schema(
                        required = true,
                        description =
                                "The record's version after the change (its ETag); for a deletion, its last version.",
                        example = "2")
                long version,
        @Schema(required = true, description = "When the change was committed.") OffsetDateTime changedAt,
        @Schema(
                        required = true,
                        description = "Where the record is read (a 404 once it is deleted).",
                        example =
                                "https://kembar.kemendagri.go.id/api/v1/partnerships/0b7c5a1e-3f7d-4c55-9a42-6f1d8e2b9c10")
                URI href) {}
