package id.kembar.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A code list as the index shows it: what it is and how many codes it has, without the codes.")
public record CodeListSummary(
        @Schema(
                        required = true,
                        description = "The code list's name; `GET /reference/{name}` returns it.",
                        pattern = CodeListIndex.NAME,
                        example = "partnership-types")
                String name,
        @Schema(
                        required = true,
                        description = "The name of the enum schema in the contract whose values it lists.",
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
        @Schema(required = true, description = "How many codes the list has.", minimum = "1", example = "5")
                int codeCount) {

    static CodeListSummary of(CodeList list) {
        return new CodeListSummary(
                list.name(),
                list.schema(),
                list.englishTitle(),
                list.indonesianTitle(),
                list.description(),
                list.codes().size());
    }
}
