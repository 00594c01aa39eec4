package id.kembar.history;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives the committed change records their place in the change feed: in one short transaction that holds
 * {@code change_counter}'s row lock, the records without a number get the next ones, in the order of their ids, and
 * the counter moves to the last. A record is numbered only once its own transaction has committed (before, no other
 * transaction sees it), and a run sees every record committed before it: so a number, once visible, never has a
 * smaller one appear after it, on every instance that shares the database. Writers never wait for one another for it:
 * the counter is locked only by these runs.
 *
 * <p>A run precedes every read of the feed (so that a reader sees everything committed before it asked), follows a
 * commit of this instance while requests wait for changes (several commits in a row share one), and serves the waiting
 * requests' poll (which numbers what other instances committed). A run commits durably, so writes do not trigger one
 * when nobody waits: the feed's readers pay for the numbers, not the writers.
 */
@ApplicationScoped
class Sequencer {

    private static final int BATCH = 1000;

    private final EntityManager em;
    private final ChangeSignal signal;
    private final AtomicInteger requested = new AtomicInteger();

    Sequencer(EntityManager em, ChangeSignal signal) {
        this.em = em;
        this.signal = signal;
    }

    /** After a commit with change records: a run on a worker thread, unless one is already due. */
    void soon() {
        if (requested.getAndIncrement() == 0) {
            Infrastructure.getDefaultWorkerPool().execute(this::runWhileRequested);
        }
    }

    private void runWhileRequested() {
        do {
            requested.set(1);
            try {
                number();
            } catch (RuntimeException e) {
                Log.warn("Numbering the change records failed; the next feed read does it", e);
            }
        } while (requested.decrementAndGet() > 0);
    }

    // what other instances committed, for the requests waiting on this one: only while some wait
    @Scheduled(
            every = "${kembar.history.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = NobodyWaits.class)
    void poll() {
        number();
    }

    @ApplicationScoped
    static class NobodyWaits implements Scheduled.SkipPredicate {

        private final ChangeSignal signal;

        NobodyWaits(ChangeSignal signal) {
            this.signal = signal;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return signal.nobodyWaits();
        }
    }

    /** Numbers every committed record that has no number yet; returns the last number given. */
    long number() {
        long last;
        do {
            last = QuarkusTransaction.requiringNew().call(this::numberBatch);
        } while (last < 0);
        signal.committed(last);
        return last;
    }

    /** One batch; the last number given, negated when more records wait. */
    private long numberBatch() {
        if (em.createNativeQuery("select id from change_record where sequence is null")
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            return lastNumber();
        }
        long last = ((Number) em.createNativeQuery("select last_sequence from change_counter where id = 1 for update")
                        .getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from change_record where sequence is null order by id")
                .setMaxResults(BATCH)
                .getResultList();
        for (Number id : ids) {
            em.createNativeQuery("update change_record set sequence = ?1 where id = ?2")
                    .setParameter(1, ++last)
                    .setParameter(2, id.longValue())
                    .executeUpdate();
        }
        em.createNativeQuery("update change_counter set last_sequence = ?1 where id = 1")
                .setParameter(1, last)
                .executeUpdate();
        return ids.size() == BATCH ? -last : last;
    }

    private long lastNumber() {
        return ((Number) em.createNativeQuery("select last_sequence from change_counter where id = 1")
                        .getSingleResult())
                .longValue();
    }
}
