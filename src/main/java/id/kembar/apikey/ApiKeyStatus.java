package id.kembar.apikey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether requests may use a key. */
@Schema(description = "Whether requests may use the key: `ACTIVE`, or `EXPIRED` or `REVOKED` and refused.")
public enum ApiKeyStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
