package id.kembar.partnership;

import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.partnership;
import static io.restassured.RestAssured.given;
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
 * A text search with no other filter, in title order, may walk the title order and test each partnership instead of
 * reading its matches from the text indexes ({@code kembar.lists.text-walk-cost}): the same partnerships, in the same
 * order, with the same totals, on every page, whichever way a page is read; matches in any of the searched fields,
 * empty ones among them.
 */
@QuarkusTest
@TestProfile(PartnershipTextWalkTest.WalkAlways.class)
class PartnershipTextWalkTest {

    /** Every text search alone walks; on a database of its own, so that the lists hold these partnerships only. */
    public static class WalkAlways implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabases.own("kembar-text-walk", "kembar.lists.text-walk-cost", "0");
        }
    }

    private static boolean created;

    @BeforeEach
    void partnerships() {
        if (created) {
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
                "e with an underscore",
                "description",
                "Batik",
                "objectives",
                "gamelan_ with an underscore");
        partnership(
                other,
                foreignGovernment("Walk City F", "JP", "CITY"),
                "FRIENDSHIP",
                "title",
                "f no match",
                "description",
                "Angklung");
        created = true;
    }

    @Test
    void everyPageHasTheMatchesInTitleOrder() {
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
                                "e with an underscore"))
                .body("totalItems", equalTo(5));
        // the rows before a later page are skipped in a subquery
        given().get("/api/v1/partnerships?q=gamelan&pageSize=2&page=2")
                .then()
                .statusCode(200)
                .body("items.title", contains("c in the objectives", "d by the local side"))
                .body("totalItems", equalTo(5));
        given().get("/api/v1/partnerships?q=gamelan&pageSize=2&page=4")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(5));
    }

    @Test
    void theSearchStaysASubstringSearchWithItsEscapes() {
        given().get("/api/v1/partnerships?q=gamelan_")
                .then()
                .statusCode(200)
                .body("items.title", contains("e with an underscore"))
                .body("totalItems", equalTo(1));
        given().get("/api/v1/partnerships?q=elan%25with")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
    }

    @Test
    void otherOrdersAndFiltersReadTheMatches() {
        given().get("/api/v1/partnerships?q=gamelan&sort=-title&pageSize=2")
                .then()
                .statusCode(200)
                .body("items.title", contains("e with an underscore", "d by the local side"));
        given().get("/api/v1/partnerships?q=gamelan&partnerCountry=NL")
                .then()
                .statusCode(200)
                .body("items.title", contains("b by the partner"))
                .body("totalItems", equalTo(1));
    }
}
