package id.kembar.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import id.kembar.support.PackagedService;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Two instances of the packaged service on one PostgreSQL database, written to at once: a mirror that follows the
 * feed of one of them alone ends identical to what both serve, and a request waiting on one is woken by a change
 * committed on the other. (An H2 file database serves one process.)
 */
@EnabledIf("id.kembar.support.TestDatabases#isPostgresql")
class FeedMirrorIT {

    @Test
    void aMirrorOfOneInstanceFollowsWritesSpreadOverTwo() throws Exception {
        Path folder = PackagedService.freshFolder(Path.of("target", "feed-mirror-it"));
        Map<String, String> settings = Map.of("KEMBAR_DEMO_DATA", "false");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (PackagedService first = new PackagedService(folder, "first.log", settings);
                PackagedService second = new PackagedService(folder, "second.log", settings)) {
            first.start();
            second.start();
            List<Integer> ports = List.of(first.port(), second.port());
            Mirror mirror = new Mirror("http://localhost:" + first.port(), null);
            AtomicBoolean writing = new AtomicBoolean(true);
            Future<?> following = pool.submit(() -> {
                while (writing.get()) {
                    mirror.poll(1, Map.of());
                }
                return null;
            });

            // a change on the second wakes a request waiting on the first
            String end = Mirror.end("http://localhost:" + first.port());
            Instant asked = Instant.now();
            CompletableFuture<JsonPath> waiting = CompletableFuture.supplyAsync(() -> given().port(first.port())
                    .queryParam("after", end)
                    .queryParam("wait", 25)
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath());
            Thread.sleep(1000);
            String woken =
                    post(second.port(), "/api/v1/actors", Map.of("kind", "NGO", "name", name("LSM"), "country", "ID"));
            assertThat(waiting.get(30, TimeUnit.SECONDS).getList("items.resourceId"), contains(woken));
            assertThat(Duration.between(asked, Instant.now()).toSeconds(), lessThan(15L));

            // four writers, each alternating between the two instances
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    int port = ports.get(writer % 2);
                    String local = post(
                            port,
                            "/api/v1/actors",
                            Map.of(
                                    "kind",
                                    "GOVERNMENT",
                                    "name",
                                    name("Kota"),
                                    "country",
                                    "ID",
                                    "governmentLevel",
                                    "CITY",
                                    "regionCode",
                                    "35.7" + (writer + 1)));
                    String partner = post(
                            ports.get((writer + 1) % 2),
                            "/api/v1/actors",
                            Map.of(
                                    "kind",
                                    "GOVERNMENT",
                                    "name",
                                    name("City"),
                                    "country",
                                    "JP",
                                    "governmentLevel",
                                    "CITY"));
                    String partnership = post(
                            port,
                            "/api/v1/partnerships",
                            Map.of(
                                    "title",
                                    name("Kerja sama"),
                                    "type",
                                    "SISTER_CITY",
                                    "localGovernmentId",
                                    local,
                                    "partnerId",
                                    partner));
                    for (int i = 0; i < 6; i++) {
                        int on = ports.get(i % 2);
                        String milestone = post(
                                on,
                                "/api/v1/partnerships/" + partnership + "/milestones",
                                Map.of(
                                        "type",
                                        i == 2 ? "LETTER_OF_INTENT" : "MEETING",
                                        "title",
                                        name("Rapat"),
                                        "status",
                                        "ACHIEVED"));
                        String program = post(
                                ports.get((i + 1) % 2),
                                "/api/v1/partnerships/" + partnership + "/sector-programs",
                                Map.of("sector", "AGRICULTURE", "title", name("Program"), "status", "PROPOSED"));
                        String milestonePath = "/api/v1/partnerships/" + partnership + "/milestones/" + milestone;
                        given().port(on)
                                .contentType("application/merge-patch+json")
                                .header("If-Match", etag(on, milestonePath))
                                .body(Map.of("title", name("Rapat lagi")))
                                .patch(milestonePath)
                                .then()
                                .statusCode(200);
                        if (i % 3 == 0) {
                            String programPath = "/api/v1/partnerships/" + partnership + "/sector-programs/" + program;
                            given().port(on)
                                    .header("If-Match", etag(on, programPath))
                                    .delete(programPath)
                                    .then()
                                    .statusCode(204);
                        }
                    }
                    if (writer == 3) {
                        String path = "/api/v1/partnerships/" + partnership;
                        given().port(ports.get(1))
                                .header("If-Match", etag(ports.get(1), path))
                                .delete(path)
                                .then()
                                .statusCode(204);
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(180, TimeUnit.SECONDS);
            }
            writing.set(false);
            following.get(60, TimeUnit.SECONDS);
            mirror.catchUp(Map.of());

            // the mirror holds exactly what the second instance serves (the database holds only this test's records)
            Map<String, Map<String, Object>> served = new TreeMap<>();
            for (String[] collection : List.of(
                    new String[] {"actors", "ACTOR"},
                    new String[] {"partnerships", "PARTNERSHIP"},
                    new String[] {"participants", "PARTICIPANT"},
                    new String[] {"milestones", "MILESTONE"},
                    new String[] {"sector-programs", "SECTOR_PROGRAM"})) {
                List<Map<String, Object>> items = given().port(second.port())
                        .queryParam("pageSize", 200)
                        .get("/api/v1/" + collection[0])
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items");
                for (Map<String, Object> item : items) {
                    Map<String, Object> one = given().port(second.port())
                            .get(path(collection[1], item))
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getMap("$");
                    served.put(collection[1] + "/" + item.get("id"), one);
                }
            }
            Map<String, Map<String, Object>> copied = new TreeMap<>(mirror.records());
            assertThat(copied.keySet(), equalTo(served.keySet()));
            for (String key : served.keySet()) {
                assertThat(key, Mirror.comparable(copied.get(key)), equalTo(Mirror.comparable(served.get(key))));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String path(String type, Map<String, Object> item) {
        String partnership = "/api/v1/partnerships/" + item.get("partnershipId");
        return switch (type) {
            case "ACTOR" -> "/api/v1/actors/" + item.get("id");
            case "PARTNERSHIP" -> "/api/v1/partnerships/" + item.get("id");
            case "PARTICIPANT" -> partnership + "/participants/" + item.get("id");
            case "MILESTONE" -> partnership + "/milestones/" + item.get("id");
            default -> partnership + "/sector-programs/" + item.get("id");
        };
    }

    private static String name(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String post(int port, String path, Map<String, Object> body) {
        return given().port(port)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String etag(int port, String path) {
        return given().port(port).get(path).then().statusCode(200).extract().header("ETag");
    }
}
