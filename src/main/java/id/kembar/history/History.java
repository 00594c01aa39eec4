package id.kembar.history;

import id.kembar.access.Caller;
import id.kembar.access.Callers;
import id.kembar.access.Role;
import id.kembar.common.KembarConfig;
import id.kembar.common.persistence.Criteria;
import id.kembar.common.problem.FieldError;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.SortFields;
import io.quarkus.runtime.Startup;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads the audit history of a partnership (with its records) or of an actor; nothing ever changes it. */
// created at start-up, so that a wrong kembar.history.readers stops the start instead of the first history request
@Startup
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class History {

    /** Newest first; the changes of one moment in the order they were written. */
    static final SortFields SORT =
            SortFields.of("r", "-changedAt", "changedAt", "r.recordedAt").tiesBy("r.id");

    private final EntityManager em;
    private final AuditTrail trail;
    private final Callers callers;
    private final Set<Role> readers;

    History(EntityManager em, AuditTrail trail, Callers callers, KembarConfig config) {
        this.em = em;
        this.trail = trail;
        this.callers = callers;
        this.readers = readers(config.history().readers().orElse(List.of()));
    }

    /** The roles of {@code kembar.history.readers}; a name that is no role stops the start. */
    static Set<Role> readers(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            roles.add(Role.named(name.strip())
                    .orElseThrow(() -> new IllegalStateException("kembar.history.readers: " + name
                            + " is no role; give some of " + Arrays.toString(Role.values()))));
        }
        return roles;
    }

    Page<HistoryEntry> ofPartnership(UUID id, HistoryFilter filter, PageRequest page, URI base) {
        return of("r.partnershipId", id, "partnership", filter, page, base);
    }

    Page<HistoryEntry> ofActor(UUID id, HistoryFilter filter, PageRequest page, URI base) {
        return of("r.resourceId", id, "actor", filter, page, base);
    }

    private Page<HistoryEntry> of(String key, UUID id, String what, HistoryFilter filter, PageRequest page, URI base) {
        requireReader();
        boolean known = !em.createQuery(
                        "select r.id from ChangeRecord r where " + key + " = :id"
                                + ("actor".equals(what) ? " and r.resourceType = 'ACTOR'" : ""),
                        Long.class)
                .setParameter("id", id)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (!known && !exists(what, id)) {
            throw ProblemException.notFound(what, id);
        }
        if (filter.changedFrom != null && filter.changedTo != null && filter.changedFrom.isAfter(filter.changedTo)) {
            throw ProblemException.invalid(List.of(new FieldError("changedTo", "must not be before changedFrom")));
        }
        Criteria criteria = new Criteria().equal(key, id).in("r.resourceType", filter.resourceType);
        if ("actor".equals(what)) {
            criteria.equal("r.resourceType", ResourceType.ACTOR);
        }
        if (filter.changedBy != null) {
            criteria.where(
                    "(r.authorName = :author or r.authorSubject = :author or r.authorApiKeyId = :author)",
                    Map.of("author", filter.changedBy));
        }
        criteria.since("r.recordedAt", filter.changedFrom);
        if (filter.changedTo != null) {
            criteria.where("r.recordedAt <= :changedTo", Map.of("changedTo", filter.changedTo));
        }
        return criteria.page(em, ChangeRecord.class, "r", "", page).map(record -> toEntry(record, base));
    }

    /**
     * Whether the partnership or actor is there (its records may all be older than the retention): read from its table,
     * since the features that own them write their history through this one.
     */
    private boolean exists(String what, UUID id) {
        return !em.createNativeQuery(
                        "select id from " + ("actor".equals(what) ? "actor" : "partnership") + " where id = ?1")
                .setParameter(1, id)
                .getResultList()
                .isEmpty();
    }

    private void requireReader() {
        if (readers.isEmpty()) {
            return;
        }
        Caller caller = callers.current();
        if (caller.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (readers.stream().noneMatch(caller::has)) {
            throw new ForbiddenException("The audit history is read by "
                    + readers.stream().map(Role::name).collect(Collectors.joining(", ")) + " only");
        }
    }

    private HistoryEntry toEntry(ChangeRecord record, URI base) {
        List<Role> roles = record.authorRoles == null || record.authorRoles.isEmpty()
                ? List.of()
                : Arrays.stream(record.authorRoles.split(","))
                        .map(Role::valueOf)
                        .toList();
        return new HistoryEntry(
                record.resourceType,
                record.resourceId,
                record.partnershipId,
                record.operation,
                record.version,
                record.recordedAt,
                new HistoryEntry.ChangedBy(
                        record.authorKind,
                        record.authorName,
                        record.authorSubject,
                        record.authorClientId,
                        record.authorApiKeyId,
                        roles),
                record.requestId,
                record.causeType == null ? null : new HistoryEntry.Cause(record.causeType, record.causeId),
                trail.fieldsOf(record.changes),
                href(base, record));
    }

    /** Where the record of a change is read: {@code base} is the API's ({@code …/api/v1}). */
    static URI href(URI base, ChangeRecord record) {
        String root = base.toString().replaceAll("/+$", "");
        return URI.create(root + record.resourceType.path(record.resourceId, record.partnershipId));
    }
}
