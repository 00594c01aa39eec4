package id.kembar.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One code of a code list: the value the API sends and accepts, with its labels and meaning.")
public record ReferenceCode(
        @Schema(
                        required = true,
                        description = "The value as the API sends and accepts it.",
                        pattern = "^[A-Z][A-Z0-9_]*$",
                        example = "SISTER_CITY")
                String code,
        @Schema(
                        required = true,
                        description = "A short English label for forms, filters and tables.",
                        example = "Sister city")
                String englishLabel,
        @Schema(
                        required = true,
                        description = "A short Indonesian label for forms, filters and tables.",
                        example = "Kota/kabupaten kembar")
                String indonesianLabel,
        @Schema(
                        required = true,
                        description = "What the code means, in English.",
                        example = "A binding sister-city "
                                + "partnership; the Indonesian side is a city (kota) or a regency (kabupaten).")
                String description) {}
