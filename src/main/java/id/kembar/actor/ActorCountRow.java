package id.kembar.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A row of the actors' kept counts, for queries; {@link ActorCounts} writes it with SQL that adds to it in place. */
@Entity
@Table(name = "actor_count")
@IdClass(ActorCountRow.Key.class)
class ActorCountRow {

    record Key(String country, String kind, short shard) implements Serializable {}

    // named explicitly: the component-path naming strategy would prefix the columns of a composite id
    @Id
    @Column(name = "country")
    String country;

    @Id
    @Column(name = "kind")
    String kind;

    @Id
    @Column(name = "shard")
    short shard;

    long n;

    ActorCountRow() {}
}
