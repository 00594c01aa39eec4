package id.kembar.actor;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What an actor's representation shows but its alternative names, its parent's summary included, as one row: a read of
 * one actor takes it as these values ({@link #SELECT}) rather than as the entity, which it would build, track and then
 * only read; a write takes it from the entity ({@link #of(Actor)}), so that both answer through one mapping.
 */
record ActorRow(
        UUID id,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        ActorKind kind,
        String name,
        String country,
        GovernmentLevel governmentLevel,
        String regionCode,
        UUID parentId,
        ActorKind parentKind,
        String parentName,
        String parentCountry,
        String parentRegionCode,
        String website,
        String email,
        String notes) {

    /** The join {@link #SELECT} reads the parent through, for the actor {@code a}. */
    static final String JOINS = "left join a.parent pa";

    /** The row of the actor {@code a}, in HQL. */
    static final String SELECT = "new " + ActorRow.class.getName() + "(a.id, a.version, a.createdAt, a.updatedAt,"
            + " a.kind, a.name, a.country, a.governmentLevel, a.regionCode, pa.id, pa.kind, pa.name, pa.country,"
            + " pa.regionCode, a.website, a.email, a.notes)";

    // through the parent's accessors: it may be a lazy proxy, whose fields are empty
    static ActorRow of(Actor actor) {
        Actor parent = actor.parent();
        return new ActorRow(
                actor.id(),
                actor.version(),
                actor.createdAt(),
                actor.updatedAt(),
                actor.kind,
                actor.name,
                actor.country,
                actor.governmentLevel,
                actor.regionCode,
                parent == null ? null : parent.id(),
                parent == null ? null : parent.kind(),
                parent == null ? null : parent.name(),
                parent == null ? null : parent.country(),
                parent == null ? null : parent.regionCode(),
                actor.website,
                actor.email,
                actor.notes);
    }

    /** The parent's summary, or null when the actor has none. */
    ActorSummary parent() {
        return parentId == null
                ? null
                : ActorSummary.of(parentId, parentKind, parentName, parentCountry, parentRegionCode);
    }
}
