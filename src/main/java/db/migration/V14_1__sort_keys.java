package db.migration;

import id.kembar.common.text.SortKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the sort keys that V14 added, from the texts they sort (the key is computed in Java, {@link SortKey}, alike
 * for both databases; neither could compute it in SQL). Each table is read once with a fetch size (a cursor on
 * PostgreSQL) and written in JDBC batches; at 100,000 partnerships that is about 1.5 million rows.
 */
public class V14_1__sort_keys extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        fill(connection, "partnership", "id", "title", "title_key");
        fill(connection, "partnership", "id", "local_government_name", "local_government_name_key");
        fill(connection, "partnership", "id", "partner_name", "partner_name_key");
        fill(connection, "actor", "id", "name", "name_key");
        fill(connection, "milestone", "id", "title", "title_key");
        fill(connection, "sector_program", "id", "title", "title_key");
        fill(connection, "current_finding", "partnership_id, code", "title", "title_order");
    }

    /** Sets {@code sortKey} to the sort key of {@code text} in every row whose text is set, by its primary {@code key}. */
    private static void fill(Connection connection, String table, String key, String text, String sortKey)
            throws SQLException {
        String[] keys = key.split(", ");
        String where =
                String.join(" and ", Arrays.stream(keys).map(k -> k + " = ?").toList());
        try (Statement read = connection.createStatement();
                PreparedStatement write =
                        connection.prepareStatement("update " + table + " set " + sortKey + " = ? where " + where)) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery("select " + key + ", " + text + " from " + table)) {
                int pending = 0;
                while (rows.next()) {
                    String value = rows.getString(keys.length + 1);
                    if (value == null) {
                        // a copy not made yet (a side's name): the kept values make it, and its key with it
                        continue;
                    }
                    write.setString(1, SortKey.of(value));
                    for (int i = 0; i < keys.length; i++) {
                        write.setObject(i + 2, rows.getObject(i + 1));
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
    }
}
