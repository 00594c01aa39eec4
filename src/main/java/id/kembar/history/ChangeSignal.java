package id.kembar.history;

import id.kembar.common.KembarConfig;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wakes the feed requests that wait for a change ({@code wait=}): at once when this instance commits one, and within
 * {@code kembar.history.poll-every} when another instance on the same database does (then one query of the counter
 * serves every waiting request). At most {@code kembar.history.max-waiting} requests wait at once; they hold no thread
 * and no database connection while they do.
 */
@ApplicationScoped
public class ChangeSignal {

    private final AtomicLong latest = new AtomicLong(-1);
    private final Set<CompletableFuture<Long>> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicInteger admitted = new AtomicInteger();
    private final KembarConfig config;
    private final Instance<Sequencer> sequencer;

    ChangeSignal(KembarConfig config, Instance<Sequencer> sequencer) {
        this.config = config;
        this.sequencer = sequencer;
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

    // the changes other instances committed: read only while a request waits
    @Scheduled(
            every = "${kembar.history.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = NobodyWaits.class)
    void poll() {
        // numbers what any instance committed, and wakes the waiting requests with it
        sequencer.get().number();
    }

    boolean nobodyWaits() {
        return waiting.isEmpty();
    }

    boolean someoneWaits() {
        return !waiting.isEmpty();
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
}
