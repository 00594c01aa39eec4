package id.kembar.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes to the tables behind the service's back, as only a test may: to make the state a migration starts from, or a
 * disagreement the consistency check must find.
 */
public final class Sql {

    private Sql() {}

    /** Runs one statement with these parameters, in a transaction of its own. */
    public static void execute(DataSource dataSource, String statement, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }

    /** The statements of a migration script on the class path ({@code /db/migration/...}): its comments left out. */
    public static List<String> statements(String script) throws IOException {
        try (InputStream in = Sql.class.getResourceAsStream(script)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return Arrays.stream(text.split(";"))
                    .map(String::strip)
                    .filter(statement -> !statement.isEmpty())
                    .toList();
        }
    }
}
