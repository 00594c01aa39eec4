package id.kembar.history;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a change did to its record.")
public enum ChangeOperation {
    CREATED,
    UPDATED,
    DELETED
}
