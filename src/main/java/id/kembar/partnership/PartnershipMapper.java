package id.kembar.partnership;

import id.kembar.actor.Actor;
import id.kembar.actor.ActorSummary;
import java.util.List;

final class PartnershipMapper {

    private PartnershipMapper() {}

    /** A partnership's own representation: without its findings, which change with the day, not the version. */
    static PartnershipResponse toResponse(Partnership p) {
        return toResponse(PartnershipRow.of(p));
    }

    static PartnershipResponse toResponse(PartnershipRow row) {
        return toResponse(row, null);
    }

    /** A list item: with the codes of its findings today. */
    static PartnershipResponse toItem(PartnershipRow row) {
        return toResponse(row, FindingCode.listOf(row.findingCodes()));
    }

    private static PartnershipResponse toResponse(PartnershipRow p, List<FindingCode> findings) {
        return new PartnershipResponse(
                p.id(),
                p.version(),
                p.createdAt(),
                p.updatedAt(),
                p.title(),
                p.type(),
                p.localId(),
                ActorSummary.of(p.localId(), p.localKind(), p.localName(), p.localCountry(), p.localRegionCode()),
                p.partnerId(),
                ActorSummary.of(
                        p.partnerId(), p.partnerKind(), p.partnerName(), p.partnerCountry(), p.partnerRegionCode()),
                p.description(),
                p.objectives(),
                p.validFrom(),
                p.validUntil(),
                p.referenceNumber(),
                p.stage(),
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
        List<String> searched = p.searchedTexts();
        p.title = request.title().strip();
        p.type = request.type();
        p.placeBetween(local, partner);
        p.description = request.description();
        p.objectives = request.objectives();
        p.validFrom = request.validFrom();
        p.validUntil = request.validUntil();
        p.referenceNumber = request.referenceNumber();
        if (!searched.equals(p.searchedTexts())) {
            p.keepWords();
        }
        p.touchIfChanged(before, toRequest(p));
    }
}
