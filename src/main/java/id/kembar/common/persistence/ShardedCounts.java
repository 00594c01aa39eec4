package id.kembar.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Adds to counts kept on write in a table whose rows are a key, a shard and a count {@code n} (the tally, the words'
 * counts), inserting a row that does not exist yet. The rows are changed in the order given, which the caller keeps the
 * same for every writer (sorted), so that two writers cannot deadlock: each row is locked in that order, the rows that
 * must be inserted among them (a row whose key a concurrent writer inserts first is waited for, then added to). On
 * PostgreSQL one batch of upserts ({@code on conflict do update}); H2 has no such statement, and runs its statements in
 * the service's process: there each row is updated, and inserted first when the update found none. (An update of every
 * row followed by the inserts of the missing ones locked the existing rows before missing ones that sort before them:
 * two writers of new words deadlocked.) A shard spreads the writers of one key over several rows. It writes through the
 * session's connection, without flushing it.
 */
@ApplicationScoped
public class ShardedCounts {

    private final EntityManager em;
    private final boolean postgresql;

    ShardedCounts(EntityManager em, @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.em = em;
        this.postgresql = "postgresql".equals(databaseKind);
    }

    /**
     * Adds each amount to its row of {@code table}: the row's key values in the order of {@code columns}, the last of
     * them the shard.
     */
    public void add(String table, List<String> columns, Map<List<Object>, Long> amounts) {
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
        String keys = String.join(", ", columns);
        String insert = "insert into " + table + " (" + keys + ", n) values (" + "?, ".repeat(columns.size()) + "?)";
        em.unwrap(Session.class).doWork(connection -> {
            if (postgresql) {
                try (PreparedStatement upsert = connection.prepareStatement(
                        insert + " on conflict (" + keys + ") do update set n = " + table + ".n + excluded.n")) {
                    for (int i = 0; i < rows.size(); i++) {
                        bind(upsert, 1, rows.get(i));
                        upsert.setLong(columns.size() + 1, ns.get(i));
                        upsert.addBatch();
                    }
                    upsert.executeBatch();
                }
                return;
            }
            try (PreparedStatement update = connection.prepareStatement(
                            "update " + table + " set n = n + ? where " + String.join(" = ? and ", columns) + " = ?");
                    PreparedStatement adding = connection.prepareStatement(insert + " on conflict do nothing")) {
                for (int i = 0; i < rows.size(); i++) {
                    update.setLong(1, ns.get(i));
                    bind(update, 2, rows.get(i));
                    if (update.executeUpdate() == 0) {
                        // a concurrent writer may insert the same row first: then nothing happens here (once it has
                        // committed), and the update adds
                        bind(adding, 1, rows.get(i));
                        adding.setLong(columns.size() + 1, 0);
                        adding.executeUpdate();
                        update.executeUpdate();
                    }
                }
            }
        });
    }

    private static void bind(PreparedStatement statement, int first, List<Object> values) throws SQLException {
        for (int c = 0; c < values.size(); c++) {
            statement.setObject(first + c, values.get(c));
        }
    }
}
