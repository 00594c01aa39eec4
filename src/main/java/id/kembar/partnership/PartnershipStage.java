package id.kembar.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Derived from the achieved milestones, never written by a client (the milestone package keeps it current). */
@Schema(
        description = "Where a partnership stands, derived from its achieved milestones and never sent by a client. "
                + "Before any agreement, the highest formal step achieved, in this order (steps may be skipped): `EXPLORATION` "
                + "(none, or only contacts, visits, meetings, activities) < `LETTER_OF_INTENT` < `PLANNING` (minutes of "
                + "meeting or cooperation plan) < `LEGISLATIVE_APPROVAL` < `CENTRAL_CLEARANCE`. From the first achieved "
                + "AGREEMENT_SIGNED, AGREEMENT_UPGRADED or AGREEMENT_RENEWED on, the latest achieved agreement event decides: a "
                + "signing, upgrade or renewal gives `AGREEMENT_IN_FORCE`, an AGREEMENT_EXPIRED gives `AGREEMENT_EXPIRED`, a "
                + "TERMINATED gives `TERMINATED`. Events are ordered by the date they happened; an undated event counts as "
                + "older than every dated one, and ties go by when they were recorded. A renewal after expiry brings the "
                + "partnership back into force.")
public enum PartnershipStage {
    EXPLORATION,
    LETTER_OF_INTENT,
    PLANNING,
    LEGISLATIVE_APPROVAL,
    CENTRAL_CLEARANCE,
    AGREEMENT_IN_FORCE,
    AGREEMENT_EXPIRED,
    TERMINATED
}
