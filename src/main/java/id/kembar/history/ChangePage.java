package id.kembar.history;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed, and the cursor to ask for the next. */
@Schema(description = "Changes after the cursor given, oldest first, and the cursor to continue from.")
public record ChangePage(
        @Schema(required = true, description = "The changes, in the order they were committed.") List<ChangeItem> items,
        @Schema(
                        required = true,
                        description = "The cursor to send as `after` next: past every change on this page (and every "
                                + "change the filters skipped). Store it once the page is processed.",
                        example = "djE6MTI")
                String next,
        @Schema(
                        required = true,
                        description =
                                "Whether more changes were already committed: ask again at once, without waiting.")
                boolean hasMore) {}
