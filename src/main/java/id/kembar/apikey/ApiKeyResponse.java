package id.kembar.apikey;

import id.kembar.access.Role;
import id.kembar.common.web.Versioned;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Descriptions of the fields an {@link ApiKeyRequest} also has are taken from it in the contract. */
@Schema(description = "An API key, without its secret (which only the response that created it shows).")
public record ApiKeyResponse(
        UUID id,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String name,
        List<Role> roles,
        @Schema(required = true) List<String> regions,
        OffsetDateTime expiresAt,
        @Schema(description = "Whether requests may use the key now.") ApiKeyStatus status,
        @Schema(
                        description = "The start of the key, `kmb_` and its id, by which its holder recognises it.",
                        example = "kmb_3f9c2a7d41b0e865")
                String prefix,
        @Schema(
                        description = "The whole key, to send as `X-API-Key`: in the response that created it only. "
                                + "Store it now; Kembar keeps only a hash of it and cannot show it again.",
                        example = "kmb_3f9c2a7d41b0e865_P3mYl0vW9sJx2cQe8fT1uZ4aRk6nBd7hLg5oVi0wEyN")
                String key,
        @Schema(description = "Who created the key.", example = "admin@kemendagri.go.id") String createdBy,
        @Schema(description = "When the key was last used, to the minute.") OffsetDateTime lastUsedAt,
        @Schema(description = "When the key was revoked.") OffsetDateTime revokedAt,
        @Schema(description = "Who revoked the key.") String revokedBy)
        implements Versioned {

    static ApiKeyResponse of(ApiKey key, String secretKey, OffsetDateTime now) {
        String unusable = key.unusableBecause(now);
        ApiKeyStatus status = unusable == null
                ? ApiKeyStatus.ACTIVE
                : unusable.equals("revoked") ? ApiKeyStatus.REVOKED : ApiKeyStatus.EXPIRED;
        return new ApiKeyResponse(
                key.id(),
                key.version(),
                key.createdAt(),
                key.updatedAt(),
                key.name,
                key.roles().stream().sorted().toList(),
                List.copyOf(key.regions()),
                key.expiresAt,
                status,
                ApiKeySecrets.PREFIX + key.keyId,
                secretKey,
                key.createdBy,
                key.lastUsedAt,
                key.revokedAt,
                key.revokedBy);
    }
}
