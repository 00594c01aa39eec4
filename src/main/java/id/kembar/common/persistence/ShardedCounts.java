package id.kembar.common.persistence;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Adds to counts kept on write in a table whose rows are a key, a shard and a count {@code n} (the tally, the words'
 * counts): one batch of updates, one per changed row, then an insert and the update again for any row that did not
 * exist yet. The rows are changed in the order given, which the caller keeps the same for every writer (sorted), so
 * that two writers cannot deadlock; a shard spreads the writers of one key over several rows. It writes through the
 * session's connection, without flushing it.
 */
public final class ShardedCounts {

    private ShardedCounts() {}

    /**
     * Adds each amount to its row of {@code table}: the row's key values in the order of {@code columns}, the last of
     * them the shard.
     */
    public static void add(EntityManager em, String table, List<String> columns, Map<List<Object>, Long> amounts) {
        List<List<Object>> rows = new ArrayList<>();
        List<Long> ns = new ArrayList<>();
        amounts.forEach((row, n) -> {
            if (n != 0) {
                rows.add(row);
                ns.add(n);
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        String update = "update " + table + " set n = n + ? where " + String.join(" = ? and ", columns) + " = ?";
        String insert = "insert into " + table + " (" + String.join(", ", columns) + ", n) values ("
                + "?, ".repeat(columns.size()) + "0) on conflict do nothing";
        em.unwrap(Session.class).doWork(connection -> {
            List<Integer> missing = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                for (int i = 0; i < rows.size(); i++) {
                    bindUpdate(statement, rows.get(i), ns.get(i));
                    statement.addBatch();
                }
                int[] updated = statement.executeBatch();
                for (int i = 0; i < updated.length; i++) {
                    if (updated[i] == 0) {
                        missing.add(i);
                    }
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            // a concurrent writer may insert the same row first: then nothing happens here, and the update adds
            try (PreparedStatement adding = connection.prepareStatement(insert);
                    PreparedStatement statement = connection.prepareStatement(update)) {
                for (int i : missing) {
                    List<Object> row = rows.get(i);
                    for (int c = 0; c < row.size(); c++) {
                        adding.setObject(c + 1, row.get(c));
                    }
                    adding.executeUpdate();
                    bindUpdate(statement, row, ns.get(i));
                    statement.executeUpdate();
                }
            }
        });
    }

    private static void bindUpdate(PreparedStatement update, List<Object> row, long n) throws SQLException {
        update.setLong(1, n);
        for (int c = 0; c < row.size(); c++) {
            update.setObject(c + 2, row.get(c));
        }
    }
}
