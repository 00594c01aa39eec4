package id.kembar.access;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The window of failed authentications per address, on a clock the test moves. */
class FailedAuthenticationsTest {

    private final AtomicLong now = new AtomicLong();
    private final FailedAuthentications failures = new FailedAuthentications(2, Duration.ofSeconds(60), now::get);

    @Test
    void anAddressIsBlockedAfterItsFailuresUntilTheWindowHasPassed() {
        failures.failed("10.0.0.1");
        assertThat(failures.blocked("10.0.0.1").isPresent(), is(false));
        now.addAndGet(Duration.ofSeconds(20).toNanos());
        failures.failed("10.0.0.1");
        assertThat(failures.blocked("10.0.0.1"), equalTo(Optional.of(Duration.ofSeconds(40))));
        assertThat("others are not", failures.blocked("10.0.0.2").isPresent(), is(false));
        now.addAndGet(Duration.ofSeconds(40).toNanos());
        assertThat(failures.blocked("10.0.0.1").isPresent(), is(false));
        failures.failed("10.0.0.1");
        assertThat("a new window", failures.blocked("10.0.0.1").isPresent(), is(false));
    }

    @Test
    void theMemoryIsBounded() {
        for (int i = 0; i < FailedAuthentications.ADDRESSES + 10; i++) {
            failures.failed("10.1." + (i / 256) + "." + (i % 256));
            failures.failed("10.1." + (i / 256) + "." + (i % 256));
        }
        // the oldest addresses were forgotten, the newest are still counted
        assertThat(failures.blocked("10.1.0.0").isPresent(), is(false));
        int last = FailedAuthentications.ADDRESSES + 9;
        assertThat(failures.blocked("10.1." + (last / 256) + "." + (last % 256)).isPresent(), is(true));
    }
}
