package id.kembar.participant;

import id.kembar.actor.Actor;
import id.kembar.actor.ActorSummary;
import id.kembar.partnership.Partnership;

final class ParticipantMapper {

    private ParticipantMapper() {}

    static ParticipantResponse toResponse(Participant p) {
        Actor actor = p.actor;
        return new ParticipantResponse(
                p.id(),
                p.version(),
                p.createdAt(),
                p.updatedAt(),
                p.partnership.id(),
                actor.id(),
                ActorSummary.of(actor),
                p.role,
                p.note);
    }

    static ParticipantRequest toRequest(Participant p) {
        return new ParticipantRequest(p.actor.id(), p.role, p.note);
    }

    static void apply(ParticipantRequest request, Partnership partnership, Actor actor, Participant p) {
        ParticipantRequest before = p.id() == null ? null : toRequest(p);
        p.partnership = partnership;
        p.actor = actor;
        p.role = request.role();
        p.note = request.note();
        p.touchIfChanged(before, toRequest(p));
    }
}
