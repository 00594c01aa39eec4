package id.kembar.program;

import id.kembar.actor.Actor;
import id.kembar.common.persistence.AuditedEntity;
import id.kembar.common.text.Searched;
import id.kembar.common.text.SortKey;
import id.kembar.common.text.WordChanges;
import id.kembar.common.text.WordList;
import id.kembar.common.text.Words;
import id.kembar.common.time.PartialDate;
import id.kembar.partnership.Partnership;
import id.kembar.partnership.Side;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.annotations.SQLInsert;

@Entity
public class SectorProgram extends AuditedEntity implements Searched {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    Partnership partnership;

    @Enumerated(EnumType.STRING)
    Sector sector;

    String title;

    /** The key lists sort the title by (common/text/SortKey), kept with it on every write. */
    @OptimisticLock(excluded = true)
    String titleKey;

    String description;

    @Enumerated(EnumType.STRING)
    ProgramStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    Actor leadAgency;

    BigDecimal budgetAmount;

    String budgetCurrency;

    @Enumerated(EnumType.STRING)
    Side side;

    @ElementCollection
    @CollectionTable(name = "sector_program_obstacle", joinColumns = @JoinColumn(name = "sector_program_id"))
    @Column(name = "obstacle")
    @Enumerated(EnumType.STRING)
    Set<Obstacle> obstacles = EnumSet.noneOf(Obstacle.class);

    String obstacleNote;

    @AttributeOverride(name = "date", column = @Column(name = "start_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
    PartialDate startDate;

    @AttributeOverride(name = "date", column = @Column(name = "end_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
    PartialDate endDate;

    String outcomes;

    // Copies of where its partnership is, which the list filters by (V7): written with the program, then only by
    // finding/KeptValues when the partnership's sides change
    @Column(updatable = false)
    String localRegionCode;

    @Column(updatable = false)
    String localProvince;

    @Column(updatable = false)
    String partnerCountry;

    // the words text search finds it by (V22), of its texts, kept with them (keepWords); each row copies the title's
    // sort key from the program's row as it is written (V24)
    @ElementCollection
    @CollectionTable(name = "sector_program_word", joinColumns = @JoinColumn(name = "sector_program_id"))
    @Column(name = "word")
    @SQLInsert(
            sql =
                    "insert into sector_program_word (sector_program_id, word, title_key) select o.id, w.word, o.title_key"
                            + " from (select cast(? as uuid) as owner, cast(? as varchar(60)) as word) w"
                            + " join sector_program o on o.id = w.owner")
    @OptimisticLock(excluded = true)
    Set<String> words = new HashSet<>();

    // what writes changed of its words, until its service counts them (WordCounts)
    @Transient
    private final WordChanges wordChanges = new WordChanges();

    @Override
    public WordList wordList() {
        return WordList.SECTOR_PROGRAM;
    }

    @Override
    public UUID partnershipId() {
        return partnership.id();
    }

    @Override
    public Set<String> words() {
        return words;
    }

    @Override
    public WordChanges wordChanges() {
        return wordChanges;
    }

    /** The texts text search looks into. */
    List<String> searchedTexts() {
        return Arrays.asList(title, description, obstacleNote, outcomes);
    }

    /** Keeps the words of its searched texts, which text search finds it by. */
    void keepWords() {
        Words.keep(this, searchedTexts());
        words = Words.inOrder(words, titleKey, SortKey.of(title));
    }

    public Partnership partnership() {
        return partnership;
    }

    @PrePersist
    @PreUpdate
    void keepSortKey() {
        titleKey = SortKey.kept(titleKey, title);
    }
}
