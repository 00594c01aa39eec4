package id.kembar.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A word of a milestone's searched texts (V22), as text search reads them ({@code Criteria.words}): the table is written
 * through {@link Milestone#words}; read as an entity of its own, a search finds a word's milestones in its index alone.
 */
@Entity
@Immutable
@Table(name = "milestone_word")
@IdClass(MilestoneWord.Key.class)
class MilestoneWord {

    @Id
    @Column(name = "milestone_id")
    UUID milestoneId;

    @Id
    @Column(name = "word")
    String word;

    /** The list's default sort key, copied from the item (V24). */
    @Column(name = "timeline_date")
    LocalDate timelineDate;

    record Key(UUID milestoneId, String word) implements Serializable {}
}
