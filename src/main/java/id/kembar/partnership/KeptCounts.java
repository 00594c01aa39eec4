package id.kembar.partnership;

import id.kembar.common.persistence.Total;
import id.kembar.common.time.PartialDate;
import java.util.Collection;
import java.util.List;

/**
 * Counts kept on write for each scope of partnerships (all of them, a province, a partner country): how many
 * milestones and programs they have, in all and by kind. A list whose filter asks no more than a scope and one kind
 * takes its total from them instead of counting rows. The finding package keeps them (its tally); these are the names
 * of what it keeps.
 */
public interface KeptCounts {

    String MILESTONES = "milestones";
    String MILESTONE_TYPE = "milestoneType";
    String MILESTONE_STATUS = "milestoneStatus";
    /** Milestones by status and the year of their target date: {@code milestoneTarget:PLANNED:2027}. */
    String MILESTONE_TARGET = "milestoneTarget";

    String PROGRAMS = "programs";
    String SECTOR = "sector";
    String PROGRAM_STATUS = "programStatus";
    String OBSTACLE = "obstacle";
    String PROGRAMS_WITHOUT_BUDGET = "programsWithoutBudget";
    String PROGRAMS_WITHOUT_LEAD = "programsWithoutLead";

    /** A kind of record: a dimension and its value, such as {@code milestoneType:VISIT}. */
    static String measure(String dimension, Object value) {
        return dimension + ":" + value;
    }

    /**
     * A kind of record in a year (1000 to 9999, four digits, so that the keys of one kind sort as their years do):
     * {@code milestoneTarget:PLANNED:2027}, or {@code validFrom:2019} without a value.
     */
    static String yearly(String dimension, Object value, int year) {
        return measure(dimension, value) + ":" + fourDigits(year);
    }

    static String yearly(String dimension, int year) {
        return measure(dimension, fourDigits(year));
    }

    // a partial date's year has four digits; String.format was 4% of a list request's CPU with a range of years
    private static String fourDigits(int year) {
        if (year < PartialDate.FIRST_YEAR || year > PartialDate.LAST_YEAR) {
            throw new IllegalArgumentException("not a year of four digits: " + year);
        }
        return Integer.toString(year);
    }

    /** Every measure from {@code low} to {@code high} in the order of their keys (the years of one kind). */
    record Range(String low, String high) {}

    /**
     * These ranges of measures summed over the partnerships in the scope (a list's total), or counted when the counts
     * do not hold them there. The ranges must not overlap.
     */
    Total sum(PartnershipScope scope, List<Range> ranges);

    /**
     * These measures summed over the partnerships in the scope (a list's total), or counted when the counts do not hold
     * the scope (a city or regency, or a province and partner countries at once). The measures must not overlap (values
     * of one dimension).
     */
    Total sum(PartnershipScope scope, Collection<String> measures);

    /** The measures of these values of a dimension, each value once. */
    static List<String> measures(String dimension, Collection<?> values) {
        return values.stream().distinct().map(v -> measure(dimension, v)).toList();
    }
}
