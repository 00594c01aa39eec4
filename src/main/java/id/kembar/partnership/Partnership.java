package id.kembar.partnership;

import id.kembar.actor.Actor;
import id.kembar.common.persistence.AuditedEntity;
import id.kembar.common.time.PartialDate;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

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

    /** The stage's place in the lifecycle (its ordinal), kept for sorting by an index. */
    int stageRank;

    // the two sides as lists filter and sort by them without a join; copied from the actors by placeBetween
    String localRegionCode;
    String localProvince;
    String localGovernmentName;
    String partnerName;
    String partnerCountry;

    public Actor localGovernment() {
        return localGovernment;
    }

    public Actor partner() {
        return partner;
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
        this.localRegionCode = local.regionCode();
        this.localProvince =
                local.regionCode() == null ? null : local.regionCode().substring(0, 2);
        this.localGovernmentName = local.name();
        this.partnerName = partner.name();
        this.partnerCountry = partner.country();
    }

    /** One of its actors changed what the partnership shows of it: copy it again and move to a new version. */
    public void partiesChanged() {
        placeBetween(localGovernment, partner);
        touch();
    }

    /** Only the milestones say where a partnership stands; a client never sets it. */
    public void moveTo(PartnershipStage stage) {
        // a write to a lazy (enhanced-proxy) partnership marks it dirty even with the same value, which would move its
        // version and ETag on every milestone edit; reading first loads it and writes only a real change
        if (this.stage != stage) {
            this.stage = stage;
            this.stageRank = stage.ordinal();
        }
    }
}
