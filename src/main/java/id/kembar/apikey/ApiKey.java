package id.kembar.apikey;

import id.kembar.access.Role;
import id.kembar.common.persistence.AuditedEntity;
import jakarta.persistence.Entity;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.OptimisticLock;

/** A key a script or another system calls with; only a hash of its secret is kept ({@link ApiKeySecrets}). */
@Entity
public class ApiKey extends AuditedEntity {

    String keyId;

    String name;

    /** Role names, separated by spaces. */
    String roles;

    /** Kemendagri region codes, separated by spaces; null for none. */
    String regions;

    String secretHash;

    OffsetDateTime expiresAt;

    String createdBy;

    OffsetDateTime revokedAt;

    String revokedBy;

    // written at most once a minute by the requests that use the key, without a version of its own
    @OptimisticLock(excluded = true)
    OffsetDateTime lastUsedAt;

    public String keyId() {
        return keyId;
    }

    public String name() {
        return name;
    }

    public Set<Role> roles() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(" ")).map(Role::valueOf).forEach(held::add);
        return held;
    }

    public Set<String> regions() {
        return regions == null ? Set.of() : new TreeSet<>(List.of(regions.split(" ")));
    }

    /** Why a request may not use the key now (revoked or expired), or null when it may. */
    public String unusableBecause(OffsetDateTime now) {
        if (revokedAt != null) {
            return "revoked";
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return "expired";
        }
        return null;
    }

    void define(String name, Set<Role> roles, Set<String> regions, OffsetDateTime expiresAt, String createdBy) {
        this.name = name;
        this.roles = String.join(" ", roles.stream().sorted().map(Role::name).toList());
        this.regions = regions.isEmpty() ? null : String.join(" ", new TreeSet<>(regions));
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    void secret(String keyId, String secretHash) {
        this.keyId = keyId;
        this.secretHash = secretHash;
    }

    void revoke(OffsetDateTime at, String by) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
            touch();
        }
    }
}
