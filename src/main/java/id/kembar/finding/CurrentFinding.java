package id.kembar.finding;

import id.kembar.common.text.SortKey;
import id.kembar.partnership.FindingCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.util.UUID;

/**
 * A finding a partnership has today (table current_finding), with what the findings list filters and orders by.
 * Written only by {@link KeptValues}, under the partnership's lock.
 */
@Entity
@IdClass(CurrentFinding.Key.class)
class CurrentFinding {

    record Key(UUID partnershipId, FindingCode code) implements Serializable {}

    // named explicitly: the component-path naming strategy would prefix the columns of a composite id
    @Id
    @Column(name = "partnership_id")
    UUID partnershipId;

    @Id
    @Column(name = "code")
    @Enumerated(EnumType.STRING)
    FindingCode code;

    /** The severity's and the code's ordinals, so that an index orders by them as the API does. */
    int severityRank;

    int codeRank;

    String title;
    /** The title's sort key (common/text/SortKey): lists order by it, alike on every database. */
    String titleOrder;

    String localRegionCode;
    String localProvince;
    String partnerCountry;

    CurrentFinding() {}

    CurrentFinding(Records.Partnership p, FindingCode code) {
        this.partnershipId = p.id();
        this.code = code;
        this.severityRank = FindingRules.SEVERITY.get(code).ordinal();
        this.codeRank = code.ordinal();
        this.title = p.title();
        this.titleOrder = SortKey.of(p.title());
        this.localRegionCode = p.localRegionCode();
        this.localProvince = p.localProvince();
        this.partnerCountry = p.partnerCountry();
    }

    FindingSeverity severity() {
        return FindingSeverity.values()[severityRank];
    }

    /** Everything but the key, to tell whether a kept row still says what a new computation says. */
    boolean sameAs(CurrentFinding other) {
        return severityRank == other.severityRank
                && codeRank == other.codeRank
                && title.equals(other.title)
                && titleOrder.equals(other.titleOrder)
                && localRegionCode.equals(other.localRegionCode)
                && localProvince.equals(other.localProvince)
                && partnerCountry.equals(other.partnerCountry);
    }

    /** Copies everything but the key (an update only where something differs). */
    void takeFrom(CurrentFinding other) {
        severityRank = other.severityRank;
        codeRank = other.codeRank;
        title = other.title;
        titleOrder = other.titleOrder;
        localRegionCode = other.localRegionCode;
        localProvince = other.localProvince;
        partnerCountry = other.partnerCountry;
    }
}
