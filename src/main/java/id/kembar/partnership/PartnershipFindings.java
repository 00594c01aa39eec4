package id.kembar.partnership;

import id.kembar.common.persistence.Criteria;
import id.kembar.common.persistence.Total;
import java.util.Collection;

/**
 * The current findings of partnerships and the kept counts, as the partnership list needs them. The rules look into
 * milestones and programs, so they live in the finding package, which implements this: the partnership package knows
 * no children.
 */
public interface PartnershipFindings {

    /** Brings kept findings that the passing of days has made stale up to today; before any read of them. */
    void ensureCurrent();

    /** Keeps only the partnerships at {@code alias} that have any of these findings today. */
    Criteria restrict(Criteria criteria, String alias, Collection<FindingCode> codes);

    /**
     * Keeps only the partnerships at {@code alias} that have this finding today, read through the kept findings, whose
     * index holds the title order: for a list in that order, which then reads the page's rows from that index instead
     * of testing each partnership in title order for a finding that few have.
     */
    Criteria restrictInTitleOrder(Criteria criteria, String alias, FindingCode code);

    /** How many partnerships the filter matches, from the kept counts, when they can tell. */
    Total count(PartnershipFilter filter);
}
