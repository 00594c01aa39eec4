package id.kembar.partnership;

import id.kembar.common.persistence.Criteria;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The current findings of partnerships, as the partnership list needs them. The rules look into milestones and
 * programs, so they live in the finding package, which implements this: the partnership package knows no children.
 */
public interface PartnershipFindings {

    /** Keeps only the partnerships at {@code alias} that have any of these findings today. */
    Criteria restrict(Criteria criteria, String alias, Collection<FindingCode> codes);

    /** Today's finding codes of each of these partnerships, in a fixed number of queries whatever their number. */
    Map<UUID, List<FindingCode>> of(Collection<UUID> partnershipIds);
}
