package id.kembar.common.text;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/**
 * One shard of how many items of a kind have a word (V23), as text search reads it ({@code Criteria.words}); written
 * by {@link WordCounts}.
 */
@Entity
@Immutable
@Table(name = "word_count")
@IdClass(WordCount.Key.class)
class WordCount {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    WordList kind;

    @Id
    @Column(name = "word")
    String word;

    @Id
    @Column(name = "shard")
    short shard;

    @Column(name = "n")
    long n;

    record Key(WordList kind, String word, short shard) implements Serializable {}
}
