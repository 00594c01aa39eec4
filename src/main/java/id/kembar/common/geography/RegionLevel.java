package id.kembar.common.geography;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "The level of an Indonesian region in the Kemendagri list: a `PROVINCE` (provinsi), a `REGENCY` "
                + "(kabupaten) or a `CITY` (kota).")
public enum RegionLevel {
    PROVINCE,
    REGENCY,
    CITY
}
