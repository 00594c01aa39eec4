package id.kembar.finding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The day the rules are applied on, and the first later day on which a comparison they made with it would come out
 * differently: until then their result holds (so kept findings need no work while time passes), from then on it must
 * be computed again. Every comparison of a date with the day goes through here, so none can be forgotten.
 */
final class Horizon {

    private final LocalDate day;
    private LocalDate changesOn;

    Horizon(LocalDate day) {
        this.day = day;
    }

    LocalDate day() {
        return day;
    }

    /** The first day after {@link #day()} on which a comparison made so far changes its outcome; null if none can. */
    LocalDate changesOn() {
        return changesOn;
    }

    /**
     * {@code date} is before the day moved by {@code offsetDays}. Once true it stays true as days pass; while false
     * it turns true on the day after {@code date - offsetDays}.
     */
    boolean before(LocalDate date, long offsetDays) {
        LocalDate bound = day.plusDays(offsetDays);
        if (date.isBefore(bound)) {
            return true;
        }
        LocalDate turns = day.plusDays(ChronoUnit.DAYS.between(bound, date) + 1);
        if (changesOn == null || turns.isBefore(changesOn)) {
            changesOn = turns;
        }
        return false;
    }

    /** {@code date} is the day or earlier. */
    boolean onOrBefore(LocalDate date) {
        return before(date, 1);
    }
}
