package id.kembar.participant;

import id.kembar.actor.Actor;
import id.kembar.common.persistence.AuditedEntity;
import id.kembar.partnership.Partnership;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

@Entity
class Participant extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    Partnership partnership;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    Actor actor;

    @Enumerated(EnumType.STRING)
    ParticipantRole role;

    String note;
}
