package id.kembar.common.time;

import java.util.Optional;

/** The whole years from {@code first} to {@code last}: what a range of partial dates covers when it falls on years. */
public record Years(int first, int last) {

    /**
     * The years the range from the first day of {@code from} to the last day of {@code to} covers, when each bound is
     * absent (then the range reaches the first or last year a partial date can have) or falls on a year's edge; empty
     * when either cuts a year (a month, a day within it).
     */
    public static Optional<Years> of(PartialDate from, PartialDate to) {
        if ((from != null && from.firstDay().getDayOfYear() != 1)
                || (to != null && to.lastDay().getDayOfYear() != to.lastDay().lengthOfYear())) {
            return Optional.empty();
        }
        return Optional.of(new Years(
                from == null ? PartialDate.FIRST_YEAR : from.firstDay().getYear(),
                to == null ? PartialDate.LAST_YEAR : to.lastDay().getYear()));
    }
}
