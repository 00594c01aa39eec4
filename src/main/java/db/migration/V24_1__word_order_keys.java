package db.migration;

import id.kembar.common.text.WordList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Copies each item's sort key onto its word rows (V24): the items are read in pages in the order of their ids, and
 * each page's word rows, a range of the word table's primary key, are updated and committed, as V22_1 wrote them
 * (in one transaction H2's file grew by gigabytes). Outside a transaction of Flyway's; a run cut short can run again.
 */
public class V24_1__word_order_keys extends PagedMigration {

    private static final int PAGE = 2000;

    @Override
    void migrate(Connection connection) throws SQLException {
        for (WordList list : WordList.values()) {
            copy(connection, list);
        }
    }

    private static void copy(Connection connection, WordList list) throws SQLException {
        String table = list.table();
        try (PreparedStatement first =
                        connection.prepareStatement("select id from " + table + " order by id limit " + PAGE);
                PreparedStatement next = connection.prepareStatement(
                        "select id from " + table + " where id > ? order by id limit " + PAGE);
                PreparedStatement update = connection.prepareStatement(list.copyOrderKeysOfIds())) {
            Object after = null;
            while (true) {
                PreparedStatement read = after == null ? first : next;
                if (after != null) {
                    next.setObject(1, after);
                }
                Object from = null;
                Object to = null;
                try (ResultSet ids = read.executeQuery()) {
                    while (ids.next()) {
                        to = ids.getObject(1);
                        if (from == null) {
                            from = to;
                        }
                    }
                }
                if (to == null) {
                    return;
                }
                update.setObject(1, from);
                update.setObject(2, to);
                update.executeUpdate();
                connection.commit();
                after = to;
            }
        }
    }
}
