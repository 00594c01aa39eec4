package id.kembar.support;

/** Databases of their own for the test profiles that need one. */
public final class TestDatabases {

    /** The modes the service runs H2 in (application.properties' default URL). */
    public static final String H2_MODES = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private TestDatabases() {}

    /**
     * An H2 in-memory database named {@code name}, in the modes of the service's: a profile that restarts Quarkus
     * with other settings gets one of its own, as an H2 in-memory database left by an earlier start in this JVM
     * refuses inserts ("Check constraint invalid") once Quarkus restarts on it.
     */
    public static String ownH2(String name) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_MODES;
    }
}
