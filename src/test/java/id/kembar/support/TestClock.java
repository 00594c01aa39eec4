package id.kembar.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the system clock, unless a test fixes "now" (and puts it back afterwards). Being a
 * Clock bean of its own, it takes the place of the application's default one in every {@code @QuarkusTest}.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant fixed;

    /** From now on the service's day is {@code day} (noon in Jakarta, so every Indonesian zone agrees). */
    public void fixAt(LocalDate day) {
        fixed = day.atTime(12, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return TestClock.this.withZone(other);
            }

            @Override
            public Instant instant() {
                return TestClock.this.instant();
            }
        };
    }
}
