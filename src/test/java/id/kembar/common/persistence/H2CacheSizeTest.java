package id.kembar.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

/** The embedded database gets the page cache of kembar.h2.cache-size (64 MB by default), not H2's own default. */
@QuarkusTest
@DisabledIf("id.kembar.support.TestDatabases#isPostgresql")
class H2CacheSizeTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDatabaseHasTheConfiguredCache() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet settings = statement.executeQuery("select setting_value from information_schema.settings "
                        + "where lower(setting_name) = 'cache_size'")) {
            assertTrue(settings.next(), "H2 lists its cache size");
            assertEquals("65536", settings.getString(1), "H2's cache size in KB");
        }
    }
}
