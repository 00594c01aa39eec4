package id.kembar.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A count of partnerships under a code, with the code's name for the reader. */
@Schema(description = "How many partnerships a province or a country has, with its name beside its code.")
public record CodeCount(
        @Schema(
                        required = true,
                        description = "The province's Kemendagri code or the country's ISO 3166-1 code.",
                        example = "52")
                String code,
        @Schema(
                        description = "Its name: a province's official name; a country's in English or Indonesian "
                                + "(`Accept-Language`). Absent for a code in neither reference list.",
                        example = "Nusa Tenggara Barat")
                String name,
        @Schema(required = true, description = "The partnerships.", example = "1") long partnerships) {}
