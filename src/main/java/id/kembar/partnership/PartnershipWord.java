package id.kembar.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A word of a partnership's searched texts (V22), as text search reads them ({@code Criteria.words}): the table is written
 * through {@link Partnership#words}; read as an entity of its own, a search finds a word's partnerships in its index alone.
 */
@Entity
@Immutable
@Table(name = "partnership_word")
@IdClass(PartnershipWord.Key.class)
class PartnershipWord {

    @Id
    @Column(name = "partnership_id")
    UUID partnershipId;

    @Id
    @Column(name = "word")
    String word;

    /** The list's default sort key, copied from the item (V24). */
    @Column(name = "title_key")
    String titleKey;

    record Key(UUID partnershipId, String word) implements Serializable {}
}
