package id.kembar.partnership;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

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
     * These measures summed over the partnerships in the scope, or empty when the counts do not hold the scope (a
     * city or regency, or a province and partner countries at once). The measures must not overlap (values of one
     * dimension).
     */
    OptionalLong sum(PartnershipScope scope, Collection<String> measures);

    /** The measures of these values of a dimension, each value once. */
    static List<String> measures(String dimension, Collection<?> values) {
        return values.stream().distinct().map(v -> measure(dimension, v)).toList();
    }
}
