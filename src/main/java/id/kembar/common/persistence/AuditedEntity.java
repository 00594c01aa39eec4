package id.kembar.common.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What every resource carries (API-GUIDE "Shape"): a server-generated id, a version for ETags, and timestamps. */
@MappedSuperclass
public abstract class AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;

    @Version
    private long version;

    private OffsetDateTime createdAt;

    private OffsetDateTime updatedAt;

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /**
     * Called on every write through the API, so that a change to a collection alone (which Hibernate versions but
     * does not report as an update of the row) still moves {@code updatedAt} and the version. It is the only thing that
     * moves {@code updatedAt}: values the service keeps on a row for its own queries (excluded from the version, such as
     * a partnership's copies of its sides) are written without changing what a client sees of it.
     */
    public void touch() {
        updatedAt = now();
    }

    /**
     * After a write through the API: moves {@code updatedAt}, and with it the version, only when what the client
     * wrote differs from what was stored ({@code before}, null for a new record). A write that changes nothing (the
     * same PUT twice) leaves both as they are, so that other clients holding the ETag get no needless 412.
     */
    public void touchIfChanged(Object before, Object after) {
        if (before == null || !before.equals(after)) {
            touch();
        }
    }

    /**
     * Puts {@code values} into an entity's collection only when its content differs: Hibernate versions a collection
     * that was cleared and filled again even with the same elements.
     */
    public static <T> void replace(Collection<T> collection, Collection<? extends T> values) {
        boolean same = collection instanceof Set<?>
                ? collection.size() == values.size() && collection.containsAll(values)
                : List.copyOf(collection).equals(List.copyOf(values));
        if (!same) {
            collection.clear();
            collection.addAll(values);
        }
    }

    @PrePersist
    void onCreate() {
        createdAt = now();
        updatedAt = createdAt;
    }

    private static OffsetDateTime now() {
        return EntityClock.now();
    }
}
