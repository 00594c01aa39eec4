package id.kembar.statistics;

import id.kembar.common.geography.Geography;
import id.kembar.common.geography.Region;
import id.kembar.partnership.FindingCode;
import id.kembar.partnership.PartnershipStage;
import id.kembar.partnership.PartnershipType;
import id.kembar.program.Obstacle;
import id.kembar.program.ProgramStatus;
import id.kembar.program.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts for dashboards; every value of an enum appears, with 0 where nothing has it. */
@Schema(description = "Totals and counts of the partnerships that match the filters, and of their programs.")
public record Statistics(
        @Schema(
                        required = true,
                        description = "The day the findings are counted as of (today).",
                        example = "2026-11-22")
                LocalDate asOf,
        @Schema(required = true, description = "Partnerships that match the filters.", example = "5") long partnerships,
        @Schema(required = true, description = "Their sector programs.", example = "26") long sectorPrograms,
        @Schema(required = true, description = "Their milestones.", example = "17") long milestones,
        @Schema(required = true, description = "Partnerships by stage (every stage listed).")
                Map<PartnershipStage, Long> partnershipsByStage,
        @Schema(required = true, description = "Partnerships by type (every type listed).")
                Map<PartnershipType, Long> partnershipsByType,
        @Schema(
                        required = true,
                        description = "Partnerships by the partner's country, ISO 3166-1 alpha-2 (only "
                                + "countries that occur).",
                        example = "{\"CN\": 2, \"JP\": 1}")
                Map<String, Long> partnershipsByPartnerCountry,
        @Schema(
                        required = true,
                        description = "Partnerships by the local government's province: the first part of "
                                + "its Kemendagri code (only provinces that occur).",
                        example = "{\"32\": 1, \"52\": 1}")
                Map<String, Long> partnershipsByLocalProvince,
        @Schema(required = true, description = "Their programs by sector (every sector listed).")
                Map<Sector, Long> programsBySector,
        @Schema(required = true, description = "Their programs by status (every status listed).")
                Map<ProgramStatus, Long> programsByStatus,
        @Schema(
                        required = true,
                        description = "Their programs by obstacle met (every obstacle listed; a program with "
                                + "two obstacles counts under both).")
                Map<Obstacle, Long> programsByObstacle,
        @Schema(
                        required = true,
                        description = "Partnerships that have each finding today (every code listed; a "
                                + "partnership with two findings counts under both).")
                Map<FindingCode, Long> partnershipsByFinding,
        @Schema(
                        required = true,
                        description =
                                "partnershipsByPartnerCountry with each country's name, in the order of the codes.")
                List<CodeCount> partnerCountries,
        @Schema(
                        required = true,
                        description =
                                "partnershipsByLocalProvince with each province's name, in the order of the codes.")
                List<CodeCount> localProvinces) {

    /** The same counts, with the names of the countries (in a language) and provinces beside their codes. */
    Statistics named(Locale language, Geography geography) {
        return new Statistics(
                asOf,
                partnerships,
                sectorPrograms,
                milestones,
                partnershipsByStage,
                partnershipsByType,
                partnershipsByPartnerCountry,
                partnershipsByLocalProvince,
                programsBySector,
                programsByStatus,
                programsByObstacle,
                partnershipsByFinding,
                partnershipsByPartnerCountry.entrySet().stream()
                        .map(country -> new CodeCount(
                                country.getKey(),
                                geography
                                        .countryName(country.getKey(), language)
                                        .orElse(null),
                                country.getValue()))
                        .toList(),
                partnershipsByLocalProvince.entrySet().stream()
                        .map(province -> new CodeCount(
                                province.getKey(),
                                geography
                                        .region(province.getKey())
                                        .map(Region::name)
                                        .orElse(null),
                                province.getValue()))
                        .toList());
    }
}
