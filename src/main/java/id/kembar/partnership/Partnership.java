package id.kembar.partnership;

import id.kembar.actor.Actor;
import id.kembar.common.persistence.AuditedEntity;
import id.kembar.common.time.PartialDate;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.annotations.OptimisticLock;

@Entity
public class Partnership extends AuditedEntity {

    String title;

    @Enumerated(EnumType.STRING)
    PartnershipType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    Actor localGovernment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    Actor partner;

    String description;

    String objectives;

    PartialDate validFrom;

    PartialDate validUntil;

    String referenceNumber;

    @Enumerated(EnumType.STRING)
    PartnershipStage stage = PartnershipStage.EXPLORATION;

    // Kept for lists to filter and sort by an index, not part of the representation, so not versioned: the stage's
    // place in the lifecycle, and the two sides' names, region and country, copied from the actors
    @OptimisticLock(excluded = true)
    int stageRank;

    @OptimisticLock(excluded = true)
    String localRegionCode;

    @OptimisticLock(excluded = true)
    String localProvince;

    @OptimisticLock(excluded = true)
    String localGovernmentName;

    @OptimisticLock(excluded = true)
    String partnerName;

    @OptimisticLock(excluded = true)
    String partnerCountry;

    // the codes of its current findings, which list items show, kept with the findings (by the finding package): the
    // passing of days changes them, which is no change of the partnership, so not versioned either
    @OptimisticLock(excluded = true)
    String findingCodes;

    public String title() {
        return title;
    }

    public PartnershipType type() {
        return type;
    }

    public String localRegionCode() {
        return localRegionCode;
    }

    public String localProvince() {
        return localProvince;
    }

    public String partnerCountry() {
        return partnerCountry;
    }

    public Actor localGovernment() {
        return localGovernment;
    }

    public Actor partner() {
        return partner;
    }

    public PartialDate validFrom() {
        return validFrom;
    }

    public PartialDate validUntil() {
        return validUntil;
    }

    public PartnershipStage stage() {
        return stage;
    }

    /** Between these two actors, keeping the copies of what lists filter and sort by. */
    void placeBetween(Actor local, Actor partner) {
        this.localGovernment = local;
        this.partner = partner;
        copyParties();
    }

    /**
     * What of the partnership's own fields its derived values are computed from (finding/Records reads these, with
     * its children): a write that changes none of them leaves them as they are.
     */
    public List<Object> derivationInputs() {
        return Arrays.asList(title, type, localRegionCode, localProvince, partnerCountry, validFrom, validUntil);
    }

    /** Copies again what lists filter and sort by of the two sides. */
    public void copyParties() {
        String region = localGovernment.regionCode();
        String province = region == null ? null : region.substring(0, 2);
        // as in moveTo: a write to an enhanced entity marks it dirty even with the same value
        if (!Objects.equals(localRegionCode, region)
                || !Objects.equals(localProvince, province)
                || !Objects.equals(localGovernmentName, localGovernment.name())
                || !Objects.equals(partnerName, partner.name())
                || !Objects.equals(partnerCountry, partner.country())) {
            localRegionCode = region;
            localProvince = province;
            localGovernmentName = localGovernment.name();
            partnerName = partner.name();
            partnerCountry = partner.country();
        }
    }

    /** One of its actors changed what the partnership shows of it: copy it again and move to a new version. */
    public void partiesChanged() {
        copyParties();
        touch();
    }

    /** Its current findings' codes, in the order of the codes. */
    public List<FindingCode> findings() {
        return findingCodes == null || findingCodes.isEmpty()
                ? List.of()
                : Arrays.stream(findingCodes.split(","))
                        .map(FindingCode::valueOf)
                        .toList();
    }

    /** Keeps the codes of its current findings, as the finding package computed them. */
    public void keepFindings(Collection<FindingCode> codes) {
        String joined = codes.stream().sorted().map(FindingCode::name).collect(Collectors.joining(","));
        // as in moveTo
        if (!joined.equals(findingCodes)) {
            findingCodes = joined;
        }
    }

    /** Only the milestones say where a partnership stands; a client never sets it. */
    public void moveTo(PartnershipStage stage) {
        // a write to a lazy (enhanced-proxy) partnership marks it dirty even with the same value, which would move its
        // version and ETag on every milestone edit; reading first loads it and writes only a real change
        if (this.stage != stage) {
            this.stage = stage;
            touch();
        }
        if (this.stageRank != stage.ordinal()) {
            this.stageRank = stage.ordinal();
        }
    }
}
