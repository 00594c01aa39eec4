package id.kembar.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The consistency the service keeps without relying on the database's foreign keys under concurrency: no stored row
 * refers to an actor that does not exist. Read straight from the tables, as the API would hide such a row or fail on
 * it.
 */
public final class DanglingReferences {

    /** Every column that refers to an actor (V1). */
    private static final List<String[]> COLUMNS = List.of(
            new String[] {"actor", "parent_id"},
            new String[] {"partnership", "local_government_id"},
            new String[] {"partnership", "partner_id"},
            new String[] {"participant", "actor_id"},
            new String[] {"sector_program", "lead_agency_id"},
            new String[] {"milestone_actor", "actor_id"});

    private DanglingReferences() {}

    /** Each reference to a missing actor, as "table.column -> id"; empty when there is none. */
    public static List<String> in(DataSource dataSource) throws SQLException {
        List<String> dangling = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String[] reference : COLUMNS) {
                String table = reference[0];
                String column = reference[1];
                String query = "select r." + column + " from " + table + " r where r." + column + " is not null"
                        + " and not exists (select 1 from actor a where a.id = r." + column + ")";
                try (ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        dangling.add(table + "." + column + " -> " + rows.getString(1));
                    }
                }
            }
        }
        return dangling;
    }
}
