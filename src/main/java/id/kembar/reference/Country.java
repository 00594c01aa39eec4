package id.kembar.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A country of ISO 3166-1, named in the language of the request. */
@Schema(description = "A country of ISO 3166-1, named in English or Indonesian by `Accept-Language`.")
public record Country(
        @Schema(required = true, description = "ISO 3166-1 alpha-2.", pattern = "^[A-Z]{2}$", example = "CN")
                String code,
        @Schema(
                        required = true,
                        description = "Its name in the language of the response (`Content-Language`): the short "
                                + "English name, or the official Indonesian one.",
                        example = "Tiongkok")
                String name,
        @Schema(required = true, description = "How many ISO 3166-2 subdivisions it has.", example = "34")
                int subdivisions) {}
