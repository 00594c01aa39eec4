package id.kembar.finding;

import static id.kembar.support.FindingFixtures.assertAbsent;
import static id.kembar.support.FindingFixtures.assertPresent;
import static id.kembar.support.FindingFixtures.codes;
import static id.kembar.support.FindingFixtures.finding;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.program;
import static id.kembar.support.ProgramFixtures.programsOf;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import id.kembar.support.Fixtures;
import id.kembar.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * NO_BUDGET and NO_LEAD_AGENCY (a program agreed, in progress or stalled without one) and PROGRAMS_NOT_IMPLEMENTED
 * (programs stalled or cancelled, with their obstacles). They do not depend on the day; their threshold is the status.
 */
@QuarkusTest
class ProgramFindingTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-22");
    private static final Map<String, String> BUDGET = Map.of("amount", "1500000000", "currency", "IDR");

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    /** A program in each status, none with a budget or a lead agency. */
    private static String programInEveryStatus(String p, String status) {
        return program(
                p,
                "title",
                status.toLowerCase(),
                "status",
                status,
                "obstacles",
                List.of("STALLED", "CANCELLED").contains(status) ? List.of("NO_FOLLOW_UP") : List.of());
    }

    private static String programPath(String p, String program) {
        return programsOf(p) + "/" + program;
    }

    @Test
    void programsAgreedInProgressOrStalledWithoutABudgetAreNamed() {
        String p = Fixtures.partnership();
        String agreed = programInEveryStatus(p, "AGREED");
        String inProgress = programInEveryStatus(p, "IN_PROGRESS");
        String stalled = programInEveryStatus(p, "STALLED");
        for (String other : List.of("PROPOSED", "COMPLETED", "CANCELLED")) {
            programInEveryStatus(p, other);
        }
        program(p, "title", "budgeted", "status", "IN_PROGRESS", "budget", BUDGET);
        Map<String, Object> noBudget = assertPresent(clock, p, "NO_BUDGET", DAY);
        assertThat(noBudget.get("severity"), equalTo("WARNING"));
        assertThat((List<?>) noBudget.get("recordIds"), containsInAnyOrder(agreed, inProgress, stalled));
        assertThat(
                noBudget.get("message"),
                equalTo("Programs agreed, in progress or stalled without a budget (3): "
                        + "\"agreed\", \"in_progress\", \"stalled\"."));
    }

    @Test
    void noBudgetAppearsWhenAProposedProgramIsAgreedAndGoesWhenItGetsABudget() {
        String p = Fixtures.partnership();
        String proposed = programInEveryStatus(p, "PROPOSED");
        programInEveryStatus(p, "COMPLETED");
        programInEveryStatus(p, "CANCELLED");
        assertAbsent(clock, p, "NO_BUDGET", DAY);
        patch(programPath(p, proposed), null, "{\"status\": \"AGREED\"}").statusCode(200);
        assertThat(assertPresent(clock, p, "NO_BUDGET", DAY).get("recordIds"), equalTo(List.of(proposed)));
        patch(programPath(p, proposed), null, "{\"budget\": {\"amount\": \"1\", \"currency\": \"IDR\"}}")
                .statusCode(200);
        assertAbsent(clock, p, "NO_BUDGET", DAY);
    }

    @Test
    void programsAgreedInProgressOrStalledWithoutALeadAgencyAreNamed() {
        String p = Fixtures.partnership();
        String dinas = Fixtures.actor("AGENCY", Fixtures.unique("Dinas Pertanian"), "ID");
        String agreed = programInEveryStatus(p, "AGREED");
        String stalled = programInEveryStatus(p, "STALLED");
        programInEveryStatus(p, "PROPOSED");
        programInEveryStatus(p, "COMPLETED");
        programInEveryStatus(p, "CANCELLED");
        program(p, "title", "led", "status", "IN_PROGRESS", "leadAgencyId", dinas);
        Map<String, Object> noLead = assertPresent(clock, p, "NO_LEAD_AGENCY", DAY);
        assertThat(noLead.get("severity"), equalTo("WARNING"));
        assertThat((List<?>) noLead.get("recordIds"), containsInAnyOrder(agreed, stalled));
        assertThat(
                noLead.get("message"),
                equalTo("Programs agreed, in progress or stalled without a lead agency (2): "
                        + "\"agreed\", \"stalled\"."));

        patch(programPath(p, agreed), null, "{\"leadAgencyId\": \"" + dinas + "\"}")
                .statusCode(200);
        patch(programPath(p, stalled), null, "{\"status\": \"CANCELLED\"}").statusCode(200);
        assertAbsent(clock, p, "NO_LEAD_AGENCY", DAY);
    }

    @Test
    void programsStalledOrCancelledAreNotImplementedWithTheirObstacles() {
        String p = Fixtures.partnership();
        String blueberry = program(
                p,
                "title",
                "Blueberry farming",
                "status",
                "CANCELLED",
                "obstacles",
                List.of("POLICY_MISMATCH", "CLIMATE_OR_GEOGRAPHY"));
        String eel =
                program(p, "title", "Eel farming", "status", "CANCELLED", "obstacles", List.of("CLIMATE_OR_GEOGRAPHY"));
        String smartCity =
                program(p, "title", "Smart city", "status", "STALLED", "obstacles", List.of("COMMUNICATION"));
        for (String other : List.of("PROPOSED", "AGREED", "IN_PROGRESS", "COMPLETED")) {
            programInEveryStatus(p, other);
        }
        Map<String, Object> notImplemented = assertPresent(clock, p, "PROGRAMS_NOT_IMPLEMENTED", DAY);
        assertThat(notImplemented.get("severity"), equalTo("WARNING"));
        assertThat((List<?>) notImplemented.get("recordIds"), containsInAnyOrder(blueberry, eel, smartCity));
        // each obstacle once, in the order the vocabulary declares them
        assertThat(
                notImplemented.get("obstacles"),
                equalTo(List.of("CLIMATE_OR_GEOGRAPHY", "POLICY_MISMATCH", "COMMUNICATION")));
        String message = (String) notImplemented.get("message");
        assertThat(message, startsWith("Programs stalled or cancelled (3): \"Blueberry farming\" " + "(Cancelled: "));
        assertThat(
                message,
                endsWith("\"Eel farming\" (Cancelled: Climate or geography), "
                        + "\"Smart city\" (Stalled: Communication)."));
    }

    @Test
    void aProgramThatStallsBecomesAFindingAndOnlyThatFindingCarriesObstacles() {
        String p = Fixtures.partnership();
        String going = program(p, "status", "IN_PROGRESS");
        program(p, "status", "PROPOSED");
        assertAbsent(clock, p, "PROGRAMS_NOT_IMPLEMENTED", DAY);
        patch(programPath(p, going), null, "{\"status\": \"STALLED\", \"obstacles\": [\"NO_BUDGET\"]}")
                .statusCode(200);
        assertThat(
                assertPresent(clock, p, "PROGRAMS_NOT_IMPLEMENTED", DAY).get("obstacles"),
                equalTo(List.of("NO_BUDGET")));
        assertThat(finding(p, DAY.toString(), "NO_BUDGET").containsKey("obstacles"), equalTo(false));
    }

    @Test
    void aPartnershipWithoutProgramsHasNoProgramFinding() {
        String p = Fixtures.partnership();
        for (String code : List.of("NO_BUDGET", "NO_LEAD_AGENCY", "PROGRAMS_NOT_IMPLEMENTED")) {
            assertThat(codes(p, DAY.toString()), not(hasItem(code)));
        }
    }
}
