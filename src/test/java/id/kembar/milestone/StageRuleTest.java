package id.kembar.milestone;

import static id.kembar.milestone.MilestoneType.ACTIVITY;
import static id.kembar.milestone.MilestoneType.AGREEMENT_EXPIRED;
import static id.kembar.milestone.MilestoneType.AGREEMENT_RENEWED;
import static id.kembar.milestone.MilestoneType.AGREEMENT_SIGNED;
import static id.kembar.milestone.MilestoneType.AGREEMENT_UPGRADED;
import static id.kembar.milestone.MilestoneType.CENTRAL_GOVERNMENT_CLEARANCE;
import static id.kembar.milestone.MilestoneType.COOPERATION_PLAN;
import static id.kembar.milestone.MilestoneType.EVALUATION;
import static id.kembar.milestone.MilestoneType.INITIAL_CONTACT;
import static id.kembar.milestone.MilestoneType.LEGISLATIVE_APPROVAL;
import static id.kembar.milestone.MilestoneType.LETTER_OF_INTENT;
import static id.kembar.milestone.MilestoneType.MEETING;
import static id.kembar.milestone.MilestoneType.MINUTES_OF_MEETING;
import static id.kembar.milestone.MilestoneType.OTHER;
import static id.kembar.milestone.MilestoneType.TERMINATED;
import static id.kembar.milestone.MilestoneType.VISIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kembar.common.time.PartialDate;
import id.kembar.partnership.PartnershipStage;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StageRuleTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    /** The formal steps before an agreement, in the order of the stages they give. */
    private static final List<MilestoneType> FORMAL = List.of(
            LETTER_OF_INTENT, MINUTES_OF_MEETING, COOPERATION_PLAN, LEGISLATIVE_APPROVAL, CENTRAL_GOVERNMENT_CLEARANCE);

    private static final List<PartnershipStage> FORMAL_STAGES = List.of(
            PartnershipStage.LETTER_OF_INTENT,
            PartnershipStage.PLANNING,
            PartnershipStage.PLANNING,
            PartnershipStage.LEGISLATIVE_APPROVAL,
            PartnershipStage.CENTRAL_CLEARANCE);

    private int recorded;

    /** An achieved event, recorded after every one made before it; {@code occurred} null for an undated one. */
    private StageRule.Event event(MilestoneType type, String occurred) {
        return new StageRule.Event(
                type,
                occurred == null ? null : PartialDate.parse(occurred),
                T0.plusSeconds(recorded++),
                UUID.randomUUID());
    }

    private StageRule.Event undated(MilestoneType type) {
        return event(type, null);
    }

    private static PartnershipStage stage(StageRule.Event... achieved) {
        PartnershipStage stage = StageRule.of(List.of(achieved));
        // the order the database returns them in must not matter
        List<StageRule.Event> shuffled = new ArrayList<>(List.of(achieved));
        Collections.shuffle(shuffled, new Random(achieved.length));
        assertEquals(stage, StageRule.of(shuffled), "same events in another order");
        Collections.reverse(shuffled);
        assertEquals(stage, StageRule.of(shuffled), "same events in another order");
        return stage;
    }

    @Test
    void noAchievedMilestoneIsExploration() {
        assertEquals(PartnershipStage.EXPLORATION, stage());
    }

    @Test
    void onlyContactsVisitsMeetingsAndActivitiesStayExploration() {
        assertEquals(
                PartnershipStage.EXPLORATION,
                stage(
                        undated(INITIAL_CONTACT),
                        event(VISIT, "2015"),
                        event(MEETING, "2015-06"),
                        event(ACTIVITY, "2016-02-01"),
                        undated(EVALUATION),
                        undated(OTHER)));
    }

    @Test
    void eachFormalStepGivesItsStage() {
        for (int i = 0; i < FORMAL.size(); i++) {
            assertEquals(
                    FORMAL_STAGES.get(i),
                    stage(undated(FORMAL.get(i))),
                    FORMAL.get(i).name());
            assertEquals(
                    FORMAL_STAGES.get(i),
                    stage(event(VISIT, "2014"), event(FORMAL.get(i), "2015")),
                    FORMAL.get(i).name());
        }
    }

    @Test
    void theHighestFormalStepWinsWhateverItsDate() {
        for (int lower = 0; lower < FORMAL.size(); lower++) {
            for (int higher = lower + 1; higher < FORMAL.size(); higher++) {
                String pair = FORMAL.get(lower) + " and " + FORMAL.get(higher);
                PartnershipStage expected = FORMAL_STAGES.get(higher);
                assertEquals(
                        expected, stage(event(FORMAL.get(lower), "2015"), event(FORMAL.get(higher), "2016")), pair);
                // a lower step achieved (or recorded) after a higher one does not move the stage back
                assertEquals(
                        expected, stage(event(FORMAL.get(higher), "2015"), event(FORMAL.get(lower), "2016")), pair);
                assertEquals(expected, stage(undated(FORMAL.get(higher)), undated(FORMAL.get(lower))), pair);
            }
        }
    }

    @Test
    void stepsMayBeSkipped() {
        assertEquals(PartnershipStage.CENTRAL_CLEARANCE, stage(undated(CENTRAL_GOVERNMENT_CLEARANCE)));
        assertEquals(
                PartnershipStage.LEGISLATIVE_APPROVAL,
                stage(event(LETTER_OF_INTENT, "2014"), event(LEGISLATIVE_APPROVAL, "2015")));
        assertEquals(PartnershipStage.PLANNING, stage(undated(INITIAL_CONTACT), undated(COOPERATION_PLAN)));
        assertEquals(PartnershipStage.AGREEMENT_IN_FORCE, stage(event(VISIT, "2014"), event(AGREEMENT_SIGNED, "2015")));
    }

    @ParameterizedTest
    @EnumSource(
            value = MilestoneType.class,
            names = {"AGREEMENT_SIGNED", "AGREEMENT_UPGRADED", "AGREEMENT_RENEWED"})
    void aSigningUpgradeOrRenewalPutsTheAgreementInForce(MilestoneType opening) {
        assertEquals(PartnershipStage.AGREEMENT_IN_FORCE, stage(undated(opening)));
        assertEquals(
                PartnershipStage.AGREEMENT_IN_FORCE,
                stage(
                        event(CENTRAL_GOVERNMENT_CLEARANCE, "2015"),
                        event(opening, "2016"),
                        event(LETTER_OF_INTENT, "2020"),
                        event(VISIT, "2021")));
    }

    @Test
    void anExpiryAfterTheSigningGivesExpiredAndATerminationTerminated() {
        assertEquals(
                PartnershipStage.AGREEMENT_EXPIRED,
                stage(event(AGREEMENT_SIGNED, "2016-11-18"), event(AGREEMENT_EXPIRED, "2021-11-18")));
        assertEquals(
                PartnershipStage.TERMINATED,
                stage(event(AGREEMENT_SIGNED, "2016-11-18"), event(TERMINATED, "2019-03")));
        assertEquals(
                PartnershipStage.TERMINATED,
                stage(event(AGREEMENT_UPGRADED, "2016"), event(AGREEMENT_EXPIRED, "2020"), event(TERMINATED, "2021")));
    }

    @Test
    void theLatestDatedAgreementEventDecidesNotTheOrderOfRecording() {
        StageRule.Event expiry = event(AGREEMENT_EXPIRED, "2021-11-18");
        StageRule.Event signing = event(AGREEMENT_SIGNED, "2016-11-18");
        assertEquals(PartnershipStage.AGREEMENT_EXPIRED, stage(expiry, signing));
        // an expiry dated before the signing (of an earlier agreement) does not end this one
        assertEquals(
                PartnershipStage.AGREEMENT_IN_FORCE,
                stage(event(AGREEMENT_SIGNED, "2016-11-18"), event(AGREEMENT_EXPIRED, "2015")));
    }

    @Test
    void aPartialDateCountsAsItsFirstDay() {
        // "2021" is 2021-01-01, before "2021-03"
        assertEquals(
                PartnershipStage.AGREEMENT_IN_FORCE,
                stage(
                        event(AGREEMENT_SIGNED, "2016"),
                        event(AGREEMENT_RENEWED, "2021-03"),
                        event(AGREEMENT_EXPIRED, "2021")));
        assertEquals(
                PartnershipStage.AGREEMENT_EXPIRED,
                stage(
                        event(AGREEMENT_SIGNED, "2016"),
                        event(AGREEMENT_RENEWED, "2021"),
                        event(AGREEMENT_EXPIRED, "2021-01-02")));
    }

    @Test
    void anUndatedEventIsOlderThanEveryDatedOne() {
        // the undated signing is recorded last, yet the dated expiry is the latest event
        StageRule.Event expiry = event(AGREEMENT_EXPIRED, "1990");
        assertEquals(PartnershipStage.AGREEMENT_EXPIRED, stage(expiry, undated(AGREEMENT_SIGNED)));
        StageRule.Event signing = event(AGREEMENT_SIGNED, "1990");
        assertEquals(PartnershipStage.AGREEMENT_IN_FORCE, stage(signing, undated(AGREEMENT_EXPIRED)));
        assertEquals(PartnershipStage.AGREEMENT_IN_FORCE, stage(signing, undated(TERMINATED)));
    }

    @Test
    void undatedEventsAmongThemselvesGoByWhenTheyWereRecorded() {
        assertEquals(PartnershipStage.AGREEMENT_EXPIRED, stage(undated(AGREEMENT_SIGNED), undated(AGREEMENT_EXPIRED)));
        assertEquals(PartnershipStage.AGREEMENT_IN_FORCE, stage(undated(AGREEMENT_EXPIRED), undated(AGREEMENT_SIGNED)));
    }

    @Test
    void onTheSameFirstDayTheLaterRecordedEventDecides() {
        assertEquals(
                PartnershipStage.AGREEMENT_EXPIRED,
                stage(event(AGREEMENT_SIGNED, "2021-01-01"), event(AGREEMENT_EXPIRED, "2021")));
        assertEquals(
                PartnershipStage.AGREEMENT_IN_FORCE,
                stage(event(AGREEMENT_EXPIRED, "2021-01"), event(AGREEMENT_RENEWED, "2021-01-01")));
        assertEquals(
                PartnershipStage.TERMINATED,
                stage(event(AGREEMENT_SIGNED, "2021-06-15"), event(TERMINATED, "2021-06-15")));
    }

    @Test
    void onTheSameDayAndRecordingTimeTheIdDecidesAsTheDatabaseOrdersIt() {
        // the V2 back-fill orders by "id desc"; databases compare UUIDs byte by byte (unsigned), as their text does
        UUID low = UUID.fromString("7fffffff-0000-4000-8000-000000000000");
        UUID high = UUID.fromString("80000000-0000-4000-8000-000000000000");
        PartialDate day = PartialDate.parse("2021-06-15");
        assertEquals(
                PartnershipStage.AGREEMENT_EXPIRED,
                stage(
                        new StageRule.Event(AGREEMENT_SIGNED, day, T0, low),
                        new StageRule.Event(AGREEMENT_EXPIRED, day, T0, high)));
        assertEquals(
                PartnershipStage.AGREEMENT_IN_FORCE,
                stage(
                        new StageRule.Event(AGREEMENT_SIGNED, day, T0, high),
                        new StageRule.Event(AGREEMENT_EXPIRED, day, T0, low)));
    }

    @Test
    void aRenewalAfterExpiryBringsTheAgreementBackIntoForce() {
        assertEquals(
                PartnershipStage.AGREEMENT_IN_FORCE,
                stage(
                        event(AGREEMENT_SIGNED, "2011"),
                        event(AGREEMENT_EXPIRED, "2016"),
                        event(AGREEMENT_RENEWED, "2017")));
        assertEquals(
                PartnershipStage.AGREEMENT_IN_FORCE,
                stage(
                        event(AGREEMENT_SIGNED, "2011"),
                        event(AGREEMENT_EXPIRED, "2016"),
                        event(AGREEMENT_UPGRADED, "2018")));
    }

    @Test
    void aTerminationAfterARenewalEndsIt() {
        assertEquals(
                PartnershipStage.TERMINATED,
                stage(
                        event(AGREEMENT_SIGNED, "2011"),
                        event(AGREEMENT_EXPIRED, "2016"),
                        event(AGREEMENT_RENEWED, "2017"),
                        event(TERMINATED, "2020-02")));
    }

    @Test
    void anExpiryOrTerminationWithoutAnySigningDoesNotCount() {
        assertEquals(PartnershipStage.EXPLORATION, stage(event(AGREEMENT_EXPIRED, "2020")));
        assertEquals(PartnershipStage.EXPLORATION, stage(undated(VISIT), event(TERMINATED, "2020")));
        assertEquals(
                PartnershipStage.LETTER_OF_INTENT,
                stage(event(LETTER_OF_INTENT, "2015"), event(AGREEMENT_EXPIRED, "2020")));
        assertEquals(
                PartnershipStage.CENTRAL_CLEARANCE,
                stage(
                        event(CENTRAL_GOVERNMENT_CLEARANCE, "2015"),
                        event(AGREEMENT_EXPIRED, "2019"),
                        event(TERMINATED, "2020")));
    }
}
