package id.kembar.actor;

import com.fasterxml.jackson.databind.JsonNode;
import id.kembar.access.Access;
import id.kembar.common.persistence.ReferenceQuery;
import id.kembar.common.problem.FieldError;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.problem.Reference;
import id.kembar.common.validation.RequestValidator;
import id.kembar.common.web.ETags;
import id.kembar.common.web.MergePatch;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.history.AuditTrail;
import id.kembar.history.Change;
import id.kembar.history.ResourceType;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ActorService {

    private final ActorRepository actors;
    private final RequestValidator validator;
    private final MergePatch mergePatch;
    private final List<ActorReferences> references;
    private final Event<ActorChanged> changed;
    private final Access access;
    private final AuditTrail trail;
    private final RegionRules regionRules;
    private final ActorCounts counts;

    /** The fields whose errors say that the region code cannot be judged against the lists yet. */
    private static final Set<String> REGION_FIELDS = Set.of("kind", "country", "governmentLevel", "regionCode");

    ActorService(
            ActorRepository actors,
            RequestValidator validator,
            MergePatch mergePatch,
            @All List<ActorReferences> references,
            Event<ActorChanged> changed,
            Access access,
            AuditTrail trail,
            RegionRules regionRules,
            ActorCounts counts) {
        this.actors = actors;
        this.validator = validator;
        this.mergePatch = mergePatch;
        this.references = references;
        this.changed = changed;
        this.access = access;
        this.trail = trail;
        this.regionRules = regionRules;
        this.counts = counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<ActorResponse> list(ActorFilter filter, PageRequest page) {
        return actors.search(filter, page).map(ActorMapper::toResponse);
    }

    // a read of one record needs no transaction (the request-scoped session reads it); sparing it is most of the cost
    @Transactional(Transactional.TxType.SUPPORTS)
    ActorResponse get(UUID id) {
        return actors.requireShown(id);
    }

    public ActorResponse create(ActorRequest request) {
        Actor actor = new Actor();
        write(actor, request);
        actors.persist(actor);
        actors.flush();
        counts.added(actor);
        ActorResponse created = ActorMapper.toResponse(actor);
        trail.record(Change.created(ResourceType.ACTOR, created).in(null, regionOf(actor)));
        return created;
    }

    ActorResponse replace(UUID id, ActorRequest request, String ifMatch) {
        Actor actor = actors.require(id);
        access.toWrite(actor);
        ActorResponse before = ActorMapper.toResponse(actor);
        ETags.checkIfMatch(ifMatch, () -> before);
        String regionBefore = regionOf(actor);
        ActorSummary summaryBefore = ActorSummary.of(actor);
        write(actor, request);
        announceChange(summaryBefore, actor);
        actors.flush();
        return updated(actor, before, summaryBefore, regionBefore);
    }

    ActorResponse patch(UUID id, JsonNode patch, String ifMatch) {
        Actor actor = actors.require(id);
        access.toWrite(actor);
        ActorResponse before = ActorMapper.toResponse(actor);
        ETags.checkIfMatch(ifMatch, () -> before);
        String regionBefore = regionOf(actor);
        ActorSummary summaryBefore = ActorSummary.of(actor);
        write(actor, mergePatch.apply(ActorMapper.toRequest(actor), patch, ActorRequest.class));
        announceChange(summaryBefore, actor);
        actors.flush();
        return updated(actor, before, summaryBefore, regionBefore);
    }

    private ActorResponse updated(Actor actor, ActorResponse before, ActorSummary summaryBefore, String regionBefore) {
        counts.changed(actor, summaryBefore.country(), summaryBefore.kind());
        ActorResponse after = ActorMapper.toResponse(actor);
        trail.record(Change.updated(ResourceType.ACTOR, before, after)
                .in(null, regionOf(actor))
                .movedFrom(regionBefore));
        return after;
    }

    /** Where an actor lies for the change feed's region filter: an Indonesian actor's region. */
    private static String regionOf(Actor actor) {
        return actor.isIndonesian() ? actor.regionCode() : null;
    }

    /**
     * What other resources show of the actor changed: they follow in this transaction (see {@link ActorChanged}). They
     * are locked before the actor's row is written, in the order of every other write that refers to an actor (the
     * partnership first, then the actor), so that the two cannot deadlock.
     */
    private void announceChange(ActorSummary before, Actor actor) {
        if (!before.equals(ActorSummary.of(actor))) {
            changed.fire(new ActorChanged(actor.id(), before, ActorSummary.of(actor)));
        }
    }

    void delete(UUID id, String ifMatch) {
        Actor actor = actors.lock(id);
        access.toWrite(actor);
        ActorResponse before = ActorMapper.toResponse(actor);
        ETags.checkIfMatch(ifMatch, () -> before);
        List<Reference> found = new ArrayList<>();
        ReferenceQuery.find(actors.getEntityManager(), "actors", "Actor a", "a.parent.id = :id", id)
                .ifPresent(found::add);
        references.stream().map(r -> r.to(id)).flatMap(Optional::stream).forEach(found::add);
        ProblemException.throwIfReferenced("actor", found);
        actors.delete(actor);
        actors.flush();
        counts.removed(actor);
        trail.record(Change.deleted(ResourceType.ACTOR, before).in(null, regionOf(actor)));
    }

    private void write(Actor actor, ActorRequest request) {
        List<FieldError> errors = validator.check(request);
        if (errors.stream().noneMatch(error -> REGION_FIELDS.contains(error.field()))) {
            errors.addAll(regionRules.check(request, actor));
        }
        Actor parent = actors.referenced(request.parentId(), "parentId", errors);
        if (parent != null && actor.id() != null && parent.isOrDescendsFrom(actor)) {
            errors.add(new FieldError("parentId", "would make the actor its own ancestor"));
        }
        RequestValidator.throwIfAny(errors);
        access.toRegister(request.country(), request.regionCode());
        ActorMapper.apply(request, parent, actor);
        actor.regionCodeKnown = regionRules.known(request.regionCode());
        actor.claimFor(access.registeringRegions());
    }
}
