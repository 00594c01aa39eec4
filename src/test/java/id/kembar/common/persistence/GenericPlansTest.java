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
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Every pooled PostgreSQL connection plans a prepared statement once, for any value, and compiles none to machine code
 * (plan-reuse; lists rely on it).
 */
@QuarkusTest
@EnabledIf("id.kembar.support.TestDatabases#isPostgresql")
class GenericPlansTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void pooledConnectionsReuseOnePlanPerStatement() throws SQLException {
        assertEquals("force_generic_plan", show("plan_cache_mode"));
    }

    @Test
    void pooledConnectionsCompileNoStatement() throws SQLException {
        assertEquals("off", show("jit"));
    }

    /** The value of a setting on a pooled connection. */
    private String show(String setting) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet value = statement.executeQuery("show " + setting)) {
            assertTrue(value.next(), "PostgreSQL shows " + setting);
            return value.getString(1);
        }
    }
}
