package id.kembar.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged service as a user would (java -jar, the embedded H2 file database, demo data on) and restarts it
 * on the same database: what a user entered survives, and the demo data is loaded once, not again on restart.
 */
class RestartIT {

    private final Path data = Path.of("target", "restart-it");
    private Process service;
    private int port;

    @BeforeEach
    void freshDatabase() throws IOException {
        deleteRecursively(data);
        Files.createDirectories(data);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.destroy();
            service.waitFor();
        }
    }

    @Test
    void dataSurvivesARestartAndTheDemoDataIsLoadedOnce() throws Exception {
        start();
        given().port(port).get("/api/v1/partnerships").then().statusCode(200).body("totalItems", equalTo(5));
        String id = given().port(port)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "NGO", "name", "Lembaga Kerja Sama Daerah", "country", "ID"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        int actors = given().port(port).get("/api/v1/actors").then().extract().path("totalItems");

        restart();

        given().port(port)
                .get("/api/v1/actors/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Lembaga Kerja Sama Daerah"));
        given().port(port).get("/api/v1/partnerships").then().body("totalItems", equalTo(5));
        given().port(port).get("/api/v1/actors").then().body("totalItems", equalTo(actors));
    }

    private void restart() throws Exception {
        service.destroy();
        service.waitFor();
        start();
    }

    private void start() throws Exception {
        port = freePort();
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("kembar")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dquarkus.http.port=" + port,
                        "-jar",
                        Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        data.resolve("service.log").toFile()));
        builder.environment().put("KEMBAR_DB_URL", url);
        builder.environment().put("KEMBAR_DEMO_DATA", "true");
        service = builder.start();
        awaitReady();
    }

    private void awaitReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service stopped; see " + data.resolve("service.log"));
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
        throw new IllegalStateException("The service did not become ready; see " + data.resolve("service.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
