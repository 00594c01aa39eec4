package id.kembar.milestone;

import id.kembar.actor.Actor;
import id.kembar.common.persistence.AuditedEntity;
import id.kembar.common.time.PartialDate;
import id.kembar.partnership.Partnership;
import id.kembar.partnership.Side;
import id.kembar.program.SectorProgram;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Columns of the partial dates: target_date/target_precision, occurrence_date/occurrence_precision. */
@Entity
public class Milestone extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    Partnership partnership;

    @Enumerated(EnumType.STRING)
    MilestoneType type;

    String title;

    String description;

    @Enumerated(EnumType.STRING)
    MilestoneStatus status;

    PartialDate target;

    PartialDate occurrence;

    /** Its place on the timeline: when it happened, or else when it is due (kept for the timeline's index). */
    LocalDate timelineDate;

    @Enumerated(EnumType.STRING)
    Side side;

    String placeName;

    String documentNumber;

    String documentUrl;

    @ManyToOne(fetch = FetchType.LAZY)
    SectorProgram sectorProgram;

    @ManyToMany
    @JoinTable(
            name = "milestone_actor",
            joinColumns = @JoinColumn(name = "milestone_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    @OrderBy("name")
    List<Actor> actors = new ArrayList<>();

    void setDates(PartialDate target, PartialDate occurrence) {
        this.target = target;
        this.occurrence = occurrence;
        PartialDate onTimeline = occurrence != null ? occurrence : target;
        this.timelineDate = onTimeline == null ? null : onTimeline.firstDay();
    }
}
