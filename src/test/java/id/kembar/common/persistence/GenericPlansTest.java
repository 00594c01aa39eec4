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
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet mode = statement.executeQuery("show plan_cache_mode")) {
            assertTrue(mode.next(), "PostgreSQL shows its plan cache mode");
            assertEquals("force_generic_plan", mode.getString(1));
        }
    }

    @Test
    void pooledConnectionsCompileNoStatement() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet jit = statement.executeQuery("show jit")) {
            assertTrue(jit.next(), "PostgreSQL shows whether it compiles statements");
            assertEquals("off", jit.getString(1));
        }
    }
}
