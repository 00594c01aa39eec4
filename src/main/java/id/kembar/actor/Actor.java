package id.kembar.actor;

import id.kembar.common.persistence.AuditedEntity;
import id.kembar.common.text.SortKey;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.OptimisticLock;

@Entity
public class Actor extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    ActorKind kind;

    String name;

    /** The key lists sort the name by (common/text/SortKey), kept with it on every write. */
    @OptimisticLock(excluded = true)
    String nameKey;

    @ElementCollection
    @CollectionTable(name = "actor_alternative_name", joinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "idx")
    @Column(name = "name")
    List<String> alternativeNames = new ArrayList<>();

    String country;

    @Enumerated(EnumType.STRING)
    GovernmentLevel governmentLevel;

    String regionCode;

    /**
     * Whether the region code is in the reference lists (or there is none): false for one stored before they were
     * checked, or that a newer list no longer has (RegionCodeCheck); the operator's list to correct.
     */
    @OptimisticLock(excluded = true)
    boolean regionCodeKnown = true;

    @ManyToOne(fetch = FetchType.LAZY)
    Actor parent;

    String website;

    String email;

    String notes;

    /** The regions whose editors registered the actor (separated by spaces), for one without an Indonesian region. */
    @OptimisticLock(excluded = true)
    String ownerRegions;

    public ActorKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The key lists sort the name by, as kept at the last write. */
    public String nameKey() {
        return nameKey;
    }

    public String country() {
        return country;
    }

    public GovernmentLevel governmentLevel() {
        return governmentLevel;
    }

    public String regionCode() {
        return regionCode;
    }

    /** The regions whose editors registered it (see V16); empty when a MINISTRY or ADMIN did. */
    public List<String> ownerRegions() {
        return ownerRegions == null ? List.of() : List.of(ownerRegions.split(" "));
    }

    /** The first write by editors makes their regions the owners of an actor that has none. */
    void claimFor(String[] regions) {
        if (ownerRegions == null && regions.length > 0) {
            ownerRegions = String.join(" ", regions);
        }
    }

    public boolean isIndonesian() {
        return RegionCodes.INDONESIA.equals(country);
    }

    public Actor parent() {
        return parent;
    }

    /**
     * True when {@code ancestor} is this actor or one of its ancestors; making this actor the parent of
     * {@code ancestor} would then close a loop. Walks through accessors because parents are lazy proxies.
     */
    boolean isOrDescendsFrom(Actor ancestor) {
        int depth = 0;
        for (Actor a = this; a != null && depth < MAX_DEPTH; a = a.parent(), depth++) {
            if (a.id() != null && a.id().equals(ancestor.id())) {
                return true;
            }
        }
        return depth >= MAX_DEPTH;
    }

    static final int MAX_DEPTH = 32;

    @PrePersist
    @PreUpdate
    void keepSortKey() {
        nameKey = SortKey.kept(nameKey, name);
    }
}
