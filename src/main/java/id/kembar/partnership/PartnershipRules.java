package id.kembar.partnership;

import id.kembar.actor.Actor;
import id.kembar.actor.ActorKind;
import id.kembar.actor.GovernmentLevel;
import id.kembar.common.problem.FieldError;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Which actors may be the two sides of which type of partnership (Permendagri 25/2020). */
final class PartnershipRules {

    private PartnershipRules() {}

    static List<FieldError> check(PartnershipType type, Actor local, Actor partner) {
        List<FieldError> errors = new ArrayList<>();
        if (local != null) {
            if (local.kind() != ActorKind.GOVERNMENT || !local.isIndonesian()) {
                errors.add(new FieldError("localGovernmentId", "must be an Indonesian (ID) GOVERNMENT actor"));
            } else if (type == PartnershipType.SISTER_PROVINCE && local.governmentLevel() != GovernmentLevel.PROVINCE) {
                errors.add(new FieldError("localGovernmentId", "must be a PROVINCE for a SISTER_PROVINCE partnership"));
            } else if (type == PartnershipType.SISTER_CITY
                    && !EnumSet.of(GovernmentLevel.CITY, GovernmentLevel.REGENCY)
                            .contains(local.governmentLevel())) {
                errors.add(
                        new FieldError("localGovernmentId", "must be a CITY or REGENCY for a SISTER_CITY partnership"));
            }
        }
        if (partner != null) {
            if (partner.isIndonesian()) {
                errors.add(new FieldError("partnerId", "must be an actor outside Indonesia (country other than ID)"));
            } else if (type != null && type.needsGovernmentPartner() && partner.kind() != ActorKind.GOVERNMENT) {
                errors.add(new FieldError(
                        "partnerId",
                        "must be a foreign GOVERNMENT actor for a " + type
                                + " partnership (use INSTITUTIONAL for other institutions)"));
            } else if (type == PartnershipType.INSTITUTIONAL && partner.kind() == ActorKind.PERSON) {
                errors.add(new FieldError("partnerId", "must be an institution, not a PERSON"));
            }
        }
        return errors;
    }
}
