package id.kembar.access;

import id.kembar.common.KembarConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Failed authentications per client address in a fixed window, in this instance's memory: an address over the limit
 * gets a 429 for every request with credentials until its window has passed, so that guessing keys or replaying stolen
 * tokens is slow. Bounded: beyond {@value #ADDRESSES} addresses, windows that have passed are dropped, then all.
 * Several instances count separately; a proxy in front of them limits across them (README "Identity and access").
 */
@ApplicationScoped
public class FailedAuthentications {

    static final int ADDRESSES = 10_000;

    private record Window(long start, int failures) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int allowed;
    private final long windowNanos;
    private final LongSupplier clock;

    @Inject
    FailedAuthentications(KembarConfig config) {
        this(
                config.auth().failedAttempts().allowed(),
                config.auth().failedAttempts().window(),
                System::nanoTime);
    }

    FailedAuthentications(int allowed, Duration window, LongSupplier clock) {
        this.allowed = allowed;
        this.windowNanos = window.toNanos();
        this.clock = clock;
    }

    public void failed(String address) {
        long now = clock.getAsLong();
        if (windows.size() >= ADDRESSES) {
            windows.values().removeIf(w -> now - w.start() >= windowNanos);
            if (windows.size() >= ADDRESSES) {
                windows.clear();
            }
        }
        windows.merge(
                address,
                new Window(now, 1),
                (old, one) -> now - old.start() >= windowNanos ? one : new Window(old.start(), old.failures() + 1));
    }

    /** How long the address must wait, when it has failed too often in its current window. */
    public Optional<Duration> blocked(String address) {
        Window window = windows.get(address);
        if (window == null || window.failures() < allowed) {
            return Optional.empty();
        }
        long left = windowNanos - (clock.getAsLong() - window.start());
        return left > 0 ? Optional.of(Duration.ofNanos(left)) : Optional.empty();
    }
}
