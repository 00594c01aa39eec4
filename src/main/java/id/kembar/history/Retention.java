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
import java.util.List;

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

    /**
     * Removes the feed's changes from its start up to the first one recorded {@code retention} ago or later (those
     * that committed out of the order of their times a little later); returns how many records.
     */
    @Transactional
    int prune(Duration retention) {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(retention);
        long pruned = ((Number)
                        em.createNativeQuery("select pruned_through from change_retention where id = 1 for update")
                                .getSingleResult())
                .longValue();
        // the sequence's index from the last removed on, to the first change to keep
        List<?> firstKept = em.createNativeQuery(
                        "select sequence from change_record where sequence > ?1 and recorded_at >= ?2 order by sequence"
                                + " fetch first 1 rows only")
                .setParameter(1, pruned)
                .setParameter(2, cutoff)
                .getResultList();
        Number last = firstKept.isEmpty()
                ? (Number) em.createNativeQuery("select max(sequence) from change_record")
                        .getSingleResult()
                : ((Number) firstKept.get(0)).longValue() - 1;
        if (last == null || last.longValue() <= pruned) {
            return 0;
        }
        long through = last.longValue();
        em.createNativeQuery("update change_retention set pruned_through = ?1 where id = 1")
                .setParameter(1, through)
                .executeUpdate();
        int removed = em.createNativeQuery("delete from change_record where sequence > ?1 and sequence <= ?2")
                .setParameter(1, pruned)
                .setParameter(2, through)
                .executeUpdate();
        Log.infof("Removed %d audit records older than %s (kembar.history.retention)", removed, retention);
        return removed;
    }
}
