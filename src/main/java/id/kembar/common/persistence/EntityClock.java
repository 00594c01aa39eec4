package id.kembar.common.persistence;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The service's one clock, as entities see it: {@code createdAt} and {@code updatedAt} are read from the same Clock
 * bean as "today" of the finding rules, so that a record written on a day is dated that day by both (a test that
 * fixes the day dates its writes by it too). Entities are not beans, so the clock is handed to them once, when the
 * service starts, before any request.
 */
@Singleton
public class EntityClock {

    private static volatile Clock clock = Clock.systemUTC();

    void use(@Observes @Priority(1) StartupEvent started, Clock serviceClock) {
        clock = serviceClock;
    }

    /** Now in UTC, to the microsecond that the database keeps, so that the answer to a write equals a later read. */
    static OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MICROS);
    }
}
