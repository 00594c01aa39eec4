package id.kembar.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** After Permendagri 25/2020 on regional cooperation with foreign parties. */
@Schema(
        description =
                "The kind of partnership. `SISTER_PROVINCE` (local side a province) and `SISTER_CITY` (kota or "
                        + "kabupaten kembar: local side a city or regency) are the binding sister level; `FRIENDSHIP` is a friendship "
                        + "cooperation below it; `OTHER_REGIONAL` another cooperation with a foreign regional government on a defined "
                        + "scope. These four have a foreign government as partner; `INSTITUTIONAL` is with a foreign institution.")
public enum PartnershipType {
    SISTER_PROVINCE,
    SISTER_CITY,
    FRIENDSHIP,
    OTHER_REGIONAL,
    INSTITUTIONAL;

    /** Every type but an institutional one is with a foreign regional government. */
    boolean needsGovernmentPartner() {
        return this != INSTITUTIONAL;
    }
}
