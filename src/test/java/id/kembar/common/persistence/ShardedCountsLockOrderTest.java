package id.kembar.common.persistence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two writers of kept counts, one of which inserts a row the other also needs: each locks the rows in their sorted
 * order, also the one it must insert, so neither waits for the other in a circle. The order at stake: writer B has
 * inserted row {@code a} (not committed); writer A adds to {@code a} and to the existing {@code b}; then B adds to
 * {@code b} and commits. Updating every existing row first and inserting the missing ones after, A locked {@code b}
 * before waiting for {@code a}, and B's {@code b} closed the circle: a deadlock, which the service answers 503.
 */
@QuarkusTest
class ShardedCountsLockOrderTest {

    private static final String TABLE = "sharded_count_probe";
    private static final List<String> COLUMNS = List.of("k", "shard");

    @Inject
    ShardedCounts sharded;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void createTable() throws SQLException {
        execute("create table " + TABLE + " (k varchar(8) not null, shard smallint not null, n bigint not null,"
                + " constraint pk_" + TABLE + " primary key (k, shard))");
        execute("insert into " + TABLE + " (k, shard, n) values ('b', 0, 10)");
    }

    @AfterEach
    void dropTable() throws SQLException {
        execute("drop table " + TABLE);
    }

    @Test
    void aWriterInsertingARowAnotherNeedsDoesNotDeadlockWithIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch bInserted = new CountDownLatch(1);
        CountDownLatch aWaits = new CountDownLatch(1);
        Future<?> b = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            add(Map.of(List.of("a", (short) 0), 1L));
            bInserted.countDown();
            await(aWaits);
            add(Map.of(List.of("b", (short) 0), 1L));
        }));
        Future<?> a = pool.submit(() -> {
            await(bInserted);
            QuarkusTransaction.requiringNew().run(() -> {
                Map<List<Object>, Long> both = new LinkedHashMap<>();
                both.put(List.of("a", (short) 0), 1L);
                both.put(List.of("b", (short) 0), 1L);
                add(both);
            });
        });
        awaitAWaitingForALock();
        aWaits.countDown();
        b.get(30, TimeUnit.SECONDS);
        a.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(count("a"), equalTo(2L));
        assertThat(count("b"), equalTo(12L));
    }

    private void add(Map<List<Object>, Long> amounts) {
        sharded.add(TABLE, COLUMNS, amounts);
    }

    // The order at stake needs A blocked on B's row a before B goes on. PostgreSQL tells a lock waited for; H2 tells
    // only what a session executes: A's insert of row a, which waits until B ends (its rows before it are done)
    private void awaitAWaitingForALock() throws SQLException, InterruptedException {
        String waiting = "postgresql".equals(databaseKind)
                ? "select count(*) from pg_locks where not granted and locktype in ('transactionid', 'tuple')"
                : "select count(*) from information_schema.sessions where executing_statement like 'insert into "
                        + TABLE + "%'";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (scalar(waiting) == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("writer A never waited for writer B's row");
            }
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other writer did not get there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long count(String key) throws SQLException {
        return scalar("select n from " + TABLE + " where k = '" + key + "'");
    }

    private long scalar(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
