package id.kembar.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import id.kembar.support.PackagedService;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged service as a user would (java -jar, the embedded H2 file database or, in the PostgreSQL build, a
 * schema of its own, demo data on) and restarts it on the same database: what a user entered survives, and the demo data is loaded once, not again on restart.
 */
class RestartIT {

    private PackagedService service;
    private int port;

    @BeforeEach
    void freshDatabase() throws Exception {
        service = new PackagedService(
                PackagedService.freshFolder(Path.of("target", "restart-it")), Map.of("KEMBAR_DEMO_DATA", "true"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        service.close();
    }

    @Test
    void dataSurvivesARestartAndTheDemoDataIsLoadedOnce() throws Exception {
        start();
        // readiness (which start() waited for) came only after the warm-up had sent its reads
        assertThat(Files.readString(service.log()), containsString("Warmed up in"));
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

    /**
     * Writers create actors, change them and delete every second one while the process is killed (SIGKILL): after a
     * restart on the same database every acknowledged create is there, with at least the version its last acknowledged
     * change answered, every acknowledged delete is gone, and nothing else is there but what was in flight.
     */
    @Test
    void everyAcknowledgedWriteSurvivesAKill() throws Exception {
        start();
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Set<String> deletedAcknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        int writers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch written = new CountDownLatch(writers * 20);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            running.add(pool.submit(() -> {
                for (int i = 0; writing.get(); i++) {
                    try {
                        Response created = given().port(port)
                                .contentType(ContentType.JSON)
                                .body(Map.of(
                                        "kind", "NGO", "name", "Writer " + writer + " actor " + i, "country", "ID"))
                                .post("/api/v1/actors");
                        if (created.statusCode() != 201) {
                            continue;
                        }
                        String id = created.path("id");
                        acknowledged.put(id, version(created));
                        Response changed = given().port(port)
                                .contentType("application/merge-patch+json")
                                .header("If-Match", created.header("ETag"))
                                .body("{\"notes\": \"changed\"}")
                                .patch("/api/v1/actors/" + id);
                        if (changed.statusCode() == 200) {
                            acknowledged.put(id, version(changed));
                        }
                        if (i % 2 == 1) {
                            // from here on the actor may or may not be there, until the delete is acknowledged;
                            // If-Match takes the version alone
                            String etag = "\"" + acknowledged.remove(id) + "\"";
                            int deleted = given().port(port)
                                    .header("If-Match", etag)
                                    .delete("/api/v1/actors/" + id)
                                    .statusCode();
                            if (deleted == 204) {
                                deletedAcknowledged.add(id);
                            }
                        }
                        written.countDown();
                    } catch (Exception killed) { // the connection the kill cut (RestAssured rethrows it unchecked)
                        return;
                    }
                }
            }));
        }
        written.await(60, TimeUnit.SECONDS);
        service.kill();
        writing.set(false);
        for (Future<?> writer : running) {
            writer.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        restart();

        assertThat(acknowledged.size(), greaterThanOrEqualTo(writers * 5));
        assertThat(deletedAcknowledged.size(), greaterThanOrEqualTo(writers * 5));
        acknowledged.forEach((id, version) -> {
            Response read = given().port(port).get("/api/v1/actors/" + id);
            assertThat("actor " + id, read.statusCode(), equalTo(200));
            assertThat("version of actor " + id, version(read), greaterThanOrEqualTo(version));
        });
        deletedAcknowledged.forEach(id -> assertThat(
                "deleted actor " + id,
                given().port(port).get("/api/v1/actors/" + id).statusCode(),
                equalTo(404)));
        // and nothing else: besides them, at most the create and the delete each writer had in flight at the kill
        int present = given().port(port)
                .get("/api/v1/actors?q=Writer&pageSize=1")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
        assertThat(present, greaterThanOrEqualTo(acknowledged.size()));
        assertThat(present, lessThanOrEqualTo(acknowledged.size() + 2 * writers));
    }

    // the version in an ETag such as W/"3" or "3"
    private static long version(Response answer) {
        return ((Number) answer.path("version")).longValue();
    }

    private void start() throws Exception {
        service.start();
        port = service.port();
    }

    private void restart() throws Exception {
        service.restart();
        port = service.port();
    }
}
