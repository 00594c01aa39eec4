package db.migration;

import id.kembar.common.text.Words;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills the word tables of V22 from the texts that text search looks into (the words are computed in Java,
 * {@link Words}, alike for both databases). Each table is read in pages in the order of its primary key, and each
 * page's words are written in JDBC batches, in the order of their primary key too, and committed; the word indexes
 * come after (V22_3). Written in one transaction, or into those indexes at random places, H2's file grew by gigabytes
 * at 100,000 partnerships (some ten million words). So the migration runs outside a transaction of Flyway's; it first
 * empties the tables, so that a run cut short (then marked failed: {@code flyway repair}) can simply run again. A
 * partnership whose copies of its sides' names are not made yet (rows written by other means than the service) gets
 * their words when the kept values make the copies.
 */
public class V22_1__words extends PagedMigration {

    private static final int PAGE = 2000;
    private static final int BATCH = 1000;

    @Override
    void migrate(Connection connection) throws SQLException {
        fill(
                connection,
                "partnership",
                "partnership_word",
                "partnership_id",
                "title",
                "description",
                "objectives",
                "reference_number",
                "local_government_name",
                "partner_name");
        fill(
                connection,
                "milestone",
                "milestone_word",
                "milestone_id",
                "title",
                "description",
                "place_name",
                "document_number");
        fill(
                connection,
                "sector_program",
                "sector_program_word",
                "sector_program_id",
                "title",
                "description",
                "obstacle_note",
                "outcomes");
    }

    private static void fill(Connection connection, String table, String words, String owner, String... texts)
            throws SQLException {
        try (Statement empty = connection.createStatement()) {
            empty.executeUpdate("delete from " + words);
        }
        connection.commit();
        String select = "select id, " + String.join(", ", texts) + " from " + table;
        try (PreparedStatement first = connection.prepareStatement(select + " order by id limit " + PAGE);
                PreparedStatement next =
                        connection.prepareStatement(select + " where id > ? order by id limit " + PAGE);
                PreparedStatement write =
                        connection.prepareStatement("insert into " + words + " (" + owner + ", word) values (?, ?)")) {
            Object after = null;
            while (true) {
                PreparedStatement read = after == null ? first : next;
                if (after != null) {
                    next.setObject(1, after);
                }
                int pending = 0;
                Object last = null;
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        last = rows.getObject(1);
                        String[] values = new String[texts.length];
                        for (int i = 0; i < texts.length; i++) {
                            values[i] = rows.getString(i + 2);
                        }
                        for (String word : Words.of(values)) {
                            write.setObject(1, last);
                            write.setString(2, word);
                            write.addBatch();
                            if (++pending == BATCH) {
                                write.executeBatch();
                                pending = 0;
                            }
                        }
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
                connection.commit();
                if (last == null) {
                    return;
                }
                after = last;
            }
        }
    }
}
