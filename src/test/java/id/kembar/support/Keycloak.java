package id.kembar.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak (the distribution from Maven Central, unpacked by the build into {@code target/keycloak}) in dev mode
 * on a free loopback port, with the realm of {@code src/test/resources/keycloak/kembar-realm.json} imported: the
 * identity provider {@code KeycloakIT} gets its tokens from. Keycloak needs Java 21 or newer: the one running the tests
 * if it is, else {@code KEMBAR_KEYCLOAK_JAVA_HOME}, else the newest under {@code /usr/lib/jvm}.
 */
public final class Keycloak implements AutoCloseable {

    public static final String REALM = "kembar";
    private static final Duration START = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path home;
    private final Path log;
    private Process process;
    private int port;

    public Keycloak(Path log) {
        this.home = Path.of(System.getProperty("kembar.keycloak.home", "target/keycloak/missing"));
        this.log = log;
    }

    public void start() throws Exception {
        if (!Files.isDirectory(home)) {
            throw new IllegalStateException(
                    "Keycloak is not unpacked at " + home + " (the build does it: ./mvnw verify)");
        }
        Path javaHome = javaHome()
                .orElseThrow(() -> new IllegalStateException(
                        "Keycloak needs Java 21 or newer: set KEMBAR_KEYCLOAK_JAVA_HOME (none found in /usr/lib/jvm)"));
        deleteRecursively(home.resolve("data"));
        Path imports = Files.createDirectories(home.resolve("data").resolve("import"));
        try (InputStream realm = Keycloak.class.getClassLoader().getResourceAsStream("keycloak/kembar-realm.json")) {
            Files.copy(realm, imports.resolve("kembar-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin").resolve("kc.sh").toString(),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + port,
                        "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("JAVA_HOME", javaHome.toString());
        process = builder.start();
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see " + log);
            }
            try {
                HttpResponse<Void> answer = HTTP.send(
                        HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak was not ready within " + START + "; see " + log);
    }

    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    /** An access token from the realm's token endpoint, for this grant's form parameters. */
    public String token(Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token: " + answer.statusCode() + " " + answer.body());
        }
        return new ObjectMapper().readTree(answer.body()).path("access_token").asText();
    }

    public String clientCredentials(String client, String secret) throws Exception {
        return token(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
    }

    public String password(String client, String username, String password) throws Exception {
        return token(Map.of("grant_type", "password", "client_id", client, "username", username, "password", password));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            // kc.sh runs Keycloak's JVM as its child
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor();
            process = null;
        }
    }

    static Optional<Path> javaHome() throws IOException {
        String given = System.getenv("KEMBAR_KEYCLOAK_JAVA_HOME");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given));
        }
        if (Runtime.version().feature() >= 21) {
            return Optional.of(Path.of(System.getProperty("java.home")));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> candidates = Files.list(jvms)) {
            return candidates
                    .filter(home -> Files.isExecutable(home.resolve("bin").resolve("java")))
                    .filter(home -> feature(home) >= 21)
                    .max(Comparator.comparingInt(Keycloak::feature));
        }
    }

    /** The feature version a JDK's {@code release} file names ({@code JAVA_VERSION="25.0.1"}), 0 when unknown. */
    private static int feature(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
