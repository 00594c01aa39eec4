package id.kembar.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The problems the studies found, as codes a machine can filter and count (the rules live in the finding package). */
@Schema(
        description = "A kind of problem found in a partnership. `STAGNANT`: no milestone achieved for longer than a "
                + "threshold; `OVERDUE_MILESTONE`: a planned milestone whose target has passed; `NO_BUDGET` / "
                + "`NO_LEAD_AGENCY`: a program agreed, in progress or stalled without a budget / lead agency; "
                + "`PROGRAMS_NOT_IMPLEMENTED`: programs stalled or cancelled; `ONE_SIDED`: activities happen (almost) only on "
                + "one side; `AGREEMENT_EXPIRING`: the agreement ends within a window; `AGREEMENT_EXPIRED`: the agreement has "
                + "ended while the stage still says in force; `NO_AGREEMENT_YET`: a letter of intent but no agreement after a "
                + "threshold.")
public enum FindingCode {
    STAGNANT,
    OVERDUE_MILESTONE,
    NO_BUDGET,
    NO_LEAD_AGENCY,
    PROGRAMS_NOT_IMPLEMENTED,
    ONE_SIDED,
    AGREEMENT_EXPIRING,
    AGREEMENT_EXPIRED,
    NO_AGREEMENT_YET
}
