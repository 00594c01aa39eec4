package id.kembar.finding;

import id.kembar.partnership.FindingCode;
import id.kembar.program.Obstacle;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One finding of one partnership, with enough of the partnership to show it in a national overview. */
@Schema(description = "A finding of a partnership, in the list of every current finding.")
public record PartnershipFinding(
        @Schema(required = true, description = "The partnership.") UUID partnershipId,
        @Schema(required = true, description = "Its title.", example = "Sister City Tangerang Selatan - Daejeon")
                String partnershipTitle,
        @Schema(required = true, description = "The Kemendagri code of its local government.", example = "36.74")
                String localRegionCode,
        @Schema(
                        description = "The region's name in the Kemendagri list; absent for a code the list does not "
                                + "have.",
                        example = "Kota Tangerang Selatan")
                String localRegionName,
        @Schema(required = true, description = "Its partner's country, ISO 3166-1 alpha-2.", example = "KR")
                String partnerCountry,
        @Schema(
                        description = "The country's name in the language of the messages (`Accept-Language`).",
                        example = "South Korea")
                String partnerCountryName,
        @Schema(required = true, description = "What kind of problem it is.") FindingCode code,
        @Schema(required = true, description = "How urgent it is.") FindingSeverity severity,
        @Schema(
                        required = true,
                        description = "The problem in words, in the language asked for with "
                                + "`Accept-Language` (`en` or `id`).",
                        example = "No milestone achieved for 3612 days; the last was \"MoU signed\" (2016).")
                String message,
        @Schema(required = true, description = "The ids of the records that caused it.") List<UUID> recordIds,
        @Schema(description = "For PROGRAMS_NOT_IMPLEMENTED: the obstacles those programs met.")
                List<Obstacle> obstacles) {}
