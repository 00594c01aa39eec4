package id.kembar.common;

import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.partnership;
import static id.kembar.support.KeptValuesAssert.assertKeptValuesAgree;
import static id.kembar.support.ProgramFixtures.listed;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.program;
import static id.kembar.support.ProgramFixtures.programsOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import id.kembar.support.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A text search with no other filter, in a list's default order, reads its page from the word index in that order
 * (each word row copies its item's sort key, V24); other orders and filters read the matches: the same items, in the
 * same order, with the same totals, on every page; words in any of the searched fields. A write that changes an item's
 * sort key moves it in the search's order too, and the consistency check finds every copy current.
 */
@QuarkusTest
@TestProfile(WordOrderTest.OwnDatabase.class)
class WordOrderTest {

    /** On a database of its own, so that the lists hold these items only. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabases.own("kembar-word-order");
        }
    }

    private static String partnership;

    @BeforeEach
    void items() {
        if (partnership != null) {
            return;
        }
        String local = city("Kota Gamelan Walk", "32.71");
        String other = city("Kota Walk", "32.73");
        partnership(
                local, foreignGovernment("Walk City A", "JP", "CITY"), "FRIENDSHIP", "title", "d by the local side");
        partnership(
                other, foreignGovernment("Walk City B", "JP", "CITY"), "FRIENDSHIP", "title", "a Gamelan in the title");
        partnership(
                other,
                foreignGovernment("Walk City C", "JP", "CITY"),
                "FRIENDSHIP",
                "title",
                "c in the objectives",
                "objectives",
                "Teaching gamelan");
        partnership(
                other,
                foreignGovernment("Gamelan Society", "NL", "CITY"),
                "FRIENDSHIP",
                "title",
                "b by the partner",
                "description",
                "A society");
        partnership(
                other,
                foreignGovernment("Walk City E", "JP", "CITY"),
                "FRIENDSHIP",
                "title",
                "e in the reference",
                "referenceNumber",
                "119/GAMELAN/SJ");
        partnership = partnership(
                other,
                foreignGovernment("Walk City F", "JP", "CITY"),
                "FRIENDSHIP",
                "title",
                "f no match",
                "description",
                "Gamelans and angklung");
        program(partnership, "title", "c gamelan school");
        program(partnership, "title", "a music", "outcomes", "A gamelan orchestra");
        program(partnership, "title", "b dance");
        milestone(partnership, "title", "Gamelan concert", "occurrenceDate", "2021-03");
        milestone(partnership, "title", "Visit", "placeName", "Gamelan hall", "occurrenceDate", "2019");
        milestone(partnership, "title", "Angklung concert", "occurrenceDate", "2020");
    }

    @Test
    void everyPageOfPartnershipsHasTheMatchesInTitleOrder() {
        given().get("/api/v1/partnerships?q=GAMELAN")
                .then()
                .statusCode(200)
                .body(
                        "items.title",
                        contains(
                                "a Gamelan in the title",
                                "b by the partner",
                                "c in the objectives",
                                "d by the local side",
                                "e in the reference"))
                .body("totalItems", equalTo(5));
        // the rows before a later page are skipped in a subquery
        given().get("/api/v1/partnerships?q=gamelan&pageSize=2&page=2")
                .then()
                .statusCode(200)
                .body("items.title", contains("c in the objectives", "d by the local side"))
                .body("totalItems", equalTo(5));
        // every word: the partner of "b" is no city
        given().get("/api/v1/partnerships?q=gamelan city&pageSize=2&page=2")
                .then()
                .statusCode(200)
                .body("items.title", contains("d by the local side", "e in the reference"))
                .body("totalItems", equalTo(4));
        given().get("/api/v1/partnerships?q=gamelan&pageSize=2&page=4")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(5));
    }

    @Test
    void programsAndMilestonesReadTheirOwnOrders() {
        given().get("/api/v1/sector-programs?q=gamelan")
                .then()
                .statusCode(200)
                .body("items.title", contains("a music", "c gamelan school"))
                .body("totalItems", equalTo(2));
        given().get("/api/v1/sector-programs?q=gamelan&pageSize=1&page=2")
                .then()
                .statusCode(200)
                .body("items.title", contains("c gamelan school"));
        given().get("/api/v1/milestones?q=gamelan")
                .then()
                .statusCode(200)
                .body("items.title", contains("Visit", "Gamelan concert"))
                .body("totalItems", equalTo(2));
        given().get("/api/v1/milestones?q=concert&pageSize=1&page=2")
                .then()
                .statusCode(200)
                .body("items.title", contains("Gamelan concert"))
                .body("totalItems", equalTo(2));
    }

    @Test
    void otherOrdersAndFiltersReadTheMatches() {
        given().get("/api/v1/partnerships?q=gamelan&sort=-title&pageSize=2")
                .then()
                .statusCode(200)
                .body("items.title", contains("e in the reference", "d by the local side"));
        given().get("/api/v1/partnerships?q=gamelan&partnerCountry=NL")
                .then()
                .statusCode(200)
                .body("items.title", contains("b by the partner"))
                .body("totalItems", equalTo(1));
        given().get("/api/v1/milestones?q=concert&sort=-date")
                .then()
                .statusCode(200)
                .body("items.title", contains("Gamelan concert", "Angklung concert"));
    }

    @Test
    void aWriteThatMovesAnItemInItsListMovesItInTheSearch() {
        String local = city("Kota Bonang", "32.75");
        String alpha = partnership(
                local, foreignGovernment("Bonang Town A", "KR", "CITY"), "FRIENDSHIP", "title", "alpha bonang");
        partnership(local, foreignGovernment("Bonang Town B", "KR", "CITY"), "FRIENDSHIP", "title", "beta bonang");
        String recital = milestone(alpha, "title", "Bonang recital", "occurrenceDate", "2018");
        milestone(alpha, "title", "Bonang workshop", "occurrenceDate", "2020-05");
        String alphaClass = program(alpha, "title", "alpha bonang class");
        program(alpha, "title", "beta bonang class");
        assertThat(listed("/api/v1/partnerships?q=bonang", "title"), contains("alpha bonang", "beta bonang"));
        assertThat(listed("/api/v1/milestones?q=bonang", "title"), contains("Bonang recital", "Bonang workshop"));
        assertThat(
                listed("/api/v1/sector-programs?q=bonang", "title"),
                contains("alpha bonang class", "beta bonang class"));

        // the same words in another order: the sort key changes, the words do not
        patch("/api/v1/partnerships/" + alpha, null, "{\"title\": \"bonang alpha\"}")
                .statusCode(200);
        patch(milestonesOf(alpha) + "/" + recital, null, "{\"occurrenceDate\": \"2022-01-15\"}")
                .statusCode(200);
        patch(programsOf(alpha) + "/" + alphaClass, null, "{\"title\": \"bonang class alpha\"}")
                .statusCode(200);

        assertThat(listed("/api/v1/partnerships?q=bonang", "title"), contains("beta bonang", "bonang alpha"));
        assertThat(listed("/api/v1/partnerships?q=Bonang&pageSize=1&page=2", "title"), contains("bonang alpha"));
        assertThat(listed("/api/v1/milestones?q=bonang", "title"), contains("Bonang workshop", "Bonang recital"));
        assertThat(listed("/api/v1/milestones?q=bonang&pageSize=1&page=2", "title"), contains("Bonang recital"));
        assertThat(
                listed("/api/v1/sector-programs?q=bonang", "title"),
                contains("beta bonang class", "bonang class alpha"));
        // of several words, the page is read through the rarest one's index, and the others are tested
        given().get("/api/v1/partnerships?q=bonang alpha")
                .then()
                .statusCode(200)
                .body("items.title", contains("bonang alpha"))
                .body("totalItems", equalTo(1));
        given().get("/api/v1/milestones?q=recital bonang&pageSize=1")
                .then()
                .statusCode(200)
                .body("items.title", contains("Bonang recital"))
                .body("totalItems", equalTo(1));
        assertKeptValuesAgree();
    }
}
