package id.kembar.common.problem;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Records of one kind that still refer to the resource that was to be deleted.")
public record Reference(
        @Schema(description = "The collection the referring records belong to.", example = "partnerships")
                String resource,
        @Schema(description = "How many records refer to it.", example = "2") long count,
        @Schema(description = "The ids of the first referring records (at most 20).") List<UUID> ids) {}
