package id.kembar.partnership;

import id.kembar.actor.Actor;
import id.kembar.actor.ActorSummary;
import java.util.List;

final class PartnershipMapper {

    private PartnershipMapper() {}

    static PartnershipResponse toResponse(Partnership p) {
        return toResponse(p, null);
    }

    static PartnershipResponse toResponse(Partnership p, List<FindingCode> findings) {
        Actor local = p.localGovernment();
        Actor partner = p.partner();
        return new PartnershipResponse(
                p.id(),
                p.version(),
                p.createdAt(),
                p.updatedAt(),
                p.title,
                p.type,
                local.id(),
                ActorSummary.of(local),
                partner.id(),
                ActorSummary.of(partner),
                p.description,
                p.objectives,
                p.validFrom,
                p.validUntil,
                p.referenceNumber,
                p.stage,
                findings);
    }

    static PartnershipRequest toRequest(Partnership p) {
        return new PartnershipRequest(
                p.title,
                p.type,
                p.localGovernment().id(),
                p.partner().id(),
                p.description,
                p.objectives,
                p.validFrom,
                p.validUntil,
                p.referenceNumber);
    }

    static void apply(PartnershipRequest request, Actor local, Actor partner, Partnership p) {
        PartnershipRequest before = p.id() == null ? null : toRequest(p);
        p.title = request.title().strip();
        p.type = request.type();
        p.placeBetween(local, partner);
        p.description = request.description();
        p.objectives = request.objectives();
        p.validFrom = request.validFrom();
        p.validUntil = request.validUntil();
        p.referenceNumber = request.referenceNumber();
        p.touchIfChanged(before, toRequest(p));
    }
}
