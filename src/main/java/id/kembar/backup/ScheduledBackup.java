package id.kembar.backup;

import id.kembar.common.KembarConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Online backups of the embedded H2 database while the service runs ({@code kembar.backup.every}): H2's {@code BACKUP
 * TO} writes the database file as of the moment it begins into a zip, without stopping writers (it reads a snapshot),
 * first under a temporary name and then renamed, so a backup in the folder is always whole. The name holds the UTC
 * time it began, so names sort as backups were taken; the oldest beyond {@code kembar.backup.keep} are deleted. A
 * restore is the zip's file put back in place while the service is stopped (README, "Operations"). PostgreSQL is backed
 * up with {@code pg_dump}, which does the same from outside; on it the setting is refused at start-up.
 */
@ApplicationScoped
class ScheduledBackup {

    private static final Logger LOG = Logger.getLogger(ScheduledBackup.class);
    private static final DateTimeFormatter BEGAN =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    static final String PREFIX = "kembar-";
    static final String SUFFIX = ".zip";
    private static final String PART = ".part";

    private final AgroalDataSource dataSource;
    private final KembarConfig.Backup config;
    private final boolean h2;

    ScheduledBackup(
            AgroalDataSource dataSource,
            KembarConfig config,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.dataSource = dataSource;
        this.config = config.backup();
        this.h2 = "h2".equals(databaseKind);
    }

    void refuseOnPostgresql(@Observes StartupEvent started) {
        if (!h2 && !isOff(config.every())) {
            throw new IllegalStateException("kembar.backup.every backs up the embedded H2 database only; back "
                    + "PostgreSQL up with pg_dump (README, \"Operations\") and leave the setting off");
        }
    }

    private static boolean isOff(String every) {
        return every.equalsIgnoreCase("off") || every.equalsIgnoreCase("disabled");
    }

    @Scheduled(every = "${kembar.backup.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void backUp() {
        if (!h2) {
            return;
        }
        Instant began = Instant.now();
        try {
            Path folder = Files.createDirectories(Path.of(config.directory()));
            String name = PREFIX + BEGAN.format(began) + SUFFIX;
            Path part = folder.resolve(name + PART);
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute(
                        "backup to '" + part.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            Path backup = Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            LOG.infof(
                    "Backed up the database to %s (%d KiB) in %d ms",
                    backup, Files.size(backup) / 1024, Instant.now().toEpochMilli() - began.toEpochMilli());
            prune(folder);
        } catch (IOException | SQLException | UncheckedIOException e) {
            // the service serves on; the next interval tries again, and the log says that this one failed
            LOG.errorf(e, "The backup that began at %s failed", began);
        }
    }

    /**
     * Deletes the oldest backups beyond {@code keep}, and what a backup cut short left (a process stopped while it
     * wrote: no backup runs besides this one, which has renamed its own).
     */
    private void prune(Path folder) throws IOException {
        List<Path> backups;
        List<Path> left;
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.filter(file -> file.getFileName().toString().startsWith(PREFIX))
                    .sorted()
                    .toList();
            backups = all.stream()
                    .filter(file -> file.toString().endsWith(SUFFIX))
                    .toList();
            left = all.stream().filter(file -> file.toString().endsWith(PART)).toList();
        }
        for (Path part : left) {
            Files.deleteIfExists(part);
        }
        for (Path old : backups.subList(0, Math.max(0, backups.size() - config.keep()))) {
            Files.delete(old);
            LOG.infof("Deleted the backup %s (kembar.backup.keep=%d)", old, config.keep());
        }
    }
}
