package id.kembar.milestone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "What kind of step or event a milestone is. Informal: `INITIAL_CONTACT`, `VISIT`, `MEETING`; "
                + "formal steps in their usual order: `LETTER_OF_INTENT`, `MINUTES_OF_MEETING`, `COOPERATION_PLAN` (rencana "
                + "kerja sama), `LEGISLATIVE_APPROVAL` (DPRD), `CENTRAL_GOVERNMENT_CLEARANCE` (Kemenlu, Kemendagri), "
                + "`AGREEMENT_SIGNED`; later `AGREEMENT_UPGRADED` (friendship to sister), `AGREEMENT_RENEWED`, "
                + "`AGREEMENT_EXPIRED`, `TERMINATED`; and `ACTIVITY` (an exchange, training, festival or other program "
                + "activity), `EVALUATION`, `OTHER`.")
public enum MilestoneType {
    INITIAL_CONTACT,
    VISIT,
    MEETING,
    LETTER_OF_INTENT,
    MINUTES_OF_MEETING,
    COOPERATION_PLAN,
    LEGISLATIVE_APPROVAL,
    CENTRAL_GOVERNMENT_CLEARANCE,
    AGREEMENT_SIGNED,
    AGREEMENT_UPGRADED,
    AGREEMENT_RENEWED,
    AGREEMENT_EXPIRED,
    TERMINATED,
    ACTIVITY,
    EVALUATION,
    OTHER
}
