package id.kembar.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A kept result holds until the first day on which one of the comparisons behind it turns out differently. */
class HorizonTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-02");

    @Test
    void aComparisonThatHoldsKeepsHoldingAsDaysPass() {
        Horizon h = new Horizon(DAY);
        assertTrue(h.before(LocalDate.parse("2026-12-01"), 0));
        assertTrue(h.onOrBefore(DAY));
        assertNull(h.changesOn());
    }

    @Test
    void aComparisonThatFailsTurnsOnTheDayAfterItsBound() {
        Horizon h = new Horizon(DAY);
        // a target of 2026-12-31 is overdue from 2027-01-01
        assertFalse(h.before(LocalDate.parse("2026-12-31"), 0));
        assertEquals(LocalDate.parse("2027-01-01"), h.changesOn());
        // stagnant after 365 days: quiet since 2026-06-01, so from 2027-06-02
        Horizon stagnant = new Horizon(DAY);
        assertFalse(stagnant.before(LocalDate.parse("2026-06-01"), -365));
        assertEquals(LocalDate.parse("2027-06-02"), stagnant.changesOn());
    }

    @Test
    void theEarliestChangeCounts() {
        Horizon h = new Horizon(DAY);
        h.before(LocalDate.parse("2027-05-01"), 0);
        h.onOrBefore(LocalDate.parse("2026-12-03"));
        h.before(LocalDate.parse("2026-12-20"), 0);
        assertEquals(LocalDate.parse("2026-12-03"), h.changesOn());
        assertEquals(DAY, h.day());
    }
}
