package id.kembar.common.time;

import id.kembar.common.KembarConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** Today's date where Kembar's users are (kembar.time-zone), from the injectable clock. */
@ApplicationScoped
public class Today {

    private final Clock clock;
    private final KembarConfig config;

    Today(Clock clock, KembarConfig config) {
        this.clock = clock;
        this.config = config;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(config.timeZone()));
    }

    /** The present moment where Kembar's users are: its date is {@link #date()}. */
    public ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(config.timeZone()));
    }
}
