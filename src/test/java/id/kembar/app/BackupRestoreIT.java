package id.kembar.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.kembar.support.PackagedService;
import id.kembar.support.TestDatabases;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A backup taken while writers write, restored as the README says into a fresh instance, reads back: every write
 * acknowledged before the backup began is there, nothing is there that was not written, and every kept value agrees
 * with its records. On H2 the backup is the service's own online backup ({@code KEMBAR_BACKUP_EVERY}); on PostgreSQL
 * it is {@code pg_dump}, restored with {@code pg_restore} into the emptied schema.
 */
class BackupRestoreIT {

    private static final DateTimeFormatter BEGAN =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Each create acknowledged: the actor's id and when the answer came. */
    private final Map<String, Instant> acknowledged = new ConcurrentHashMap<>();
    /** Each create sent, whatever came of it (names are unique, ids are learned from answers). */
    private final Set<String> sent = ConcurrentHashMap.newKeySet();

    private final List<PackagedService> services = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (PackagedService service : services) {
            service.close();
        }
    }

    @Test
    void aBackupTakenDuringWritesRestoresIntoAFreshInstance() throws Exception {
        Path folder = PackagedService.freshFolder(Path.of("target", "backup-it"));
        Path backups = folder.resolve("backups");
        Map<String, String> environment = TestDatabases.isPostgresql()
                ? Map.of("KEMBAR_DEMO_DATA", "true", "KEMBAR_WARM_UP", "false")
                : Map.of(
                        "KEMBAR_DEMO_DATA", "true",
                        "KEMBAR_WARM_UP", "false",
                        "KEMBAR_BACKUP_EVERY", "1s",
                        "KEMBAR_BACKUP_KEEP", "3",
                        "KEMBAR_BACKUP_DIRECTORY", backups.toAbsolutePath().toString());
        PackagedService original = started(new PackagedService(folder, environment));
        List<String> partnerships = given().port(original.port())
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");

        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            int writer = w;
            writers.add(pool.submit(() -> write(original.port(), writer, partnerships, writing)));
        }
        Thread.sleep(3000);
        Instant began;
        Path restoreFrom;
        if (TestDatabases.isPostgresql()) {
            began = Instant.now();
            restoreFrom = folder.resolve("kembar.dump");
            run("pg_dump", "-Fc", "-n", TestDatabases.schema("backup-it"), "-f", restoreFrom.toString());
            Thread.sleep(1500);
        } else {
            // backups every second while the writers write: the first that began after more than ten writes were
            // acknowledged (however slowly this machine writes), copied aside before newer ones push it out, and more
            // writes after it
            restoreFrom = folder.resolve("chosen.zip");
            began = copyBackupBeganAfter(backups, eleventhAcknowledged(), restoreFrom);
            Thread.sleep(1500);
        }
        writing.set(false);
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        original.stop();

        PackagedService restored;
        if (TestDatabases.isPostgresql()) {
            TestDatabases.dropOwn("backup-it");
            run("pg_restore", "--no-owner", restoreFrom.toString());
            restored = started(new PackagedService(folder, "restored.log", environment));
        } else {
            List<Path> kept = backups(backups);
            assertThat("backups kept (KEMBAR_BACKUP_KEEP=3)", kept.size(), lessThanOrEqualTo(3));
            for (Path backup : kept) {
                assertThat("a whole database in " + backup, entries(backup), equalTo(List.of("kembar.mv.db")));
            }
            Path fresh = PackagedService.freshFolder(Path.of("target", "backup-it-restored"));
            unzip(restoreFrom, fresh);
            restored =
                    started(new PackagedService(fresh, Map.of("KEMBAR_DEMO_DATA", "true", "KEMBAR_WARM_UP", "false")));
        }

        Instant backupBegan = began;
        List<String> before = acknowledged.entrySet().stream()
                .filter(ack -> ack.getValue().isBefore(backupBegan))
                .map(Map.Entry::getKey)
                .toList();
        assertThat("writes acknowledged before the backup began", before.size(), greaterThan(10));
        assertThat(
                "acknowledged before the backup began, missing after the restore",
                before.stream()
                        .filter(id -> given().port(restored.port())
                                        .get("/api/v1/actors/" + id)
                                        .statusCode()
                                != 200)
                        .toList(),
                empty());
        List<String> names = given().port(restored.port())
                .get("/api/v1/actors?q=Backup writer&pageSize=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        assertThat(
                "restored actors that were never written",
                names.stream().filter(name -> !sent.contains(name)).toList(),
                empty());
        assertThat(
                "restored fewer than all writes (the backup was taken during them)",
                given().port(restored.port())
                        .get("/api/v1/actors?q=Backup writer&pageSize=1")
                        .then()
                        .extract()
                        .<Integer>path("totalItems"),
                lessThanOrEqualTo(sent.size()));
        given().port(restored.port())
                .get("/api/v1/consistency")
                .then()
                .statusCode(200)
                .body("partnerships", equalTo(partnerships.size()))
                .body("disagreements", empty());
    }

    /** PostgreSQL is backed up with pg_dump: the service's own backups are refused there, at start-up, saying so. */
    @Test
    void theServicesOwnBackupsAreRefusedOnPostgresql() throws Exception {
        assumeTrue(TestDatabases.isPostgresql(), "the H2 build takes the setting");
        PackagedService service = new PackagedService(
                PackagedService.freshFolder(Path.of("target", "backup-refused-it")),
                Map.of("KEMBAR_BACKUP_EVERY", "1h", "KEMBAR_WARM_UP", "false"));
        services.add(service);
        assertThrows(IllegalStateException.class, service::start);
        assertThat(
                Files.readString(service.log()),
                containsString("kembar.backup.every backs up the embedded H2 database only"));
    }

    /** Creates actors and adds milestones to the partnerships (which changes their kept values) until told to stop. */
    private void write(int port, int writer, List<String> partnerships, AtomicBoolean writing) {
        for (int i = 0; writing.get(); i++) {
            String name = "Backup writer " + writer + " actor " + i;
            sent.add(name);
            Response created = given().port(port)
                    .contentType(ContentType.JSON)
                    .body(Map.of("kind", "NGO", "name", name, "country", "ID"))
                    .post("/api/v1/actors");
            if (created.statusCode() == 201) {
                acknowledged.put(created.path("id"), Instant.now());
            }
            if (i % 3 == 0) {
                given().port(port)
                        .contentType(ContentType.JSON)
                        .body(Map.of("type", "VISIT", "title", name, "status", "ACHIEVED", "occurrenceDate", "2026-11"))
                        .post("/api/v1/partnerships/" + partnerships.get(i % partnerships.size()) + "/milestones");
            }
        }
    }

    private PackagedService started(PackagedService service) throws Exception {
        services.add(service);
        service.start();
        return service;
    }

    /** The whole backups in the folder (one being written is a .part until it is whole). */
    private static List<Path> backups(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".zip"))
                    .sorted()
                    .toList();
        }
    }

    /** Copies the first backup that began after {@code after} (waiting for it) and says when it began. */
    /** When the eleventh write was acknowledged, waiting for it if need be. */
    private Instant eleventhAcknowledged() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (acknowledged.size() < 11) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("fewer than 11 writes acknowledged in 30 s: " + acknowledged.size());
            }
            Thread.sleep(100);
        }
        return acknowledged.values().stream().sorted().skip(10).findFirst().orElseThrow();
    }

    private static Instant copyBackupBeganAfter(Path folder, Instant after, Path copy) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(folder)) {
                for (Path backup : backups(folder)) {
                    if (beganAt(backup).isAfter(after)) {
                        try {
                            Files.copy(backup, copy);
                            return beganAt(backup);
                        } catch (NoSuchFileException pruned) {
                            // a newer one pushed it out: take the next
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no backup began after " + after);
    }

    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                names.add(entry.getName());
                entries.readAllBytes();
            }
        }
        return names;
    }

    private static Instant beganAt(Path backup) {
        String name = backup.getFileName().toString();
        return Instant.from(BEGAN.parse(name.substring("kembar-".length(), name.length() - ".zip".length())));
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = into.resolve(entry.getName()).normalize();
                if (!file.startsWith(into)) {
                    throw new IOException("an entry outside the folder: " + entry.getName());
                }
                Files.copy(entries, file);
            }
        }
    }

    /** A PostgreSQL client tool of the machine's newest PostgreSQL, on the test database. */
    private static void run(String tool, String... arguments) throws Exception {
        URI url = URI.create(System.getenv("TEST_DB_URL").substring("jdbc:".length()));
        Path bin;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            bin = versions.sorted()
                    .reduce((first, second) -> second)
                    .orElseThrow()
                    .resolve("bin");
        }
        List<String> command = new ArrayList<>(List.of(
                bin.resolve(tool).toString(),
                "-h",
                url.getHost(),
                "-p",
                Integer.toString(url.getPort()),
                "-U",
                TestDatabases.credential("TEST_DB_USER"),
                "-d",
                url.getPath().substring(1)));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", TestDatabases.credential("TEST_DB_PASSWORD"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(tool + " finished", process.waitFor(120, TimeUnit.SECONDS), equalTo(true));
        assertThat(tool + ": " + output, process.exitValue(), equalTo(0));
    }
}
