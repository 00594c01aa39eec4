package id.kembar.history;

import id.kembar.common.KembarConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wakes the feed requests that wait for a change ({@code wait=}) whenever the {@link Sequencer} has numbered new
 * changes: at once after a commit of this instance, and within {@code kembar.history.poll-every} after one of another
 * instance on the same database (one run serves every waiting request). At most {@code kembar.history.max-waiting} requests wait at once; they hold no thread
 * and no database connection while they do.
 */
@ApplicationScoped
public class ChangeSignal {

    private final AtomicLong latest = new AtomicLong(-1);
    private final Set<CompletableFuture<Long>> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicInteger admitted = new AtomicInteger();
    private final KembarConfig config;

    ChangeSignal(KembarConfig config) {
        this.config = config;
    }

    /** A transaction committed changes numbered up to {@code sequence}. */
    void committed(long sequence) {
        if (latest.accumulateAndGet(sequence, Math::max) == sequence) {
            waiting.forEach(waiter -> waiter.complete(sequence));
        }
    }

    /** Takes a place among the waiting requests; false when all are taken. Give it back with {@link #leave}. */
    boolean enter() {
        if (admitted.incrementAndGet() > config.history().maxWaiting()) {
            admitted.decrementAndGet();
            return false;
        }
        return true;
    }

    void leave() {
        admitted.decrementAndGet();
    }

    /**
     * Completes with the latest sequence number known as soon as one above {@code seen} is committed, or with null
     * after {@code timeout}.
     */
    Uni<Long> after(long seen, Duration timeout) {
        CompletableFuture<Long> waiter = new CompletableFuture<>();
        waiting.add(waiter);
        long now = latest.get();
        if (now > seen) {
            waiter.complete(now);
        }
        return Uni.createFrom()
                .completionStage(waiter)
                .ifNoItem()
                .after(timeout)
                .recoverWithItem((Long) null)
                .onTermination()
                .invoke(() -> waiting.remove(waiter));
    }

    boolean nobodyWaits() {
        return waiting.isEmpty();
    }
}
