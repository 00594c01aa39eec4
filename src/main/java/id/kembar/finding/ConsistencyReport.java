package id.kembar.finding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "The kept values (stage, finding facts, current findings, the sides' copies, the counts) "
                + "compared with a computation from scratch from the records.")
public record ConsistencyReport(
        @Schema(
                        required = true,
                        description = "The day the values were computed as of (today).",
                        example = "2026-12-02")
                LocalDate asOf,
        @Schema(required = true, description = "How many partnerships were checked.", example = "1000")
                long partnerships,
        @Schema(
                        required = true,
                        description = "Whether the kept values were computed again from the records after the "
                                + "disagreements below were found (a repair).")
                boolean repaired,
        @Schema(
                        required = true,
                        description = "Every kept value that disagrees with the computation (at most the first "
                                + "1000); empty when all agree.")
                List<Disagreement> disagreements) {

    @Schema(description = "A kept value that disagrees with its computation from the records.")
    public record Disagreement(
            @Schema(description = "The partnership; absent for a count over many partnerships.") UUID partnershipId,
            @Schema(required = true, description = "Which value.", example = "stage") String value,
            @Schema(description = "What is kept; absent when nothing is.", example = "AGREEMENT_IN_FORCE") String kept,
            @Schema(
                            description = "What the records give, computed from scratch; absent when nothing should "
                                    + "be kept.",
                            example = "TERMINATED")
                    String fromRecords) {}
}
