package id.kembar.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Where something takes place, seen from the Indonesian side: `LOCAL` in our region, `PARTNER` "
                + "in the partner's, `BOTH` in both, `REMOTE` online or elsewhere.")
public enum Side {
    LOCAL,
    PARTNER,
    BOTH,
    REMOTE
}
