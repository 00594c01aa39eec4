package id.kembar.actor;

import id.kembar.common.persistence.Criteria;
import id.kembar.common.persistence.ListParameter;
import id.kembar.common.persistence.Total;
import id.kembar.common.problem.FieldError;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.SortFields;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ActorRepository implements PanacheRepositoryBase<Actor, UUID> {

    static final SortFields SORT = SortFields.of(
            "a",
            "name",
            "name",
            "a.nameKey",
            "kind",
            "a.kind",
            "country",
            "a.country",
            "regionCode",
            "a.regionCode",
            "createdAt",
            "a.createdAt",
            "updatedAt",
            "a.updatedAt");

    private final ActorCounts counts;

    ActorRepository(ActorCounts counts) {
        this.counts = counts;
    }

    /** The actor, or a 404. */
    public Actor require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("actor", id));
    }

    /**
     * The actor as its representation shows it, its alternative names (a row each, in their order) and its parent's
     * summary included, in one query of values; or a 404.
     */
    ActorResponse requireShown(UUID id) {
        List<Object[]> rows = getEntityManager()
                .createQuery(
                        "select " + ActorRow.SELECT + ", n from Actor a " + ActorRow.JOINS
                                + " left join a.alternativeNames n where a.id = :id order by index(n)",
                        Object[].class)
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("actor", id);
        }
        return ActorMapper.toResponse(
                (ActorRow) rows.get(0)[0],
                rows.stream().map(r -> (String) r[1]).filter(Objects::nonNull).toList());
    }

    /**
     * The actor a request refers to in {@code field}: null when the id is absent, and null with an error for the 400
     * when no actor has it. It is locked against deletion until the transaction ends, see {@link #referenced(Collection,
     * LockModeType)}.
     */
    public Actor referenced(UUID id, String field, List<FieldError> errors) {
        return id == null ? null : pick(referenced(List.of(id), LockModeType.PESSIMISTIC_READ), id, field, errors);
    }

    /**
     * The actor of {@code id} among those {@link #referenced(Collection, LockModeType)} found: null when the id is
     * absent, and null with an error for the 400 when no actor has it.
     */
    public static Actor pick(Map<UUID, Actor> found, UUID id, String field, List<FieldError> errors) {
        Actor actor = id == null ? null : found.get(id);
        if (id != null && actor == null) {
            errors.add(new FieldError(field, "no actor with id " + id));
        }
        return actor;
    }

    /**
     * The actors a write is about to refer to, by id (those that name no actor are missing), each locked until the
     * transaction ends: a delete of one of them ({@link #lock}) waits for this write and then finds its reference, or
     * this write waits for the delete and finds the actor gone. No write may depend on the database's foreign keys for
     * this, as they do not hold under concurrency everywhere (H2 checks them against what its snapshot shows). With
     * {@code PESSIMISTIC_WRITE} writers that refer to the same actor also take turns. The rows are locked in the order
     * of their ids, so that two writers cannot deadlock on them.
     */
    public Map<UUID, Actor> referenced(Collection<UUID> ids, LockModeType mode) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ListParameter.query(
                        getEntityManager(),
                        "select a from Actor a where a.id in :ids order by a.id",
                        Actor.class,
                        "ids",
                        ids)
                .setLockMode(mode)
                .getResultStream()
                .collect(Collectors.toMap(Actor::id, Function.identity()));
    }

    /**
     * The actor, locked until the transaction ends, or a 404: the first step of a delete, so that no write refers to
     * the actor while the delete looks for references to it (see {@link #referenced(Collection, LockModeType)}).
     */
    Actor lock(UUID id) {
        Actor actor = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (actor == null) {
            throw ProblemException.notFound("actor", id);
        }
        return actor;
    }

    /** A page of actors; the total from the kept counts when the filter asks for countries and kinds at most. */
    Page<Actor> search(ActorFilter filter, PageRequest page) {
        Criteria criteria = new Criteria()
                .text(
                        filter.q,
                        "a.name",
                        "a.notes",
                        "exists (select 1 from Actor x join x.alternativeNames n where x = a and lower(n) like ? escape '\\')")
                .in("a.governmentLevel", filter.governmentLevel)
                .regionCode("a.regionCode", filter.regionCode)
                .equal("a.regionCodeKnown", filter.regionCodeKnown)
                .equal("a.parent.id", filter.parentId)
                .since("a.updatedAt", filter.updatedSince);
        Total total = criteria.isEmpty() ? counts.total(filter) : Total.counted();
        return criteria.in("a.kind", filter.kind)
                .in("a.country", filter.country)
                .page(
                        getEntityManager(),
                        Actor.class,
                        "a",
                        "left join fetch a.parent",
                        page.pinnedFirst(pinned(filter)),
                        total);
    }

    /** One country pins the first column of the (country, name) index (V10), which the default order follows. */
    private static String pinned(ActorFilter filter) {
        return filter.country != null && Set.copyOf(filter.country).size() == 1 ? "a.country" : null;
    }
}
