package id.kembar.finding;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A partnership's {@link Facts} as kept (table kept_facts), valid from {@code asOf} until the day before
 * {@code changesOn}. Written only by {@link KeptValues}, under the partnership's lock.
 */
@Entity
class KeptFacts {

    @Id
    UUID partnershipId;

    LocalDate asOf;
    LocalDate changesOn;
    LocalDate quietSince;
    LocalDate lastAchievedOn;
    LocalDate nextDeadline;
    int runningWithoutBudget;
    int runningWithoutLeadAgency;
    int notImplemented;
    int activitiesLocal;
    int activitiesPartner;
    int activitiesWithSide;
    LocalDate firstLetterOfIntent;
    LocalDate agreementEnds;
    int milestones;
    int programs;
    /** The partnership's contribution to the counts (see {@link Tally.Contribution}). */
    String tally;

    KeptFacts() {}

    KeptFacts(UUID partnershipId, Facts f, Horizon h, Tally.Contribution contribution) {
        this.partnershipId = partnershipId;
        this.asOf = h.day();
        this.changesOn = h.changesOn();
        this.quietSince = f.quietSince();
        this.lastAchievedOn = f.lastAchievedOn();
        this.nextDeadline = f.nextDeadline();
        this.runningWithoutBudget = f.runningWithoutBudget();
        this.runningWithoutLeadAgency = f.runningWithoutLeadAgency();
        this.notImplemented = f.notImplemented();
        this.activitiesLocal = f.activities(id.kembar.partnership.Side.LOCAL);
        this.activitiesPartner = f.activities(id.kembar.partnership.Side.PARTNER);
        this.activitiesWithSide = f.activitiesWithSide();
        this.firstLetterOfIntent = f.firstLetterOfIntentOn();
        this.agreementEnds = f.agreementEnds();
        this.milestones = f.milestones();
        this.programs = f.programs();
        this.tally = contribution.encoded();
    }

    /** The kept values as name and value, in a fixed order: what the consistency check compares. */
    java.util.Map<String, Object> values() {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("changesOn", changesOn);
        values.put("quietSince", quietSince);
        values.put("lastAchievedOn", lastAchievedOn);
        values.put("nextDeadline", nextDeadline);
        values.put("runningWithoutBudget", runningWithoutBudget);
        values.put("runningWithoutLeadAgency", runningWithoutLeadAgency);
        values.put("notImplemented", notImplemented);
        values.put("activitiesLocal", activitiesLocal);
        values.put("activitiesPartner", activitiesPartner);
        values.put("activitiesWithSide", activitiesWithSide);
        values.put("firstLetterOfIntent", firstLetterOfIntent);
        values.put("agreementEnds", agreementEnds);
        values.put("milestones", milestones);
        values.put("programs", programs);
        values.put("tally", tally);
        return values;
    }

    /** Copies every value of {@code other}; true when any differed. */
    boolean takeFrom(KeptFacts other) {
        boolean changed = !Objects.equals(values(), other.values()) || !Objects.equals(asOf, other.asOf);
        asOf = other.asOf;
        changesOn = other.changesOn;
        quietSince = other.quietSince;
        lastAchievedOn = other.lastAchievedOn;
        nextDeadline = other.nextDeadline;
        runningWithoutBudget = other.runningWithoutBudget;
        runningWithoutLeadAgency = other.runningWithoutLeadAgency;
        notImplemented = other.notImplemented;
        activitiesLocal = other.activitiesLocal;
        activitiesPartner = other.activitiesPartner;
        activitiesWithSide = other.activitiesWithSide;
        firstLetterOfIntent = other.firstLetterOfIntent;
        agreementEnds = other.agreementEnds;
        milestones = other.milestones;
        programs = other.programs;
        tally = other.tally;
        return changed;
    }
}
