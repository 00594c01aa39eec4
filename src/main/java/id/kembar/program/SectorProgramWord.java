package id.kembar.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A word of a program's searched texts (V22), as text search reads them ({@code Criteria.words}): the table is written
 * through {@link SectorProgram#words}; read as an entity of its own, a search finds a word's programs in its index alone.
 */
@Entity
@Immutable
@Table(name = "sector_program_word")
@IdClass(SectorProgramWord.Key.class)
class SectorProgramWord {

    @Id
    @Column(name = "sector_program_id")
    UUID sectorProgramId;

    @Id
    @Column(name = "word")
    String word;

    /** The list's default sort key, copied from the item (V24). */
    @Column(name = "title_key")
    String titleKey;

    record Key(UUID sectorProgramId, String word) implements Serializable {}
}
