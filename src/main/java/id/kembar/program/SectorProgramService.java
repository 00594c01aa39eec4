package id.kembar.program;

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
import id.kembar.partnership.DerivedValues;
import id.kembar.partnership.Partnership;
import id.kembar.partnership.PartnershipDeleting;
import id.kembar.partnership.PartnershipRepository;
import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class SectorProgramService {

    private final SectorProgramRepository programs;
    private final PartnershipRepository partnerships;
    private final Access access;
    private final ActorRepository actors;
    private final RequestValidator validator;
    private final MergePatch mergePatch;
    private final List<SectorProgramReferences> references;
    private final DerivedValues derived;
    private final AuditTrail trail;
    private final WordCounts words;

    SectorProgramService(
            SectorProgramRepository programs,
            PartnershipRepository partnerships,
            Access access,
            ActorRepository actors,
            RequestValidator validator,
            MergePatch mergePatch,
            @All List<SectorProgramReferences> references,
            DerivedValues derived,
            AuditTrail trail,
            WordCounts words) {
        this.programs = programs;
        this.partnerships = partnerships;
        this.access = access;
        this.actors = actors;
        this.validator = validator;
        this.mergePatch = mergePatch;
        this.references = references;
        this.derived = derived;
        this.trail = trail;
        this.words = words;
    }

    /** Across partnerships, or of one when {@code partnershipId} is given (an unknown one simply matches nothing). */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<SectorProgramResponse> list(UUID partnershipId, ProgramFilter filter, PageRequest page) {
        Page<SectorProgramRow> rows = programs.search(partnershipId, filter, page);
        Map<UUID, Set<Obstacle>> obstacles = programs.obstaclesOf(
                rows.items().stream().map(SectorProgramRow::id).toList());
        return rows.map(
                row -> SectorProgramMapper.toItem(row, List.copyOf(obstacles.getOrDefault(row.id(), Set.of()))));
    }

    /** The programs of one partnership; 404 when it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Page<SectorProgramResponse> listOf(UUID partnershipId, ProgramFilter filter, PageRequest page) {
        partnerships.require(partnershipId);
        return list(partnershipId, filter, page);
    }

    // a read of one record needs no transaction (the request-scoped session reads it); sparing it is most of the cost
    @Transactional(Transactional.TxType.SUPPORTS)
    SectorProgramResponse get(UUID partnershipId, UUID id) {
        return programs.requireShown(partnershipId, id);
    }

    // Every write locks the partnership first and keeps its derived values in the same transaction (see
    // DerivedValues): programs make findings and counts.

    public SectorProgramResponse create(UUID partnershipId, SectorProgramRequest request) {
        Partnership partnership = access.lockToWrite(partnershipId);
        SectorProgram program = new SectorProgram();
        write(partnership, program, request);
        programs.persist(program);
        derived.update(partnership);
        SectorProgramResponse created = SectorProgramMapper.toResponse(program);
        trail.record(
                Change.created(ResourceType.SECTOR_PROGRAM, created).in(partnershipId, partnership.localRegionCode()));
        return created;
    }

    SectorProgramResponse replace(UUID partnershipId, UUID id, SectorProgramRequest request, String ifMatch) {
        Partnership partnership = access.lockToWrite(partnershipId);
        SectorProgram program = programs.require(partnershipId, id);
        SectorProgramResponse before = SectorProgramMapper.toResponse(program);
        ETags.checkIfMatch(ifMatch, () -> before);
        write(partnership, program, request);
        derived.update(partnership);
        return updated(partnership, before, program);
    }

    SectorProgramResponse patch(UUID partnershipId, UUID id, JsonNode patch, String ifMatch) {
        Partnership partnership = access.lockToWrite(partnershipId);
        SectorProgram program = programs.require(partnershipId, id);
        SectorProgramResponse before = SectorProgramMapper.toResponse(program);
        ETags.checkIfMatch(ifMatch, () -> before);
        write(
                partnership,
                program,
                mergePatch.apply(SectorProgramMapper.toRequest(program), patch, SectorProgramRequest.class));
        derived.update(partnership);
        return updated(partnership, before, program);
    }

    private SectorProgramResponse updated(
            Partnership partnership, SectorProgramResponse before, SectorProgram program) {
        SectorProgramResponse after = SectorProgramMapper.toResponse(program);
        trail.record(Change.updated(ResourceType.SECTOR_PROGRAM, before, after)
                .in(partnership.id(), partnership.localRegionCode()));
        return after;
    }

    void delete(UUID partnershipId, UUID id, String ifMatch) {
        Partnership partnership = access.lockToWrite(partnershipId);
        SectorProgram program = programs.require(partnershipId, id);
        SectorProgramResponse before = SectorProgramMapper.toResponse(program);
        ETags.checkIfMatch(ifMatch, () -> before);
        ProblemException.throwIfReferenced(
                "sector program",
                references.stream().map(r -> r.to(id)).flatMap(Optional::stream).toList());
        words.removed(program);
        programs.delete(program);
        derived.update(partnership);
        trail.record(
                Change.deleted(ResourceType.SECTOR_PROGRAM, before).in(partnershipId, partnership.localRegionCode()));
    }

    /** Records the deletion of the partnership's records of this kind, which the schema deletes with it. */
    void followDeletion(@Observes PartnershipDeleting deleting) {
        Partnership partnership = deleting.partnership();
        for (SectorProgram deleted : programs.list("partnership.id", partnership.id())) {
            trail.record(Change.deleted(ResourceType.SECTOR_PROGRAM, SectorProgramMapper.toResponse(deleted))
                    .in(partnership.id(), partnership.localRegionCode())
                    .followingFrom());
            // the database deletes it with the partnership: the session must not hold on to it
            programs.getEntityManager().detach(deleted);
        }
    }

    private void write(Partnership partnership, SectorProgram program, SectorProgramRequest request) {
        List<FieldError> errors = validator.check(request);
        Actor lead = actors.referenced(request.leadAgencyId(), "leadAgencyId", errors);
        RequestValidator.throwIfAny(errors);
        SectorProgramMapper.apply(request, partnership, lead, program);
        // counted now: the new words are counted in the partnership's shard, which needs no id of its own
        words.count(program);
    }
}
