package id.kembar.history;

import id.kembar.access.AuthorKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One change of one record, as the audit history and the change feed show it (V17). Written once; only its
 * {@link #sequence} is given later.
 */
@Entity
@Immutable
@Table(name = "change_record")
class ChangeRecord {

    /** Taken when it is written, in blocks per instance: the history's order within one moment. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_record_id")
    @SequenceGenerator(name = "change_record_id", sequenceName = "change_record_id_seq", allocationSize = 50)
    Long id;

    /** The commit order, given after the commit by the {@link Sequencer}: the change feed's cursor. */
    Long sequence;

    OffsetDateTime recordedAt;

    @Enumerated(EnumType.STRING)
    ResourceType resourceType;

    UUID resourceId;

    UUID partnershipId;

    String regionCode;

    String province;

    String previousRegionCode;

    String previousProvince;

    @Enumerated(EnumType.STRING)
    ChangeOperation operation;

    long version;

    boolean changed;

    @Enumerated(EnumType.STRING)
    AuthorKind authorKind;

    String authorName;

    String authorSubject;

    String authorClientId;

    String authorApiKeyId;

    /** The author's roles, separated by commas. */
    String authorRoles;

    String requestId;

    @Enumerated(EnumType.STRING)
    ResourceType causeType;

    UUID causeId;

    /** The changed fields, a JSON array of {@link FieldChange}. */
    String changes;

    static String provinceOf(String regionCode) {
        return regionCode == null || regionCode.length() < 2 ? null : regionCode.substring(0, 2);
    }
}
