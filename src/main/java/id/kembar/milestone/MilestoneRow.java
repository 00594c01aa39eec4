package id.kembar.milestone;

import id.kembar.common.time.PartialDate;
import id.kembar.partnership.Side;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a milestone's representation shows but its actors, as one row: a list page reads its items as these
 * ({@link #SELECT}) and its actors' summaries by a second query, rather than as entities, which it would build, track
 * and then only read.
 */
record MilestoneRow(
        UUID id,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        UUID partnershipId,
        MilestoneType type,
        String title,
        String description,
        MilestoneStatus status,
        PartialDate target,
        PartialDate occurrence,
        Side side,
        String placeName,
        String documentNumber,
        String documentUrl,
        UUID sectorProgramId) {

    /** The row of the milestone {@code m}, in HQL; the ids of its partnership and program are read from its own columns (no join). */
    static final String SELECT = "new " + MilestoneRow.class.getName() + "(m.id, m.version, m.createdAt, m.updatedAt,"
            + " m.partnership.id, m.type, m.title, m.description, m.status, m.target, m.occurrence, m.side,"
            + " m.placeName, m.documentNumber, m.documentUrl, m.sectorProgram.id)";

    static MilestoneRow of(Milestone m) {
        return new MilestoneRow(
                m.id(),
                m.version(),
                m.createdAt(),
                m.updatedAt(),
                m.partnership.id(),
                m.type,
                m.title,
                m.description,
                m.status,
                m.target,
                m.occurrence,
                m.side,
                m.placeName,
                m.documentNumber,
                m.documentUrl,
                m.sectorProgram == null ? null : m.sectorProgram.id());
    }
}
