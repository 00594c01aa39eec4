package id.kembar.actor;

import java.util.UUID;

/**
 * An actor's summary (kind, name, country, region code) changed: resources that show it or are filtered by it follow
 * in the same transaction. {@code before} and {@code after} are what they showed of it and show now. Fired synchronously, so that the actor package needs to know none of them.
 */
public record ActorChanged(UUID actorId, ActorSummary before, ActorSummary after) {}
