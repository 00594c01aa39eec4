package id.kembar.common.geography;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An Indonesian province, regency or city of the Kemendagri list. */
@Schema(description = "An Indonesian province, regency (kabupaten) or city (kota), as the Kemendagri list names it.")
public record Region(
        @Schema(
                        required = true,
                        description = "The Kemendagri code: two digits for a province, the province's and two more for "
                                + "a regency or city.",
                        pattern = "^[0-9]{2}(\\.[0-9]{2})?$",
                        example = "32.71")
                String code,
        @Schema(required = true, description = "The official name.", example = "Kota Bogor") String name,
        @Schema(required = true, description = "Whether it is a province, a regency or a city.") RegionLevel level,
        @Schema(
                        description = "The province of a regency or city; null for a province.",
                        pattern = "^[0-9]{2}$",
                        example = "32")
                String parent) {}
