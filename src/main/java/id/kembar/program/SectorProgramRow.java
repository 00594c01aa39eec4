package id.kembar.program;

import id.kembar.actor.Actor;
import id.kembar.actor.ActorKind;
import id.kembar.common.time.PartialDate;
import id.kembar.partnership.Side;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a program's representation shows but its obstacles, its lead agency's summary included, as one row: a list page
 * reads its items as these ({@link #SELECT}) and their obstacles by a second query, rather than as entities, which it
 * would build, track and then only read.
 */
record SectorProgramRow(
        UUID id,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        UUID partnershipId,
        Sector sector,
        String title,
        String description,
        ProgramStatus status,
        UUID leadId,
        ActorKind leadKind,
        String leadName,
        String leadCountry,
        String leadRegionCode,
        BigDecimal budgetAmount,
        String budgetCurrency,
        Side side,
        String obstacleNote,
        PartialDate startDate,
        PartialDate endDate,
        String outcomes) {

    /** The join {@link #SELECT} reads the lead agency through, for the program {@code sp}. */
    static final String JOINS = "left join sp.leadAgency la";

    /** The row of the program {@code sp}, in HQL; the id of its partnership is read from its own column. */
    static final String SELECT = "new " + SectorProgramRow.class.getName() + "(sp.id, sp.version, sp.createdAt,"
            + " sp.updatedAt, sp.partnership.id, sp.sector, sp.title, sp.description, sp.status, la.id, la.kind,"
            + " la.name, la.country, la.regionCode, sp.budgetAmount, sp.budgetCurrency, sp.side, sp.obstacleNote,"
            + " sp.startDate, sp.endDate, sp.outcomes)";

    // through the lead agency's accessors: it may be a lazy proxy, whose fields are empty
    static SectorProgramRow of(SectorProgram sp) {
        Actor lead = sp.leadAgency;
        return new SectorProgramRow(
                sp.id(),
                sp.version(),
                sp.createdAt(),
                sp.updatedAt(),
                sp.partnership.id(),
                sp.sector,
                sp.title,
                sp.description,
                sp.status,
                lead == null ? null : lead.id(),
                lead == null ? null : lead.kind(),
                lead == null ? null : lead.name(),
                lead == null ? null : lead.country(),
                lead == null ? null : lead.regionCode(),
                sp.budgetAmount,
                sp.budgetCurrency,
                sp.side,
                sp.obstacleNote,
                sp.startDate,
                sp.endDate,
                sp.outcomes);
    }
}
