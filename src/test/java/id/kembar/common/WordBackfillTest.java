package id.kembar.common;

import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.partnership;
import static id.kembar.support.KeptValuesAssert.assertKeptValuesAgree;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import db.migration.V22_1__words;
import db.migration.V24_1__word_order_keys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/**
 * V22_1 fills the word tables from the texts of rows that have none (written before V22), and V24_1 copies each item's
 * sort key onto its words: afterwards text search finds them as it finds the rows the service wrote, and the
 * consistency check finds every word count and sort key as the service keeps them.
 */
@QuarkusTest
class WordBackfillTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void rowsWithoutWordsAreFoundAfterTheMigrationFilledThem() throws SQLException {
        String word = "backfill" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String partnership = partnership(
                city("Kota " + word, "32.71"),
                foreignGovernment("City " + word, "JP", "CITY"),
                "FRIENDSHIP",
                "title",
                "Kerja sama " + word);
        String milestone = milestone(partnership, "title", "Rapat " + word);
        String program = program(partnership, "title", "Program " + word);
        Map<String, String> searches = Map.of(
                "/api/v1/partnerships", partnership,
                "/api/v1/milestones", milestone,
                "/api/v1/sector-programs", program);

        try (Connection connection = dataSource.getConnection()) {
            for (String[] words : new String[][] {
                {"partnership_word", "partnership_id", partnership},
                {"milestone_word", "milestone_id", milestone},
                {"sector_program_word", "sector_program_id", program}
            }) {
                try (PreparedStatement delete =
                        connection.prepareStatement("delete from " + words[0] + " where " + words[1] + " = ?")) {
                    delete.setObject(1, UUID.fromString(words[2]));
                    delete.executeUpdate();
                }
            }
        }
        searches.forEach((path, id) ->
                given().queryParam("q", word).get(path).then().statusCode(200).body("items", empty()));

        // the words of every row written again, then the list's sort key copied onto each (V24_1)
        try (Connection connection = dataSource.getConnection()) {
            Context context = new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            };
            new V22_1__words().migrate(context);
            new V24_1__word_order_keys().migrate(context);
        }
        searches.forEach((path, id) ->
                given().queryParam("q", word).get(path).then().statusCode(200).body("items.id", contains(id)));
        assertKeptValuesAgree();
    }
}
