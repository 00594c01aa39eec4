package id.kembar.partnership;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The problems the studies found, as codes a machine can filter and count (the rules live in the finding package). */
@Schema(
        description = "A kind of problem found in a partnership, as of a day. A partial date counts as its first day "
                + "when it says when something happened and as its last day when it is a deadline. Thresholds are "
                + "settings of the service (defaults in brackets). "
                + "`STAGNANT` (CRITICAL): no dated milestone achieved for more than `kembar.findings.stagnant-after-days` "
                + "[365] days, or, when no achieved milestone has a date, the partnership registered longer ago than "
                + "that. `OVERDUE_MILESTONE` (WARNING): a PLANNED milestone whose target has passed. "
                + "`NO_BUDGET` / `NO_LEAD_AGENCY` (WARNING): a program AGREED, IN_PROGRESS or STALLED without a budget "
                + "/ a lead agency. `PROGRAMS_NOT_IMPLEMENTED` (WARNING): programs STALLED or CANCELLED, with their "
                + "obstacles. `ONE_SIDED` (INFO): at least `kembar.findings.one-sided-min-activities` [2] activities "
                + "with a side (programs IN_PROGRESS or COMPLETED, achieved visits, meetings and activities) and a "
                + "reciprocity balance (LOCAL - PARTNER) / all at or beyond +/- `kembar.findings.one-sided-balance` "
                + "[0.8]. `AGREEMENT_EXPIRING` (INFO): `validUntil` ends within "
                + "`kembar.findings.expiring-within-days` [180] days. `AGREEMENT_EXPIRED` (CRITICAL): `validUntil` "
                + "has passed while the stage is still AGREEMENT_IN_FORCE. `NO_AGREEMENT_YET` (WARNING): a dated "
                + "LETTER_OF_INTENT achieved more than `kembar.findings.no-agreement-after-days` [730] days ago and "
                + "still no agreement.")
public enum FindingCode {
    STAGNANT,
    OVERDUE_MILESTONE,
    NO_BUDGET,
    NO_LEAD_AGENCY,
    PROGRAMS_NOT_IMPLEMENTED,
    ONE_SIDED,
    AGREEMENT_EXPIRING,
    AGREEMENT_EXPIRED,
    NO_AGREEMENT_YET;

    /** The codes kept as {@code findingCodes}: names joined by commas, in the order of the codes. */
    static List<FindingCode> listOf(String kept) {
        return kept == null || kept.isEmpty()
                ? List.of()
                : Arrays.stream(kept.split(",")).map(FindingCode::valueOf).toList();
    }
}
