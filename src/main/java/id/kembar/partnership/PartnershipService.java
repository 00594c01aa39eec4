package id.kembar.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import id.kembar.access.Access;
import id.kembar.actor.Actor;
import id.kembar.actor.ActorRepository;
import id.kembar.common.problem.FieldError;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.text.WordCounts;
import id.kembar.common.validation.RequestValidator;
import id.kembar.common.web.ETags;
import id.kembar.common.web.MergePatch;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.history.AuditTrail;
import id.kembar.history.Change;
import id.kembar.history.ResourceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
@Transactional
public class PartnershipService {

    private final PartnershipRepository partnerships;
    private final ActorRepository actors;
    private final RequestValidator validator;
    private final MergePatch mergePatch;
    private final PartnershipFindings findings;
    private final DerivedValues derived;
    private final Access access;
    private final AuditTrail trail;
    private final Event<PartnershipDeleting> deleting;
    private final WordCounts words;

    PartnershipService(
            PartnershipRepository partnerships,
            ActorRepository actors,
            RequestValidator validator,
            MergePatch mergePatch,
            PartnershipFindings findings,
            DerivedValues derived,
            Access access,
            AuditTrail trail,
            Event<PartnershipDeleting> deleting,
            WordCounts words) {
        this.partnerships = partnerships;
        this.actors = actors;
        this.validator = validator;
        this.mergePatch = mergePatch;
        this.findings = findings;
        this.derived = derived;
        this.access = access;
        this.trail = trail;
        this.deleting = deleting;
        this.words = words;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<PartnershipResponse> list(PartnershipFilter filter, PageRequest page) {
        findings.ensureCurrent();
        return partnerships.search(filter, page).map(PartnershipMapper::toItem);
    }

    // a read of one record needs no transaction (the request-scoped session reads it); sparing it is most of the cost
    @Transactional(Transactional.TxType.SUPPORTS)
    PartnershipResponse get(UUID id) {
        return PartnershipMapper.toResponse(partnerships.requireRow(id));
    }

    // A write locks the partnership first and keeps what is derived from it (its type, sides and term make findings
    // and counts) in the same transaction; a new one is its own transaction's until it commits.

    public PartnershipResponse create(PartnershipRequest request) {
        Partnership partnership = new Partnership();
        write(partnership, request);
        partnerships.persist(partnership);
        words.count(partnership);
        derived.update(partnership);
        PartnershipResponse created = PartnershipMapper.toResponse(partnership);
        trail.record(
                Change.created(ResourceType.PARTNERSHIP, created).in(partnership.id(), partnership.localRegionCode()));
        return created;
    }

    PartnershipResponse replace(UUID id, PartnershipRequest request, String ifMatch) {
        Partnership partnership = access.lockToWrite(id);
        PartnershipResponse before = PartnershipMapper.toResponse(partnership);
        ETags.checkIfMatch(ifMatch, () -> before);
        List<Object> inputs = partnership.derivationInputs();
        write(partnership, request);
        words.count(partnership);
        updateDerived(partnership, inputs);
        return updated(partnership, before);
    }

    PartnershipResponse patch(UUID id, JsonNode patch, String ifMatch) {
        Partnership partnership = access.lockToWrite(id);
        PartnershipResponse before = PartnershipMapper.toResponse(partnership);
        ETags.checkIfMatch(ifMatch, () -> before);
        List<Object> inputs = partnership.derivationInputs();
        write(partnership, mergePatch.apply(PartnershipMapper.toRequest(partnership), patch, PartnershipRequest.class));
        words.count(partnership);
        updateDerived(partnership, inputs);
        return updated(partnership, before);
    }

    private PartnershipResponse updated(Partnership partnership, PartnershipResponse before) {
        PartnershipResponse after = PartnershipMapper.toResponse(partnership);
        trail.record(Change.updated(ResourceType.PARTNERSHIP, before, after)
                .in(partnership.id(), partnership.localRegionCode())
                .movedFrom(before.localGovernment().regionCode()));
        return after;
    }

    /** Its participants, milestones and sector programs go with it (the schema cascades the delete). */
    void delete(UUID id, String ifMatch) {
        Partnership partnership = access.lockToWrite(id);
        PartnershipResponse before = PartnershipMapper.toResponse(partnership);
        ETags.checkIfMatch(ifMatch, () -> before);
        trail.record(Change.deleted(ResourceType.PARTNERSHIP, before).in(id, partnership.localRegionCode()));
        words.removedWithPartnership(id);
        deleting.fire(new PartnershipDeleting(partnership));
        derived.remove(partnership);
        partnerships.delete(partnership);
        partnerships.flush();
    }

    /**
     * Computes what is derived from the partnership again, unless the write left everything it depends on as it was;
     * then writes the change, so that the response shows its new version.
     */
    private void updateDerived(Partnership partnership, List<Object> inputsBefore) {
        if (!partnership.derivationInputs().equals(inputsBefore)) {
            derived.update(partnership);
        }
        partnerships.flush();
    }

    private void write(Partnership partnership, PartnershipRequest request) {
        List<FieldError> errors = validator.check(request);
        boolean keepsParties = partnership.localGovernment() != null
                && partnership.localGovernment().id().equals(request.localGovernmentId())
                && partnership.partner().id().equals(request.partnerId())
                && partnership.type() == request.type();
        // Both sides of new parties locked, exclusively: registrations of the same two parties take turns, so that the
        // second finds the first below (a 409 naming it) instead of running into the database's unique constraint, and
        // a delete of either waits for this write. A write that keeps its parties and type needs neither: this
        // partnership already refers to them and holds their registration, and its lock orders it with an actor's
        // write (which locks the partnerships the actor is a side of before it writes the actor).
        Map<UUID, Actor> sides = new HashMap<>();
        if (keepsParties) {
            sides.put(partnership.localGovernment().id(), partnership.localGovernment());
            sides.put(partnership.partner().id(), partnership.partner());
        } else {
            sides.putAll(actors.referenced(
                    Stream.of(request.localGovernmentId(), request.partnerId())
                            .filter(Objects::nonNull)
                            .toList(),
                    LockModeType.PESSIMISTIC_WRITE));
        }
        Actor local = ActorRepository.pick(sides, request.localGovernmentId(), "localGovernmentId", errors);
        Actor partner = ActorRepository.pick(sides, request.partnerId(), "partnerId", errors);
        errors.addAll(PartnershipRules.check(request.type(), local, partner));
        RequestValidator.throwIfAny(errors);
        access.toPlace(local);
        if (!keepsParties) {
            rejectDuplicate(partnership, request.type(), local, partner);
        }
        PartnershipMapper.apply(request, local, partner, partnership);
    }

    /** A 409 naming the other partnership of this type between the two sides, when one is registered. */
    private void rejectDuplicate(Partnership partnership, PartnershipType type, Actor local, Actor partner) {
        partnerships.findSame(local.id(), partner.id(), type, partnership.id()).ifPresent(existing -> {
            throw ProblemException.duplicate(
                    "A " + type + " partnership between " + local.name() + " and " + partner.name()
                            + " is already registered: " + existing.id(),
                    existing.id());
        });
    }
}
