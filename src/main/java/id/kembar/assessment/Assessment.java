package id.kembar.assessment;

import id.kembar.finding.Finding;
import id.kembar.partnership.PartnershipStage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a partnership is doing as of a day: indicators, and findings ordered from the most severe.")
public record Assessment(
        @Schema(required = true, description = "The partnership assessed.") UUID partnershipId,
        @Schema(required = true, description = "The day it is assessed as of.", example = "2026-11-22") LocalDate asOf,
        @Schema(required = true, description = "The partnership's stage.") PartnershipStage stage,
        @Schema(required = true, description = "The partnership's measures.") Indicators indicators,
        @Schema(required = true, description = "The problems found, most severe first.") List<Finding> findings) {}
