package id.kembar.actor;

import id.kembar.common.persistence.AuditedEntity;
import java.util.List;

final class ActorMapper {

    private ActorMapper() {}

    static ActorResponse toResponse(Actor actor) {
        return toResponse(ActorRow.of(actor), List.copyOf(actor.alternativeNames));
    }

    static ActorResponse toResponse(ActorRow actor, List<String> alternativeNames) {
        return new ActorResponse(
                actor.id(),
                actor.version(),
                actor.createdAt(),
                actor.updatedAt(),
                actor.kind(),
                actor.name(),
                alternativeNames,
                actor.country(),
                actor.governmentLevel(),
                actor.regionCode(),
                actor.parentId(),
                actor.parent(),
                actor.website(),
                actor.email(),
                actor.notes());
    }

    static ActorRequest toRequest(Actor actor) {
        Actor parent = actor.parent();
        return new ActorRequest(
                actor.kind,
                actor.name,
                List.copyOf(actor.alternativeNames),
                actor.country,
                actor.governmentLevel,
                actor.regionCode,
                parent == null ? null : parent.id(),
                actor.website,
                actor.email,
                actor.notes);
    }

    static void apply(ActorRequest request, Actor parent, Actor actor) {
        ActorRequest before = actor.id() == null ? null : toRequest(actor);
        actor.kind = request.kind();
        actor.name = request.name().strip();
        AuditedEntity.replace(
                actor.alternativeNames,
                request.alternativeNames().stream().map(String::strip).toList());
        actor.country = request.country();
        actor.governmentLevel = request.governmentLevel();
        actor.regionCode = request.regionCode();
        actor.parent = parent;
        actor.website = request.website();
        actor.email = request.email();
        actor.notes = request.notes();
        actor.touchIfChanged(before, toRequest(actor));
    }
}
