package id.kembar.program;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProgramFixtures.listed;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.program;
import static id.kembar.support.ProgramFixtures.programsOf;
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

/** Every filter of a partnership's program list, asked of the nested list and of the top-level one alike. */
@QuarkusTest
class SectorProgramFilterTest {

    /** The titles the nested list answers (sorted by title), after checking that the top-level list agrees. */
    private static List<Object> titles(String partnership, String query) {
        List<Object> nested = listed(programsOf(partnership) + "?pageSize=200&" + query, "title");
        List<Object> topLevel =
                listed("/api/v1/sector-programs?pageSize=200&partnershipId=" + partnership + "&" + query, "title");
        assertThat("top-level list with " + query, topLevel, equalTo(nested));
        return nested;
    }

    @Test
    void filtersBySectorAndStatusAnyOfTheGivenValues() {
        String p = Fixtures.partnership();
        program(p, "title", "a rice", "sector", "AGRICULTURE", "status", "IN_PROGRESS");
        program(p, "title", "b komodo", "sector", "TOURISM", "status", "AGREED");
        program(p, "title", "c exchange", "sector", "EDUCATION", "status", "COMPLETED");
        assertThat(titles(p, "sector=TOURISM"), contains("b komodo"));
        assertThat(titles(p, "sector=TOURISM&sector=EDUCATION"), contains("b komodo", "c exchange"));
        assertThat(titles(p, "status=IN_PROGRESS&status=COMPLETED"), contains("a rice", "c exchange"));
        assertThat(titles(p, "sector=TOURISM&status=COMPLETED"), empty());
        assertThat(titles(p, ""), contains("a rice", "b komodo", "c exchange"));
    }

    @Test
    void obstacleFilterMatchesProgramsWithAnyOfTheObstaclesOnce() {
        String p = Fixtures.partnership();
        program(
                p,
                "title",
                "a blueberries",
                "status",
                "CANCELLED",
                "obstacles",
                List.of("CLIMATE_OR_GEOGRAPHY", "NO_FOLLOW_UP"));
        program(p, "title", "b urban farming", "status", "STALLED", "obstacles", List.of("NO_BUDGET"));
        program(p, "title", "c smart city", "status", "PROPOSED");
        assertThat(titles(p, "obstacle=NO_BUDGET"), contains("b urban farming"));
        assertThat(
                titles(p, "obstacle=NO_BUDGET&obstacle=CLIMATE_OR_GEOGRAPHY"),
                contains("a blueberries", "b urban farming"));
        given().get(programsOf(p) + "?obstacle=CLIMATE_OR_GEOGRAPHY&obstacle=NO_FOLLOW_UP")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.title", contains("a blueberries"));
        assertThat(titles(p, "obstacle=POLICY_MISMATCH"), empty());
    }

    @Test
    void filtersByWhetherThereIsABudgetOrALeadAgency() {
        String p = Fixtures.partnership();
        String agency = actor("AGENCY", unique("Dinas"), "ID");
        String other = actor("AGENCY", unique("Dinas"), "ID");
        program(p, "title", "a funded", "budget", body("amount", "100", "currency", "IDR"), "leadAgencyId", agency);
        program(p, "title", "b unfunded", "leadAgencyId", other);
        program(p, "title", "c orphan");
        assertThat(titles(p, "hasBudget=true"), contains("a funded"));
        assertThat(titles(p, "hasBudget=false"), contains("b unfunded", "c orphan"));
        assertThat(titles(p, "hasLeadAgency=true"), contains("a funded", "b unfunded"));
        assertThat(titles(p, "hasLeadAgency=false"), contains("c orphan"));
        assertThat(titles(p, "hasBudget=false&hasLeadAgency=false"), contains("c orphan"));
        assertThat(titles(p, "leadAgencyId=" + other), contains("b unfunded"));
        assertThat(listed("/api/v1/sector-programs?leadAgencyId=" + agency, "title"), contains("a funded"));
        invalid(given().get(programsOf(p) + "?hasBudget=yes").then(), "hasBudget");
        invalid(given().get("/api/v1/sector-programs?hasLeadAgency=1").then(), "hasLeadAgency");
    }

    @Test
    void filtersBySideAnyOf() {
        String p = Fixtures.partnership();
        program(p, "title", "a local", "side", "LOCAL");
        program(p, "title", "b partner", "side", "PARTNER");
        program(p, "title", "c both", "side", "BOTH");
        program(p, "title", "d nowhere");
        assertThat(titles(p, "side=LOCAL"), contains("a local"));
        assertThat(titles(p, "side=PARTNER&side=BOTH"), contains("b partner", "c both"));
    }

    @Test
    void startDateRangeUsesTheFirstDayOfFromAndTheLastDayOfTo() {
        String p = Fixtures.partnership();
        program(p, "title", "a 2015", "startDate", "2015");
        program(p, "title", "b 2016-11", "startDate", "2016-11");
        program(p, "title", "c 2016-11-18", "startDate", "2016-11-18");
        program(p, "title", "d 2017-02", "startDate", "2017-02");
        program(p, "title", "e undated");
        assertThat(titles(p, "startDateFrom=2016-11"), contains("b 2016-11", "c 2016-11-18", "d 2017-02"));
        assertThat(titles(p, "startDateFrom=2016-11-18"), contains("c 2016-11-18", "d 2017-02"));
        assertThat(titles(p, "startDateTo=2016"), contains("a 2015", "b 2016-11", "c 2016-11-18"));
        assertThat(titles(p, "startDateTo=2016-11-17"), contains("a 2015", "b 2016-11"));
        assertThat(titles(p, "startDateFrom=2016&startDateTo=2016-11"), contains("b 2016-11", "c 2016-11-18"));
    }

    @Test
    void endDateRangeUsesTheFirstDayOfFromAndTheLastDayOfTo() {
        String p = Fixtures.partnership();
        program(p, "title", "a 2018", "endDate", "2018");
        program(p, "title", "b 2019-06", "endDate", "2019-06");
        program(p, "title", "c 2019-12-31", "endDate", "2019-12-31");
        program(p, "title", "d open");
        assertThat(titles(p, "endDateFrom=2019"), contains("b 2019-06", "c 2019-12-31"));
        assertThat(titles(p, "endDateFrom=2019-07"), contains("c 2019-12-31"));
        assertThat(titles(p, "endDateTo=2019-06"), contains("a 2018", "b 2019-06"));
        assertThat(titles(p, "endDateTo=2019"), contains("a 2018", "b 2019-06", "c 2019-12-31"));
        assertThat(titles(p, "endDateTo=2018-12-31"), contains("a 2018"));
    }

    @Test
    void textSearchIsCaseInsensitiveOverTitleDescriptionObstacleNoteAndOutcomes() {
        String p = Fixtures.partnership();
        program(p, "title", "a Eel Farming");
        program(p, "title", "b training", "description", "Health worker TRAINING in Kisarazu");
        program(
                p,
                "title",
                "c blueberries",
                "status",
                "CANCELLED",
                "obstacles",
                List.of("CLIMATE_OR_GEOGRAPHY"),
                "obstacleNote",
                "Bogor is too warm");
        program(p, "title", "d exchange", "outcomes", "Twelve students went to Daejeon");
        assertThat(titles(p, "q=eel"), contains("a Eel Farming"));
        assertThat(titles(p, "q=kisarazu"), contains("b training"));
        assertThat(titles(p, "q=TOO WARM"), contains("c blueberries"));
        assertThat(titles(p, "q=daejeon"), contains("d exchange"));
        // whole words: part of one finds nothing, and a search with no word is refused
        assertThat(titles(p, "q=daej"), empty());
        invalid(given().queryParam("q", "%").get(programsOf(p)).then(), "q");
        invalid(given().queryParam("q", "_").get(programsOf(p)).then(), "q");
        invalid(given().get(programsOf(p) + "?q=" + "x".repeat(201)).then(), "q");
    }

    @Test
    void updatedSinceFindsProgramsChangedAtOrAfterTheMoment() {
        String p = Fixtures.partnership();
        String old = program(p, "title", "a old");
        program(p, "title", "b older");
        String before = given().get(programsOf(p) + "/" + old).then().extract().path("updatedAt");
        assertThat(titles(p, "updatedSince=" + before), hasItems("a old", "b older"));
        String changedAt = patch(programsOf(p) + "/" + old, null, "{\"outcomes\": \"revived\"}")
                .statusCode(200)
                .extract()
                .path("updatedAt");
        assertThat(titles(p, "updatedSince=" + changedAt), contains("a old"));
        String future = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(titles(p, "updatedSince=" + future), empty());
    }

    @Test
    void badFilterValuesAre400NamingTheParameterAndWhatIsAllowed() {
        String p = Fixtures.partnership();
        invalid(given().get(programsOf(p) + "?sector=FARMING").then(), "sector")
                .body("errors[0].allowedValues", hasItems("AGRICULTURE", "TOURISM"));
        invalid(given().get(programsOf(p) + "?status=DONE").then(), "status")
                .body("errors[0].allowedValues", hasItems("STALLED", "CANCELLED"));
        invalid(given().get("/api/v1/sector-programs?obstacle=MONEY").then(), "obstacle")
                .body("errors[0].allowedValues", hasItems("NO_BUDGET"));
        invalid(given().get(programsOf(p) + "?side=HERE").then(), "side");
        invalid(given().get(programsOf(p) + "?startDateFrom=2016-13").then(), "startDateFrom");
        invalid(given().get(programsOf(p) + "?endDateTo=soon").then(), "endDateTo");
        invalid(given().get(programsOf(p) + "?leadAgencyId=dinas").then(), "leadAgencyId");
        invalid(given().get(programsOf(p) + "?updatedSince=yesterday").then(), "updatedSince");
        invalid(given().get(programsOf(p) + "?sectr=TOURISM").then(), "sectr")
                .body("errors[0].allowedValues", hasItems("sector", "obstacle", "hasBudget", "q", "page"));
        invalid(given().get(programsOf(p) + "?partnershipId=" + p).then(), "partnershipId");
    }
}
