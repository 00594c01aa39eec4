package id.kembar.milestone;

import id.kembar.actor.Actor;
import id.kembar.actor.ActorSummary;
import id.kembar.common.persistence.AuditedEntity;
import id.kembar.partnership.Partnership;
import id.kembar.program.SectorProgram;
import java.util.Comparator;
import java.util.List;

final class MilestoneMapper {

    private static final Comparator<Actor> BY_NAME =
            Comparator.comparing(Actor::nameKey).thenComparing(Actor::id);

    private MilestoneMapper() {}

    static MilestoneResponse toResponse(Milestone m) {
        // by the name's kept sort key, as the database loads them (@OrderBy): the answer to a write then equals every
        // later read
        List<ActorSummary> actors =
                m.actors.stream().sorted(BY_NAME).map(ActorSummary::of).toList();
        return toItem(MilestoneRow.of(m), actors);
    }

    /** The row's representation, with the summaries of its actors in their order (a list item). */
    static MilestoneResponse toItem(MilestoneRow m, List<ActorSummary> actors) {
        return new MilestoneResponse(
                m.id(),
                m.version(),
                m.createdAt(),
                m.updatedAt(),
                m.partnershipId(),
                m.type(),
                m.title(),
                m.description(),
                m.status(),
                m.target(),
                m.occurrence(),
                m.side(),
                m.placeName(),
                m.documentNumber(),
                m.documentUrl(),
                m.sectorProgramId(),
                actors.stream().map(ActorSummary::id).toList(),
                actors);
    }

    static MilestoneRequest toRequest(Milestone m) {
        return new MilestoneRequest(
                m.type,
                m.title,
                m.description,
                m.status,
                m.target,
                m.occurrence,
                m.side,
                m.placeName,
                m.documentNumber,
                m.documentUrl,
                m.sectorProgram == null ? null : m.sectorProgram.id(),
                m.actors.stream().map(Actor::id).toList());
    }

    static void apply(
            MilestoneRequest request, Partnership partnership, SectorProgram program, List<Actor> actors, Milestone m) {
        MilestoneRequest before = m.id() == null ? null : toRequest(m);
        List<String> searched = m.searchedTexts();
        m.partnership = partnership;
        m.type = request.type();
        m.title = request.title().strip();
        m.description = request.description();
        m.status = request.status();
        m.target = request.targetDate();
        m.occurrence = request.occurrenceDate();
        m.side = request.side();
        m.placeName = request.placeName();
        m.documentNumber = request.documentNumber();
        m.documentUrl = request.documentUrl();
        m.sectorProgram = program;
        AuditedEntity.replace(m.actors, actors);
        if (!searched.equals(m.searchedTexts())) {
            m.keepWords();
        }
        m.keepWordOrder();
        m.touchIfChanged(before, toRequest(m));
    }
}
