package id.kembar.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The database the tests run on, the build's kind (H2 by default, PostgreSQL with {@code -Ppostgresql} and
 * {@code TEST_DB_URL}), and databases of their own for the test profiles that need one.
 */
public final class TestDatabases {

    /** The modes the service runs H2 in (application.properties' default URL). */
    public static final String H2_MODES = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private TestDatabases() {}

    /** Whether this build runs on PostgreSQL: the database kind is fixed at build time, and surefire passes it on. */
    public static boolean isPostgresql() {
        return "postgresql".equals(System.getProperty("quarkus.datasource.db-kind"));
    }

    /**
     * A profile's settings on a database of its own named {@code name}, with further settings as pairs. A profile that
     * restarts Quarkus with other settings needs one: an H2 in-memory database left by an earlier start in this JVM
     * refuses inserts ("Check constraint invalid") once Quarkus restarts on it, and a profile's data would mix with
     * the other tests'. On H2 it is an in-memory database of that name; on PostgreSQL a schema of that name in the
     * test database, which Flyway creates (with {@code public} after it on the search path, where the extensions are).
     */
    public static Map<String, String> own(String name, String... pairs) {
        Map<String, String> config = new HashMap<>();
        if (isPostgresql()) {
            String schema = name.replace('-', '_').toLowerCase(Locale.ROOT);
            String url = System.getenv("TEST_DB_URL");
            config.put(
                    "quarkus.datasource.jdbc.url",
                    url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
            config.put("quarkus.flyway.schemas", schema);
        } else {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_MODES);
        }
        for (int i = 0; i < pairs.length; i += 2) {
            config.put(pairs[i], pairs[i + 1]);
        }
        return config;
    }

    /** The schema of a database of its own named {@code name} on PostgreSQL. */
    public static String schema(String name) {
        return name.replace('-', '_').toLowerCase(Locale.ROOT);
    }

    /** The test database's URL ({@code TEST_DB_URL}) with the schema of {@code name} first on the search path. */
    public static String postgresql(String name) {
        String url = System.getenv("TEST_DB_URL");
        if (url == null) {
            throw new IllegalStateException(
                    "The PostgreSQL build's tests need TEST_DB_URL: run scripts/test-on-postgresql");
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema(name) + ",public";
    }

    /** A database user's name or password for the tests: {@code TEST_DB_USER}, {@code TEST_DB_PASSWORD}, or kembar. */
    public static String credential(String variable) {
        String value = System.getenv(variable);
        return value == null ? "kembar" : value;
    }

    /**
     * Drops the schema of {@code name} with everything in it, on PostgreSQL, so that the next start migrates an empty
     * one (nothing to do on H2, whose databases of their own start empty).
     */
    public static void dropOwn(String name) throws SQLException {
        if (!isPostgresql()) {
            return;
        }
        try (Connection db = DriverManager.getConnection(
                        System.getenv("TEST_DB_URL"), credential("TEST_DB_USER"), credential("TEST_DB_PASSWORD"));
                Statement statement = db.createStatement()) {
            statement.execute("drop schema if exists " + schema(name) + " cascade");
        }
    }
}
