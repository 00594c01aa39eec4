package id.kembar.partnership;

import id.kembar.actor.Actor;
import id.kembar.actor.ActorKind;
import id.kembar.common.time.PartialDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a partnership's representation shows, its sides' summaries included, as one row: a list page reads its items
 * as these ({@link #SELECT}) rather than as entities, which it would build, track and then only read.
 */
record PartnershipRow(
        UUID id,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String title,
        PartnershipType type,
        String description,
        String objectives,
        PartialDate validFrom,
        PartialDate validUntil,
        String referenceNumber,
        PartnershipStage stage,
        String findingCodes,
        UUID localId,
        ActorKind localKind,
        String localName,
        String localCountry,
        String localRegionCode,
        UUID partnerId,
        ActorKind partnerKind,
        String partnerName,
        String partnerCountry,
        String partnerRegionCode) {

    /**
     * The joins {@link #SELECT} reads the sides through, for the partnership {@code p}: left joins (the schema requires
     * both sides), which let the database walk the partnership's own index in the list's order.
     */
    static final String JOINS = "left join p.localGovernment lg left join p.partner pa";

    /** The row of the partnership {@code p}, in HQL. */
    static final String SELECT = "new " + PartnershipRow.class.getName() + "(p.id, p.version, p.createdAt, p.updatedAt,"
            + " p.title, p.type, p.description, p.objectives, p.validFrom, p.validUntil, p.referenceNumber, p.stage,"
            + " p.findingCodes, lg.id, lg.kind, lg.name, lg.country, lg.regionCode, pa.id, pa.kind, pa.name,"
            + " pa.country, pa.regionCode)";

    static PartnershipRow of(Partnership p) {
        Actor local = p.localGovernment();
        Actor partner = p.partner();
        return new PartnershipRow(
                p.id(),
                p.version(),
                p.createdAt(),
                p.updatedAt(),
                p.title,
                p.type,
                p.description,
                p.objectives,
                p.validFrom,
                p.validUntil,
                p.referenceNumber,
                p.stage,
                p.findingCodes,
                local.id(),
                local.kind(),
                local.name(),
                local.country(),
                local.regionCode(),
                partner.id(),
                partner.kind(),
                partner.name(),
                partner.country(),
                partner.regionCode());
    }
}
