package id.kembar.milestone;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "`PLANNED` (has a target date), `ACHIEVED` (happened; the date it happened where known), "
                + "`MISSED` (the target passed without it), `CANCELLED`.")
public enum MilestoneStatus {
    PLANNED,
    ACHIEVED,
    MISSED,
    CANCELLED
}
