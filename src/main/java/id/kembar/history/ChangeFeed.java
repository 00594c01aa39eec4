package id.kembar.history;

import id.kembar.common.problem.ProblemException;
import id.kembar.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;

/**
 * Reads the change feed: the changes after a cursor in the order of their sequence numbers, which is the order of the
 * commits ({@link AuditTrail}). Writes that changed nothing are in the history only.
 */
@ApplicationScoped
class ChangeFeed {

    private final EntityManager em;
    private final Sequencer sequencer;

    ChangeFeed(EntityManager em, Sequencer sequencer) {
        this.em = em;
        this.sequencer = sequencer;
    }

    /**
     * A page of the feed after a cursor ({@link Cursor#OLDEST}: from the oldest kept change), with every change
     * committed before the request in it (numbered first).
     */
    Read read(long cursor, ChangeQuery query) {
        sequencer.number();
        return page(cursor, query);
    }

    /** A page of the feed, and the sequence number up to which it has seen every committed change. */
    record Read(List<ChangeRecord> records, long seen, boolean hasMore) {}

    @Transactional
    Read page(long cursor, ChangeQuery query) {
        Object[] counter = (Object[]) em.createNativeQuery(
                        "select c.last_sequence, r.pruned_through from change_counter c, change_retention r "
                                + "where c.id = 1 and r.id = 1")
                .getSingleResult();
        // every number up to the counter's committed value is given, to committed records, and no smaller one will be
        // given later: the Sequencer moves the counter in the transaction that gives the numbers
        long committed = ((Number) counter[0]).longValue();
        long pruned = ((Number) counter[1]).longValue();
        long after = cursor == Cursor.OLDEST ? pruned : cursor;
        if (after < pruned) {
            throw ProblemException.of(
                    ProblemType.CURSOR_EXPIRED,
                    "Changes after this cursor are no longer kept (kembar.history.retention); copy the records again "
                            + "and follow the feed from the cursor of a request made before copying");
        }
        if (after > committed) {
            throw ProblemException.invalid(
                    "after",
                    "is ahead of the last change of this registry: it comes from another Kembar database, or from "
                            + "before the database was restored from a backup; copy the records again");
        }
        StringBuilder where = new StringBuilder("r.sequence > :after and r.changed = true");
        if (query.resourceType != null && !query.resourceType.isEmpty()) {
            where.append(" and r.resourceType in :types");
        }
        if (query.localRegionCode != null) {
            where.append(
                    query.isProvince()
                            ? " and (r.province = :region or r.previousProvince = :region)"
                            : " and (r.regionCode = :region or r.previousRegionCode = :region)");
        }
        // the number of rows written out (1 to 1001), as a list's page size is (application.properties, plan-reuse)
        TypedQuery<ChangeRecord> found = em.createQuery(
                        "select r from ChangeRecord r where " + where + " order by r.sequence fetch first "
                                + (query.limit + 1) + " rows only",
                        ChangeRecord.class)
                .setParameter("after", after);
        if (query.resourceType != null && !query.resourceType.isEmpty()) {
            found.setParameter("types", query.resourceType);
        }
        if (query.localRegionCode != null) {
            found.setParameter("region", query.localRegionCode);
        }
        List<ChangeRecord> records = found.getResultList();
        boolean hasMore = records.size() > query.limit;
        List<ChangeRecord> page = hasMore ? records.subList(0, query.limit) : records;
        long last = page.isEmpty() ? after : page.get(page.size() - 1).sequence;
        // a full page ends at its last change; a page that holds the rest has seen every committed change
        long seen = hasMore ? last : Math.max(last, committed);
        return new Read(List.copyOf(page), seen, hasMore);
    }

    static ChangeItem toItem(ChangeRecord record, URI base) {
        return new ChangeItem(
                record.resourceType,
                record.resourceId,
                record.partnershipId,
                record.operation,
                record.version,
                record.recordedAt,
                History.href(base, record));
    }
}
