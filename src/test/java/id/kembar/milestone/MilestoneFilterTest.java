package id.kembar.milestone;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProgramFixtures.listed;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every filter of a partnership's timeline, asked of the nested list and of the top-level one alike. */
@QuarkusTest
class MilestoneFilterTest {

    /** The titles the nested list answers (sorted by title), after checking that the top-level list agrees. */
    private static List<Object> titles(String partnership, String query) {
        List<Object> nested = listed(milestonesOf(partnership) + "?sort=title&pageSize=200&" + query, "title");
        List<Object> topLevel = listed(
                "/api/v1/milestones?sort=title&pageSize=200&partnershipId=" + partnership + "&" + query, "title");
        assertThat("top-level list with " + query, topLevel, equalTo(nested));
        return nested;
    }

    @Test
    void filtersByTypeStatusAndSideAnyOfTheGivenValues() {
        String p = Fixtures.partnership();
        milestone(p, "title", "a loi", "type", "LETTER_OF_INTENT", "side", "LOCAL");
        milestone(
                p,
                "title",
                "b mou",
                "type",
                "AGREEMENT_SIGNED",
                "status",
                "PLANNED",
                "targetDate",
                "2026",
                "side",
                "PARTNER");
        milestone(p, "title", "c visit", "type", "VISIT", "status", "CANCELLED", "side", "BOTH");
        milestone(
                p, "title", "d webinar", "type", "MEETING", "status", "MISSED", "targetDate", "2020", "side", "REMOTE");
        assertThat(titles(p, "type=VISIT"), contains("c visit"));
        assertThat(titles(p, "type=LETTER_OF_INTENT&type=AGREEMENT_SIGNED"), contains("a loi", "b mou"));
        assertThat(titles(p, "status=ACHIEVED"), contains("a loi"));
        assertThat(titles(p, "status=MISSED&status=CANCELLED"), contains("c visit", "d webinar"));
        assertThat(titles(p, "side=REMOTE&side=LOCAL"), contains("a loi", "d webinar"));
        assertThat(titles(p, "type=VISIT&status=PLANNED"), empty());
    }

    @Test
    void filtersBySectorProgramAndActor() {
        String p = Fixtures.partnership();
        String eels = program(p, "title", "eels");
        String health = program(p, "title", "health");
        String dinas = actor("AGENCY", unique("Dinas"), "ID");
        String embassy = actor("DIPLOMATIC_MISSION", unique("Embassy"), "JP");
        milestone(p, "title", "a hatchery", "type", "ACTIVITY", "sectorProgramId", eels, "actorIds", List.of(dinas));
        milestone(
                p,
                "title",
                "b training",
                "type",
                "ACTIVITY",
                "sectorProgramId",
                health,
                "actorIds",
                List.of(dinas, embassy));
        milestone(p, "title", "c reception", "actorIds", List.of(embassy));
        assertThat(titles(p, "sectorProgramId=" + eels), contains("a hatchery"));
        assertThat(titles(p, "actorId=" + dinas), contains("a hatchery", "b training"));
        assertThat(titles(p, "actorId=" + embassy), contains("b training", "c reception"));
        assertThat(titles(p, "actorId=" + embassy + "&sectorProgramId=" + eels), empty());
        assertThat(
                listed("/api/v1/milestones?sort=title&actorId=" + embassy, "title"),
                contains("b training", "c reception"));
        given().get(milestonesOf(p) + "?actorId=" + dinas).then().body("totalItems", equalTo(2));
    }

    @Test
    void targetDateRangeUsesTheFirstDayOfFromAndTheLastDayOfTo() {
        String p = Fixtures.partnership();
        milestone(p, "title", "a 2025-12-31", "status", "PLANNED", "targetDate", "2025-12-31");
        milestone(p, "title", "b 2026", "status", "PLANNED", "targetDate", "2026");
        milestone(p, "title", "c 2026-03", "status", "PLANNED", "targetDate", "2026-03");
        milestone(p, "title", "d 2027-01", "status", "PLANNED", "targetDate", "2027-01");
        milestone(p, "title", "e undated");
        assertThat(titles(p, "targetDateTo=2026"), contains("a 2025-12-31", "b 2026", "c 2026-03"));
        assertThat(titles(p, "targetDateFrom=2026"), contains("b 2026", "c 2026-03", "d 2027-01"));
        assertThat(titles(p, "targetDateFrom=2026-02"), contains("c 2026-03", "d 2027-01"));
        assertThat(titles(p, "targetDateTo=2025-12"), contains("a 2025-12-31"));
        assertThat(titles(p, "targetDateFrom=2026-03-02&targetDateTo=2026-12-31"), empty());
        assertThat(titles(p, "status=PLANNED&targetDateTo=2026-06"), contains("a 2025-12-31", "b 2026", "c 2026-03"));
    }

    @Test
    void targetDateRangeReadsTheTargetWhateverTheStatusesAskedFor() {
        String p = Fixtures.partnership();
        milestone(p, "title", "a planned 2026", "status", "PLANNED", "targetDate", "2026-02");
        milestone(p, "title", "b missed 2026", "status", "MISSED", "targetDate", "2026-05");
        milestone(p, "title", "c cancelled 2027", "status", "CANCELLED", "targetDate", "2027");
        milestone(p, "title", "d achieved 2024, due 2026", "occurrenceDate", "2024-05", "targetDate", "2026-11");
        milestone(p, "title", "e achieved 2026, due 2023", "occurrenceDate", "2026-01", "targetDate", "2023");
        assertThat(
                titles(p, "status=PLANNED&status=MISSED&targetDateFrom=2026&targetDateTo=2026"),
                contains("a planned 2026", "b missed 2026"));
        assertThat(titles(p, "status=CANCELLED&targetDateTo=2026-12"), empty());
        assertThat(titles(p, "status=ACHIEVED&targetDateFrom=2026"), contains("d achieved 2024, due 2026"));
        assertThat(titles(p, "status=ACHIEVED&targetDateTo=2025"), contains("e achieved 2026, due 2023"));
        assertThat(
                titles(p, "status=ACHIEVED&status=MISSED&targetDateFrom=2026-03&targetDateTo=2026"),
                contains("b missed 2026", "d achieved 2024, due 2026"));
        assertThat(
                listed(milestonesOf(p) + "?status=PLANNED&status=CANCELLED&targetDateTo=2027&sort=-date", "title"),
                contains("c cancelled 2027", "a planned 2026"));
    }

    @Test
    void occurrenceDateRangeUsesTheFirstDayOfFromAndTheLastDayOfTo() {
        String p = Fixtures.partnership();
        milestone(p, "title", "a 2015", "occurrenceDate", "2015");
        milestone(p, "title", "b 2016", "occurrenceDate", "2016");
        milestone(p, "title", "c 2016-11", "occurrenceDate", "2016-11");
        milestone(p, "title", "d 2016-11-18", "occurrenceDate", "2016-11-18");
        milestone(p, "title", "e undated");
        assertThat(titles(p, "occurrenceDateFrom=2016-11"), contains("c 2016-11", "d 2016-11-18"));
        assertThat(titles(p, "occurrenceDateFrom=2016"), contains("b 2016", "c 2016-11", "d 2016-11-18"));
        assertThat(titles(p, "occurrenceDateTo=2016-10"), contains("a 2015", "b 2016"));
        assertThat(titles(p, "occurrenceDateTo=2016-11"), contains("a 2015", "b 2016", "c 2016-11", "d 2016-11-18"));
        assertThat(titles(p, "occurrenceDateFrom=2016-11-02&occurrenceDateTo=2016-11-18"), contains("d 2016-11-18"));
    }

    @Test
    void textSearchFindsWholeWordsOfTitleDescriptionPlaceAndDocumentNumberIgnoringCase() {
        String p = Fixtures.partnership();
        milestone(p, "title", "a World Technopolis Association meeting");
        milestone(p, "title", "b comparative study", "description", "Study visit to NANCHANG");
        milestone(p, "title", "c signing", "placeName", "Hildesheim Rathaus");
        milestone(p, "title", "d mom", "documentNumber", "MoM/KSZ/2016-10");
        assertThat(titles(p, "q=technopolis"), contains("a World Technopolis Association meeting"));
        assertThat(titles(p, "q=nanchang"), contains("b comparative study"));
        assertThat(titles(p, "q=RATHAUS"), contains("c signing"));
        assertThat(titles(p, "q=mom/ksz"), contains("d mom"));
        assertThat(titles(p, "q=kisarazu"), empty());
        assertThat(titles(p, "q=techno"), empty());
        invalid(given().queryParam("q", "%").get(milestonesOf(p)).then(), "q");
    }

    @Test
    void updatedSinceFindsMilestonesChangedAtOrAfterTheMoment() {
        String p = Fixtures.partnership();
        String first = milestone(p, "title", "a first");
        milestone(p, "title", "b second");
        String changedAt = patch(milestonesOf(p) + "/" + first, null, "{\"placeName\": \"Padang\"}")
                .statusCode(200)
                .extract()
                .path("updatedAt");
        assertThat(titles(p, "updatedSince=" + changedAt), contains("a first"));
        assertThat(titles(p, "updatedSince=2020-01-01T00:00:00Z"), contains("a first", "b second"));
        String future = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(titles(p, "updatedSince=" + future), empty());
    }

    @Test
    void badFilterValuesAre400NamingTheParameterAndWhatIsAllowed() {
        String p = Fixtures.partnership();
        invalid(given().get(milestonesOf(p) + "?type=MOU").then(), "type")
                .body("errors[0].allowedValues", hasItems("LETTER_OF_INTENT", "AGREEMENT_SIGNED"));
        invalid(given().get("/api/v1/milestones?status=DONE").then(), "status")
                .body("errors[0].allowedValues", contains("PLANNED", "ACHIEVED", "MISSED", "CANCELLED"));
        invalid(given().get(milestonesOf(p) + "?side=ONLINE").then(), "side");
        invalid(given().get(milestonesOf(p) + "?targetDateFrom=2026-13").then(), "targetDateFrom");
        invalid(given().get("/api/v1/milestones?occurrenceDateTo=2016-11-31").then(), "occurrenceDateTo");
        invalid(given().get(milestonesOf(p) + "?actorId=walikota").then(), "actorId");
        invalid(given().get(milestonesOf(p) + "?sectorProgramId=eels").then(), "sectorProgramId");
        invalid(given().get(milestonesOf(p) + "?updatedSince=2026-01-01").then(), "updatedSince");
        invalid(given().get(milestonesOf(p) + "?q=" + "x".repeat(201)).then(), "q");
        invalid(given().get(milestonesOf(p) + "?targetDate=2026").then(), "targetDate")
                .body("errors[0].allowedValues", hasItems("targetDateFrom", "targetDateTo", "type", "actorId"));
        invalid(given().get(milestonesOf(p) + "?partnershipId=" + p).then(), "partnershipId");
    }
}
