package id.kembar.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The packaged service (target/quarkus-app, java -jar) as a user runs it, on an embedded H2 file database in a folder
 * of the test's own: for the integration tests that start, stop and restart the real process.
 */
public final class PackagedService implements AutoCloseable {

    /**
     * The first ADMIN key of every database the integration tests start a service on ({@code KEMBAR_AUTH_BOOTSTRAP_KEY}),
     * with which their requests are sent ({@link DefaultCaller}).
     */
    public static final String ADMIN_KEY = "kmb_0123456789abcdef_integration-tests-admin-key-000000000";

    static {
        DefaultCaller.installApiKey(ADMIN_KEY);
    }

    private final Path data;
    private final Path log;
    private final Map<String, String> environment;
    private Process process;
    private int port;

    /** A service whose database and log live in {@code data}, with these environment variables besides the URL. */
    public PackagedService(Path data, Map<String, String> environment) {
        this(data, "service.log", environment);
    }

    /** One of several services on the same database, each logging to a file of its own in {@code data}. */
    public PackagedService(Path data, String logFile, Map<String, String> environment) {
        this.data = data;
        this.log = data.resolve(logFile);
        this.environment = environment;
    }

    public Path log() {
        return log;
    }

    /**
     * An empty folder for the log (and the H2 database), whatever an earlier run left there; on PostgreSQL the
     * folder's name is the service's schema, which is dropped.
     */
    public static Path freshFolder(Path folder) throws IOException, SQLException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        TestDatabases.dropOwn(folder.getFileName().toString());
        return Files.createDirectories(folder);
    }

    /** The database the build's kind runs on: an H2 file in the folder, or the folder's schema in PostgreSQL. */
    public String jdbcUrl() {
        return TestDatabases.isPostgresql()
                ? TestDatabases.postgresql(data.getFileName().toString())
                : "jdbc:h2:file:" + data.toAbsolutePath().resolve("kembar") + TestDatabases.H2_MODES;
    }

    public int port() {
        return port;
    }

    public void start() throws Exception {
        port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dquarkus.http.port=" + port,
                        "-jar",
                        Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("KEMBAR_AUTH_BOOTSTRAP_KEY", ADMIN_KEY);
        builder.environment().putAll(environment);
        builder.environment().put("KEMBAR_DB_URL", jdbcUrl());
        builder.environment().put("KEMBAR_DB_USER", TestDatabases.credential("TEST_DB_USER"));
        builder.environment().put("KEMBAR_DB_PASSWORD", TestDatabases.credential("TEST_DB_PASSWORD"));
        if (TestDatabases.isPostgresql()) {
            builder.environment()
                    .put(
                            "QUARKUS_FLYWAY_SCHEMAS",
                            TestDatabases.schema(data.getFileName().toString()));
        }
        process = builder.start();
        awaitReady();
    }

    public void stop() throws InterruptedException {
        end(false);
    }

    /** Kills the process at once (SIGKILL): no shutdown hook runs, nothing is flushed on the way out. */
    public void kill() throws InterruptedException {
        end(true);
    }

    private void end(boolean forcibly) throws InterruptedException {
        if (process != null) {
            if (forcibly) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
            process.waitFor();
            process = null;
        }
    }

    public void restart() throws Exception {
        stop();
        start();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void awaitReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped; see " + log);
            }
            try {
                HttpResponse<Void> ready = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The service did not become ready; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
