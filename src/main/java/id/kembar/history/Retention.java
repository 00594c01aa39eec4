package id.kembar.history;

import id.kembar.common.KembarConfig;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Removes audit records and feed entries older than {@code kembar.history.retention} (unset: keeps them forever), once
 * a day and shortly after start-up, and notes the last one removed: a feed cursor before it is expired (410), since
 * changes after it are gone.
 */
@ApplicationScoped
class Retention {

    private final KembarConfig config;
    private final EntityManager em;
    private final Clock clock;

    Retention(KembarConfig config, EntityManager em, Clock clock) {
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(every = "24h", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        config.history().retention().ifPresent(this::prune);
    }

    /** Removes what was recorded longer than {@code retention} ago; returns how many records. */
    @Transactional
    int prune(Duration retention) {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(retention);
        Number through = (Number) em.createNativeQuery("select max(sequence) from change_record where recorded_at < ?1")
                .setParameter(1, cutoff)
                .getSingleResult();
        if (through == null) {
            return 0;
        }
        em.createNativeQuery("update change_retention set pruned_through = ?1 where id = 1 and pruned_through < ?1")
                .setParameter(1, through.longValue())
                .executeUpdate();
        int removed = em.createNativeQuery("delete from change_record where sequence <= ?1")
                .setParameter(1, through.longValue())
                .executeUpdate();
        Log.infof("Removed %d audit records older than %s (kembar.history.retention)", removed, retention);
        return removed;
    }
}
