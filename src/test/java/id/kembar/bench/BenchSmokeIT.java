package id.kembar.bench;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kembar.support.PackagedService;
import id.kembar.support.TestDatabases;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The benchmark in small (bench/README.md), so that it cannot rot: the generator writes a 1,000-partnership data set
 * into a database the packaged service migrated, the service computes the kept values at its next start and the
 * consistency check finds them equal to a computation from the records; then every request of bench/endpoints.txt
 * answers 200 on it, the write mix's requests succeed, and the report reads figures in the format bench/run writes.
 */
class BenchSmokeIT {

    private static final int PARTNERSHIPS = 1_000;

    private PackagedService service;
    private Path folder;

    @BeforeEach
    void emptyDatabase() throws Exception {
        folder = PackagedService.freshFolder(Path.of("target", "bench-smoke"));
        service = new PackagedService(folder, Map.of("KEMBAR_DEMO_DATA", "false"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        service.close();
    }

    @Test
    void generatedDataIsConsistentAndEveryBenchmarkRequestAnswers() throws Exception {
        service.start();
        service.stop();
        Path sample = folder.resolve("sample.txt");
        Generator.run(service.jdbcUrl(), "kembar", "kembar", PARTNERSHIPS, sample);

        service.start();
        int port = service.port();
        given().port(port)
                .get("/api/v1/consistency")
                .then()
                .statusCode(200)
                .body("partnerships", equalTo(PARTNERSHIPS))
                .body("disagreements", empty());
        given().port(port).get("/api/v1/partnerships?pageSize=1").then().body("totalItems", equalTo(PARTNERSHIPS));

        Requests requests = new Requests(Requests.sample(sample));
        List<String> results = new ArrayList<>();
        for (Requests.Endpoint endpoint : Requests.endpoints(Path.of("bench", "endpoints.txt"))) {
            for (String path : requests.paths(endpoint, 5)) {
                long started = System.nanoTime();
                Response response = given().port(port).get(path);
                assertEquals(200, response.statusCode(), path);
                double ms = (System.nanoTime() - started) / 1e6;
                results.add(String.join(
                        "\t",
                        "endpoint",
                        TestDatabases.isPostgresql() ? "pg" : "h2",
                        "1k",
                        endpoint.name(),
                        endpoint.goal(),
                        "1",
                        fmt(ms),
                        fmt(ms),
                        fmt(ms),
                        "1",
                        "0",
                        "0",
                        "0",
                        "1"));
            }
        }
        theWriteMixSucceeds(port, Requests.sample(sample).get("partnership").get(0));

        Path tsv = folder.resolve("results.tsv");
        Files.write(tsv, results);
        Report report = Report.read(tsv);
        report.print(null);
        String printed = String.join("\n", report.out);
        assertTrue(
                printed.contains("| partnership | by-id |") && printed.contains("| statistics | dashboard |"), printed);
    }

    /** The two requests of bench/lua/writes.lua. */
    private static void theWriteMixSucceeds(int port, String partnership) {
        given().port(port)
                .contentType("application/json")
                .body("{\"type\":\"EVALUATION\",\"title\":\"Evaluasi tahunan (bench)\",\"status\":\"PLANNED\","
                        + "\"targetDate\":\"2027-06\"}")
                .post("/api/v1/partnerships/" + partnership + "/milestones")
                .then()
                .statusCode(201);
        String etag =
                given().port(port).get("/api/v1/partnerships/" + partnership).header("ETag");
        given().port(port)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body("{\"description\":\"Diperbarui oleh bench\"}")
                .patch("/api/v1/partnerships/" + partnership)
                .then()
                .statusCode(200);
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
