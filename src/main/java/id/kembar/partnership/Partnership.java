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

    /** Only the milestones say where a partnership stands; a client never sets it. */
    public void moveTo(PartnershipStage stage) {
        // a write to a lazy (enhanced-proxy) partnership marks it dirty even with the same value, which would move its
        // version and ETag on every milestone edit; reading first loads it and writes only a real change
        if (this.stage != stage) {
            this.stage = stage;
        }
    }
}
