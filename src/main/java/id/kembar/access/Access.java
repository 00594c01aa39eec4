package id.kembar.access;

import id.kembar.actor.Actor;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.problem.ProblemType;
import id.kembar.partnership.Partnership;
import id.kembar.partnership.PartnershipRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.UUID;

/**
 * Who may write which record, decided on the record itself, whichever path the request took: every write to a
 * partnership or to one of its participants, milestones and programs goes through {@link #lockToWrite}, every write to
 * an actor through {@link #toWrite(Actor)}. The roles an operation needs at all are declared on it
 * ({@code @RolesAllowed}); this class decides an {@code EDITOR}'s regions.
 *
 * <p>Everything Kembar holds is readable by every caller allowed to read, so a refused write is a 403 (a missing record
 * stays the 404 it always was, decided first).
 */
@ApplicationScoped
public class Access {

    private final Callers callers;
    private final PartnershipRepository partnerships;

    Access(Callers callers, PartnershipRepository partnerships) {
        this.callers = callers;
        this.partnerships = partnerships;
    }

    /**
     * The partnership, locked for the write (a 404 when there is none), when the caller may write it and its records:
     * a ministry or administrator, or an editor holding the region of its local government.
     */
    public Partnership lockToWrite(UUID partnershipId) {
        Partnership partnership = partnerships.lock(partnershipId);
        Caller caller = callers.current();
        if (!caller.writesEverywhere() && !caller.holds(partnership.localRegionCode())) {
            throw forbidden(
                    caller,
                    "The partnership " + partnershipId + " belongs to region " + partnership.localRegionCode()
                            + "; only its editors, a MINISTRY or an ADMIN may change it or its records");
        }
        return partnership;
    }

    /** The local government of a partnership the caller writes must lie in one of its regions. */
    public void toPlace(Actor localGovernment) {
        Caller caller = callers.current();
        if (!caller.writesEverywhere() && !caller.holds(localGovernment.regionCode())) {
            throw forbidden(
                    caller,
                    "localGovernmentId: " + localGovernment.name() + " lies in region " + localGovernment.regionCode()
                            + "; an editor registers partnerships of its own regions only");
        }
    }

    /**
     * An existing actor may be changed or deleted by an editor of its region, or, for one without an Indonesian region
     * (foreign actors, national bodies), of the regions that registered it; and by a ministry or administrator.
     */
    public void toWrite(Actor actor) {
        Caller caller = callers.current();
        if (caller.writesEverywhere()) {
            return;
        }
        boolean allowed = actor.isIndonesian() && actor.regionCode() != null
                ? caller.holds(actor.regionCode())
                : actor.ownerRegions().stream().anyMatch(caller::holds);
        if (!allowed) {
            String owner = actor.isIndonesian() && actor.regionCode() != null
                    ? "belongs to region " + actor.regionCode()
                    : actor.ownerRegions().isEmpty()
                            ? "was registered by a MINISTRY or ADMIN"
                            : "was registered by region " + String.join(", ", actor.ownerRegions());
            throw forbidden(
                    caller,
                    "The actor " + actor.id() + " " + owner
                            + "; only its editors, a MINISTRY or an ADMIN may change it");
        }
    }

    /** An editor registers (or turns an actor into) an Indonesian actor of its own regions only. */
    public void toRegister(String country, String regionCode) {
        Caller caller = callers.current();
        if (caller.writesEverywhere() || !"ID".equals(country) || regionCode == null || caller.holds(regionCode)) {
            return;
        }
        throw forbidden(
                caller,
                "regionCode: " + regionCode + " is not one of your regions; an editor registers actors of its own");
    }

    /**
     * The regions that own an actor this caller registers without an Indonesian region of its own: the editor's
     * regions; none for a ministry or administrator (then only they may change it).
     */
    public String[] registeringRegions() {
        Caller caller = callers.current();
        return caller.writesEverywhere() ? new String[0] : caller.regions().toArray(String[]::new);
    }

    private static ProblemException forbidden(Caller caller, String detail) {
        String held = caller.has(Role.EDITOR)
                ? " (your regions: " + String.join(", ", caller.regions()) + ")"
                : " (your roles: "
                        + String.join(
                                ", ",
                                Arrays.stream(Role.values())
                                        .filter(caller::has)
                                        .map(Role::name)
                                        .toList()) + ")";
        return ProblemException.of(ProblemType.FORBIDDEN, detail + held);
    }
}
