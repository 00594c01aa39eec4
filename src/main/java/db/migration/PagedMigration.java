package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A migration that writes many rows a page at a time and commits each page itself, outside a transaction of Flyway's:
 * in one transaction, H2's file grew by gigabytes at 100,000 partnerships. Each must be able to run again after a run
 * cut short (then marked failed: {@code flyway repair}).
 */
abstract class PagedMigration extends BaseJavaMigration {

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public final void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            migrate(connection);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Writes the pages, committing each. */
    abstract void migrate(Connection connection) throws SQLException;
}
