package id.kembar.common.persistence;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Has PostgreSQL plan each of the service's statements once per connection and reuse that plan. The driver prepares a
 * statement on the server from its fifth use on; PostgreSQL then still plans it anew for each use while it guesses that
 * a plan made for the values at hand would be cheaper, which for a page of a list (a page size and an offset, a filter
 * value) it guessed every time: planning one cost as much as running it (0.3-0.4 ms each, with the many indexes lists
 * need to consider). In the benchmark at 100,000 partnerships the lists answered 28-85% more requests with one plan
 * and the findings 7-22% more; statistics and the assessment about 10% fewer (still far within their goal), and text
 * search ({@code q}) fewer: for a common word the plan made for it walked the title's index, the one plan for any word
 * reads every match and sorts, so the partnership search now chooses itself ({@link Criteria#walkTextAmong}; the
 * milestone search, not walked, answered 33% fewer; bench/RESULTS.md, fourteenth session).
 */
@ApplicationScoped
class GenericPlans implements AgroalPoolInterceptor {

    private final boolean postgresql;

    GenericPlans(@ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.postgresql = "postgresql".equals(databaseKind);
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        if (!postgresql) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set plan_cache_mode to force_generic_plan");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused plan_cache_mode (version 12 or later is needed)", e);
        }
    }
}
