package id.kembar.milestone;

import com.fasterxml.jackson.databind.JsonNode;
import id.kembar.access.Access;
import id.kembar.actor.Actor;
import id.kembar.actor.ActorRepository;
import id.kembar.actor.ActorSummary;
import id.kembar.common.problem.FieldError;
import id.kembar.common.text.WordCounts;
import id.kembar.common.validation.RequestValidator;
import id.kembar.common.web.ETags;
import id.kembar.common.web.MergePatch;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.history.AuditTrail;
import id.kembar.history.Change;
import id.kembar.history.ResourceType;
import id.kembar.partnership.DerivedValues;
import id.kembar.partnership.Partnership;
import id.kembar.partnership.PartnershipDeleting;
import id.kembar.partnership.PartnershipRepository;
import id.kembar.program.SectorProgram;
import id.kembar.program.SectorProgramRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class MilestoneService {

    private final MilestoneRepository milestones;
    private final PartnershipRepository partnerships;
    private final Access access;
    private final SectorProgramRepository programs;
    private final ActorRepository actors;
    private final RequestValidator validator;
    private final MergePatch mergePatch;
    private final Clock clock;
    private final DerivedValues derived;
    private final AuditTrail trail;
    private final WordCounts words;

    MilestoneService(
            MilestoneRepository milestones,
            PartnershipRepository partnerships,
            Access access,
            SectorProgramRepository programs,
            ActorRepository actors,
            RequestValidator validator,
            MergePatch mergePatch,
            Clock clock,
            DerivedValues derived,
            AuditTrail trail,
            WordCounts words) {
        this.milestones = milestones;
        this.partnerships = partnerships;
        this.access = access;
        this.programs = programs;
        this.actors = actors;
        this.validator = validator;
        this.mergePatch = mergePatch;
        this.clock = clock;
        this.derived = derived;
        this.trail = trail;
        this.words = words;
    }

    /** Across partnerships, or of one when {@code partnershipId} is given (an unknown one simply matches nothing). */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<MilestoneResponse> list(UUID partnershipId, MilestoneFilter filter, PageRequest page) {
        Page<MilestoneRow> rows = milestones.search(partnershipId, filter, page);
        Map<UUID, List<ActorSummary>> actors =
                milestones.actorsOf(rows.items().stream().map(MilestoneRow::id).toList());
        return rows.map(row -> MilestoneMapper.toItem(row, actors.getOrDefault(row.id(), List.of())));
    }

    /** The timeline of one partnership; 404 when it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<MilestoneResponse> listOf(UUID partnershipId, MilestoneFilter filter, PageRequest page) {
        partnerships.require(partnershipId);
        return list(partnershipId, filter, page);
    }

    // a read of one record needs no transaction (the request-scoped session reads it); sparing it is most of the cost
    @Transactional(Transactional.TxType.SUPPORTS)
    MilestoneResponse get(UUID partnershipId, UUID id) {
        return milestones.requireShown(partnershipId, id);
    }

    // Every write locks the partnership first and keeps its derived values (the stage among them) in the same
    // transaction: concurrent milestone writes take turns, each computing from what the one before committed.

    public MilestoneResponse create(UUID partnershipId, MilestoneRequest request) {
        Partnership partnership = access.lockToWrite(partnershipId);
        Milestone milestone = new Milestone();
        write(partnership, milestone, request);
        milestones.persist(milestone);
        derived.update(partnership);
        MilestoneResponse created = MilestoneMapper.toResponse(milestone);
        trail.record(Change.created(ResourceType.MILESTONE, created).in(partnershipId, partnership.localRegionCode()));
        return created;
    }

    MilestoneResponse replace(UUID partnershipId, UUID id, MilestoneRequest request, String ifMatch) {
        Partnership partnership = access.lockToWrite(partnershipId);
        Milestone milestone = milestones.require(partnershipId, id);
        MilestoneResponse before = MilestoneMapper.toResponse(milestone);
        ETags.checkIfMatch(ifMatch, () -> before);
        write(partnership, milestone, request);
        derived.update(partnership);
        return updated(partnership, before, milestone);
    }

    MilestoneResponse patch(UUID partnershipId, UUID id, JsonNode patch, String ifMatch) {
        Partnership partnership = access.lockToWrite(partnershipId);
        Milestone milestone = milestones.require(partnershipId, id);
        MilestoneResponse before = MilestoneMapper.toResponse(milestone);
        ETags.checkIfMatch(ifMatch, () -> before);
        write(
                partnership,
                milestone,
                mergePatch.apply(MilestoneMapper.toRequest(milestone), patch, MilestoneRequest.class));
        derived.update(partnership);
        return updated(partnership, before, milestone);
    }

    private MilestoneResponse updated(Partnership partnership, MilestoneResponse before, Milestone milestone) {
        MilestoneResponse after = MilestoneMapper.toResponse(milestone);
        trail.record(Change.updated(ResourceType.MILESTONE, before, after)
                .in(partnership.id(), partnership.localRegionCode()));
        return after;
    }

    void delete(UUID partnershipId, UUID id, String ifMatch) {
        Partnership partnership = access.lockToWrite(partnershipId);
        Milestone milestone = milestones.require(partnershipId, id);
        MilestoneResponse before = MilestoneMapper.toResponse(milestone);
        ETags.checkIfMatch(ifMatch, () -> before);
        words.removed(milestone);
        milestones.delete(milestone);
        derived.update(partnership);
        trail.record(Change.deleted(ResourceType.MILESTONE, before).in(partnershipId, partnership.localRegionCode()));
    }

    /** Records the deletion of the partnership's records of this kind, which the schema deletes with it. */
    void followDeletion(@Observes PartnershipDeleting deleting) {
        Partnership partnership = deleting.partnership();
        for (Milestone deleted : milestones.list("partnership.id", partnership.id())) {
            trail.record(Change.deleted(ResourceType.MILESTONE, MilestoneMapper.toResponse(deleted))
                    .in(partnership.id(), partnership.localRegionCode())
                    .followingFrom());
            // the database deletes it with the partnership: the session must not hold on to it
            milestones.getEntityManager().detach(deleted);
        }
    }

    private void write(Partnership partnership, Milestone milestone, MilestoneRequest request) {
        List<FieldError> errors = validator.check(request);
        if (request.occurrenceDate() != null
                && request.occurrenceDate().firstDay().isAfter(latestToday())) {
            errors.add(new FieldError("occurrenceDate", "must not be in the future; plan it with a targetDate"));
        }
        SectorProgram program = null;
        if (request.sectorProgramId() != null) {
            program = programs.findById(request.sectorProgramId());
            if (program == null || !program.partnership().id().equals(partnership.id())) {
                errors.add(new FieldError(
                        "sectorProgramId",
                        "no sector program with id " + request.sectorProgramId() + " in this partnership"));
            }
        }
        List<Actor> involved = actorsOf(request.actorIds(), errors);
        RequestValidator.throwIfAny(errors);
        MilestoneMapper.apply(request, partnership, program, involved, milestone);
        // counted now: the new words are counted in the partnership's shard, which needs no id of its own
        words.count(milestone);
    }

    /**
     * Today where the calendar is furthest ahead (UTC+14): a date is in the future only when it is in the future
     * everywhere, so an event dated today in Jayapura or Tokyo is accepted while it is still yesterday in UTC.
     */
    private LocalDate latestToday() {
        return LocalDate.now(clock.withZone(ZoneOffset.ofHours(14)));
    }

    /** The actors, in the order given, locked against deletion; one error for each id that names none. */
    private List<Actor> actorsOf(List<UUID> ids, List<FieldError> errors) {
        List<UUID> given = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, Actor> found = actors.referenced(given, LockModeType.PESSIMISTIC_READ);
        List<Actor> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Actor actor = ActorRepository.pick(found, ids.get(i), "actorIds[" + i + "]", errors);
            if (actor != null) {
                result.add(actor);
            }
        }
        return result;
    }
}
