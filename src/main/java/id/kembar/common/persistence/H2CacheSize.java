package id.kembar.common.persistence;

import id.kembar.common.KembarConfig;
import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives the embedded H2 database the page cache of {@code kembar.h2.cache-size} from the first connection the pool
 * opens (Flyway's included). H2 has one cache per database, so each new connection sets the same size again, which
 * costs nothing; the setting is H2's {@code SET CACHE_SIZE}, in KB.
 */
@ApplicationScoped
class H2CacheSize implements AgroalPoolInterceptor {

    private final boolean h2;
    private final long kilobytes;

    H2CacheSize(KembarConfig config, @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.h2 = "h2".equals(databaseKind);
        this.kilobytes = Math.max(1, config.h2().cacheSize().asLongValue() / 1024);
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        if (!h2) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set cache_size " + kilobytes);
        } catch (SQLException e) {
            throw new IllegalStateException("H2 refused its cache size (kembar.h2.cache-size)", e);
        }
    }
}
