package id.kembar.program;

import id.kembar.actor.Actor;
import id.kembar.actor.ActorSummary;
import id.kembar.common.money.Money;
import id.kembar.common.persistence.AuditedEntity;
import id.kembar.partnership.Partnership;
import java.util.List;

final class SectorProgramMapper {

    private SectorProgramMapper() {}

    static SectorProgramResponse toResponse(SectorProgram sp) {
        return toItem(SectorProgramRow.of(sp), sp.obstacles.stream().sorted().toList());
    }

    /** The row's representation, with its obstacles in the order of their codes (a list item). */
    static SectorProgramResponse toItem(SectorProgramRow sp, List<Obstacle> obstacles) {
        return new SectorProgramResponse(
                sp.id(),
                sp.version(),
                sp.createdAt(),
                sp.updatedAt(),
                sp.partnershipId(),
                sp.sector(),
                sp.title(),
                sp.description(),
                sp.status(),
                sp.leadId(),
                sp.leadId() == null
                        ? null
                        : ActorSummary.of(
                                sp.leadId(), sp.leadKind(), sp.leadName(), sp.leadCountry(), sp.leadRegionCode()),
                Money.of(sp.budgetAmount(), sp.budgetCurrency()),
                sp.side(),
                obstacles,
                sp.obstacleNote(),
                sp.startDate(),
                sp.endDate(),
                sp.outcomes());
    }

    static SectorProgramRequest toRequest(SectorProgram sp) {
        return new SectorProgramRequest(
                sp.sector,
                sp.title,
                sp.description,
                sp.status,
                sp.leadAgency == null ? null : sp.leadAgency.id(),
                Money.of(sp.budgetAmount, sp.budgetCurrency),
                sp.side,
                sp.obstacles.stream().sorted().toList(),
                sp.obstacleNote,
                sp.startDate,
                sp.endDate,
                sp.outcomes);
    }

    static void apply(SectorProgramRequest request, Partnership partnership, Actor leadAgency, SectorProgram sp) {
        SectorProgramRequest before = sp.id() == null ? null : toRequest(sp);
        List<String> searched = sp.searchedTexts();
        sp.partnership = partnership;
        sp.localRegionCode = partnership.localRegionCode();
        sp.localProvince = partnership.localProvince();
        sp.partnerCountry = partnership.partnerCountry();
        sp.sector = request.sector();
        sp.title = request.title().strip();
        sp.description = request.description();
        sp.status = request.status();
        sp.leadAgency = leadAgency;
        sp.budgetAmount = request.budget() == null ? null : request.budget().toBigDecimal();
        sp.budgetCurrency = request.budget() == null ? null : request.budget().currency();
        sp.side = request.side();
        AuditedEntity.replace(sp.obstacles, request.obstacles());
        sp.obstacleNote = request.obstacleNote();
        sp.startDate = request.startDate();
        sp.endDate = request.endDate();
        sp.outcomes = request.outcomes();
        if (!searched.equals(sp.searchedTexts())) {
            sp.keepWords();
        }
        sp.touchIfChanged(before, toRequest(sp));
    }
}
