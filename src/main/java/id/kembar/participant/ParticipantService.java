package id.kembar.participant;

import com.fasterxml.jackson.databind.JsonNode;
import id.kembar.access.Access;
import id.kembar.actor.Actor;
import id.kembar.actor.ActorRepository;
import id.kembar.common.problem.FieldError;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.validation.RequestValidator;
import id.kembar.common.web.ETags;
import id.kembar.common.web.MergePatch;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.history.AuditTrail;
import id.kembar.history.Change;
import id.kembar.history.ResourceType;
import id.kembar.partnership.Partnership;
import id.kembar.partnership.PartnershipDeleting;
import id.kembar.partnership.PartnershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ParticipantService {

    private final ParticipantRepository participants;
    private final PartnershipRepository partnerships;
    private final Access access;
    private final ActorRepository actors;
    private final RequestValidator validator;
    private final MergePatch mergePatch;
    private final AuditTrail trail;

    ParticipantService(
            ParticipantRepository participants,
            PartnershipRepository partnerships,
            Access access,
            ActorRepository actors,
            RequestValidator validator,
            MergePatch mergePatch,
            AuditTrail trail) {
        this.participants = participants;
        this.partnerships = partnerships;
        this.access = access;
        this.actors = actors;
        this.validator = validator;
        this.mergePatch = mergePatch;
        this.trail = trail;
    }

    /** Across partnerships, or of one when {@code partnershipId} is given (an unknown one simply matches nothing). */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<ParticipantResponse> list(UUID partnershipId, ParticipantFilter filter, PageRequest page) {
        return participants.search(partnershipId, filter, page).map(ParticipantMapper::toResponse);
    }

    /** The participants of one partnership; 404 when it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<ParticipantResponse> listOf(UUID partnershipId, ParticipantFilter filter, PageRequest page) {
        partnerships.require(partnershipId);
        return list(partnershipId, filter, page);
    }

    // a read of one record needs no transaction (the request-scoped session reads it); sparing it is most of the cost
    @Transactional(Transactional.TxType.SUPPORTS)
    ParticipantResponse get(UUID partnershipId, UUID id) {
        return ParticipantMapper.toResponse(participants.require(partnershipId, id));
    }

    // Every write locks the partnership first: writes of its participants take turns, so that a duplicate is found by
    // the look-up below (a 409 naming the existing one) rather than by the database's unique constraint, and none is
    // added to a partnership being deleted.

    public ParticipantResponse create(UUID partnershipId, ParticipantRequest request) {
        Partnership partnership = access.lockToWrite(partnershipId);
        Participant participant = new Participant();
        write(partnership, participant, request);
        participants.persist(participant);
        participants.flush();
        ParticipantResponse created = ParticipantMapper.toResponse(participant);
        trail.record(
                Change.created(ResourceType.PARTICIPANT, created).in(partnershipId, partnership.localRegionCode()));
        return created;
    }

    ParticipantResponse replace(UUID partnershipId, UUID id, ParticipantRequest request, String ifMatch) {
        Partnership partnership = access.lockToWrite(partnershipId);
        Participant participant = participants.require(partnershipId, id);
        ParticipantResponse before = ParticipantMapper.toResponse(participant);
        ETags.checkIfMatch(ifMatch, () -> before);
        write(participant.partnership, participant, request);
        participants.flush();
        return updated(partnership, before, participant);
    }

    ParticipantResponse patch(UUID partnershipId, UUID id, JsonNode patch, String ifMatch) {
        Partnership partnership = access.lockToWrite(partnershipId);
        Participant participant = participants.require(partnershipId, id);
        ParticipantResponse before = ParticipantMapper.toResponse(participant);
        ETags.checkIfMatch(ifMatch, () -> before);
        write(
                participant.partnership,
                participant,
                mergePatch.apply(ParticipantMapper.toRequest(participant), patch, ParticipantRequest.class));
        participants.flush();
        return updated(partnership, before, participant);
    }

    private ParticipantResponse updated(Partnership partnership, ParticipantResponse before, Participant participant) {
        ParticipantResponse after = ParticipantMapper.toResponse(participant);
        trail.record(Change.updated(ResourceType.PARTICIPANT, before, after)
                .in(partnership.id(), partnership.localRegionCode()));
        return after;
    }

    void delete(UUID partnershipId, UUID id, String ifMatch) {
        Partnership partnership = access.lockToWrite(partnershipId);
        Participant participant = participants.require(partnershipId, id);
        ParticipantResponse before = ParticipantMapper.toResponse(participant);
        ETags.checkIfMatch(ifMatch, () -> before);
        participants.delete(participant);
        participants.flush();
        trail.record(Change.deleted(ResourceType.PARTICIPANT, before).in(partnershipId, partnership.localRegionCode()));
    }

    /** Records the deletion of the partnership's records of this kind, which the schema deletes with it. */
    void followDeletion(@Observes PartnershipDeleting deleting) {
        Partnership partnership = deleting.partnership();
        for (Participant deleted : participants.list("partnership.id", partnership.id())) {
            trail.record(Change.deleted(ResourceType.PARTICIPANT, ParticipantMapper.toResponse(deleted))
                    .in(partnership.id(), partnership.localRegionCode())
                    .followingFrom());
            // the database deletes it with the partnership: the session must not hold on to it
            participants.getEntityManager().detach(deleted);
        }
    }

    private void write(Partnership partnership, Participant participant, ParticipantRequest request) {
        List<FieldError> errors = validator.check(request);
        Actor actor = actors.referenced(request.actorId(), "actorId", errors);
        RequestValidator.throwIfAny(errors);
        participants
                .findSame(partnership.id(), actor.id(), request.role(), participant.id())
                .ifPresent(existing -> {
                    throw ProblemException.duplicate(
                            "This actor already takes part in this partnership as " + request.role() + ": "
                                    + existing.id(),
                            existing.id());
                });
        ParticipantMapper.apply(request, partnership, actor, participant);
    }
}
