package id.kembar.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import id.kembar.support.PackagedService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Two instances of the packaged service started at the same moment on one empty PostgreSQL database: one loads the
 * demo data, the other finds it loaded, and every seed is there once. (An H2 file database serves one process; there
 * DemoDataRaceTest runs the two loaders in one.)
 */
@EnabledIf("id.kembar.support.TestDatabases#isPostgresql")
class DemoDataOnceIT {

    @Test
    void twoInstancesStartedAtOnceOnAnEmptyDatabaseLoadItOnce() throws Exception {
        Path folder = PackagedService.freshFolder(Path.of("target", "demo-once-it"));
        Map<String, String> demoDataOn = Map.of("KEMBAR_DEMO_DATA", "true");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (PackagedService first = new PackagedService(folder, "first.log", demoDataOn);
                PackagedService second = new PackagedService(folder, "second.log", demoDataOn)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> starting = List.of(
                    pool.submit(() -> {
                        start.await();
                        first.start();
                        return null;
                    }),
                    pool.submit(() -> {
                        start.await();
                        second.start();
                        return null;
                    }));
            start.countDown();
            for (Future<?> started : starting) {
                started.get();
            }
            for (PackagedService service : List.of(first, second)) {
                List<Integer> totals =
                        List.of("actors", "partnerships", "sector-programs", "milestones", "participants").stream()
                                .map(collection -> given().port(service.port())
                                        .get("/api/v1/" + collection)
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .<Integer>path("totalItems"))
                                .toList();
                assertThat(totals, equalTo(List.of(20, 5, 26, 17, 20)));
            }
            assertThat(List.of(loaded(first.log()), loaded(second.log())), containsInAnyOrder(true, false));
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean loaded(Path log) throws Exception {
        return Files.readString(log).contains("Loaded the demo data");
    }
}
