package id.kembar.common.time;

import id.kembar.common.problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * The ranges of partial dates a list is filtered by ({@code …From}, {@code …To}): one whose end comes before its start
 * can select nothing and is the caller's mistake, a 400 naming its end (as the histories answer an inverted range of
 * moments), not an empty page. A range that ends within its start's month or year is not inverted: {@code
 * validFromFrom=2021-06-15&validFromTo=2021-06} selects the second half of June.
 */
public final class DateRanges {

    private final List<FieldError> errors = new ArrayList<>();

    public DateRanges range(String fromName, PartialDate from, String toName, PartialDate to) {
        if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
            errors.add(new FieldError(toName, "must not be before " + fromName + " (" + from + ")"));
        }
        return this;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
