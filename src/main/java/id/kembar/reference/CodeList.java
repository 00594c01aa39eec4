package id.kembar.reference;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "A code list: every value of one enum of the API, in a fixed order, with English and Indonesian "
                + "labels and a description of each.")
public record CodeList(
        @Schema(
                        required = true,
                        description = "The code list's name, as in its path.",
                        pattern = CodeListIndex.NAME,
                        example = "partnership-types")
                String name,
        @Schema(
                        required = true,
                        description = "The name of the enum schema in the contract whose values these are.",
                        example = "PartnershipType")
                String schema,
        @Schema(required = true, description = "The list's title in English.", example = "Partnership types")
                String englishTitle,
        @Schema(required = true, description = "The list's title in Indonesian.", example = "Jenis kerja sama")
                String indonesianTitle,
        @Schema(
                        required = true,
                        description = "What the list is for, in English.",
                        example = "The kind of " + "partnership, after Permendagri 25/2020.")
                String description,
        @Schema(required = true, description = "Every code, in the order forms should offer them.")
                List<ReferenceCode> codes) {}
