package id.kembar.common.geography;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A country's subdivision of ISO 3166-2. */
@Schema(description = "A subdivision of a country other than Indonesia, as ISO 3166-2 lists it.")
public record Subdivision(
        @Schema(
                        required = true,
                        description = "The ISO 3166-2 code: the country's and up to three letters or digits.",
                        pattern = "^[A-Z]{2}-[A-Z0-9]{1,3}$",
                        example = "CN-ZJ")
                String code,
        @Schema(
                        required = true,
                        description = "The country, ISO 3166-1 alpha-2.",
                        pattern = "^[A-Z]{2}$",
                        example = "CN")
                String country,
        @Schema(
                        required = true,
                        description = "What kind of subdivision it is, as ISO 3166-2 names it in English.",
                        example = "Province")
                String type,
        @Schema(
                        required = true,
                        description = "Its name as ISO 3166-2 gives it (in the country's own language, romanized).",
                        example = "Zhejiang Sheng")
                String name,
        @Schema(
                        description = "The subdivision it lies in, where ISO 3166-2 nests them; null at the top level.",
                        pattern = "^[A-Z]{2}-[A-Z0-9]{1,3}$",
                        example = "FR-ARA")
                String parent) {}
