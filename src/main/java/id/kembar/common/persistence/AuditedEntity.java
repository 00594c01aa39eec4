package id.kembar.common.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

    @PrePersist
    void onCreate() {
        createdAt = now();
        updatedAt = createdAt;
    }

    // the database keeps microseconds; truncating here makes the response to a write equal a later read
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
