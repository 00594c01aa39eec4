package id.kembar.finding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A row of the tally, for queries; {@link Tally} writes it with SQL that adds to it in place. */
@Entity
@Table(name = "tally")
@IdClass(TallyRow.Key.class)
class TallyRow {

    record Key(String scope, String measure, short shard) implements Serializable {}

    // named explicitly: the component-path naming strategy would prefix the columns of a composite id
    @Id
    @Column(name = "scope")
    String scope;

    @Id
    @Column(name = "measure")
    String measure;

    @Id
    @Column(name = "shard")
    short shard;

    long n;

    TallyRow() {}

    TallyRow(String scope, String measure, short shard, long n) {
        this.scope = scope;
        this.measure = measure;
        this.shard = shard;
        this.n = n;
    }
}
