package id.kembar.reference;

import id.kembar.access.AuthorKind;
import id.kembar.access.Role;
import id.kembar.actor.ActorKind;
import id.kembar.actor.GovernmentLevel;
import id.kembar.apikey.ApiKeyStatus;
import id.kembar.common.geography.RegionLevel;
import id.kembar.finding.FindingSeverity;
import id.kembar.history.ChangeOperation;
import id.kembar.history.ResourceType;
import id.kembar.milestone.MilestoneStatus;
import id.kembar.milestone.MilestoneType;
import id.kembar.participant.ParticipantRole;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.PartnershipStage;
import id.kembar.partnership.PartnershipType;
import id.kembar.partnership.Side;
import id.kembar.program.Obstacle;
import id.kembar.program.ProgramStatus;
import id.kembar.program.Sector;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which enum each published code list lists. A new enum of the API is one line here and its labels in
 * {@code reference/labels.properties}; ReferenceCoverageTest fails until both exist.
 */
final class CodeListRegistry {

    record Entry(String name, Class<? extends Enum<?>> type) {

        /** The enum's schema name in the contract: its simple name unless {@code @Schema(name)} says otherwise. */
        String schema() {
            Schema schema = type.getAnnotation(Schema.class);
            return schema == null || schema.name().isEmpty() ? type.getSimpleName() : schema.name();
        }
    }

    static final List<Entry> ALL = List.of(
            new Entry("partnership-types", PartnershipType.class),
            new Entry("partnership-stages", PartnershipStage.class),
            new Entry("milestone-types", MilestoneType.class),
            new Entry("milestone-statuses", MilestoneStatus.class),
            new Entry("sides", Side.class),
            new Entry("sectors", Sector.class),
            new Entry("program-statuses", ProgramStatus.class),
            new Entry("obstacles", Obstacle.class),
            new Entry("actor-kinds", ActorKind.class),
            new Entry("government-levels", GovernmentLevel.class),
            new Entry("participant-roles", ParticipantRole.class),
            new Entry("finding-codes", FindingCode.class),
            new Entry("finding-severities", FindingSeverity.class),
            new Entry("roles", Role.class),
            new Entry("api-key-statuses", ApiKeyStatus.class),
            new Entry("resource-types", ResourceType.class),
            new Entry("change-operations", ChangeOperation.class),
            new Entry("author-kinds", AuthorKind.class),
            new Entry("region-levels", RegionLevel.class));

    private CodeListRegistry() {}
}
