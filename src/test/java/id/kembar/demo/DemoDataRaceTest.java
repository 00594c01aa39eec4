package id.kembar.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import id.kembar.support.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two loaders that find the same empty database at the same moment, as two instances starting at once do: one loads
 * the demo data, the other waits for it and loads nothing, so that every seed is there once.
 */
@QuarkusTest
@TestProfile(DemoDataRaceTest.EmptyDatabaseNotLoadedAtStart.class)
class DemoDataRaceTest {

    /** A fresh database of its own, left empty at start-up: the test starts the loaders itself. */
    public static class EmptyDatabaseNotLoadedAtStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabases.own("kembar-demo-race", "kembar.demo-data.enabled", "false");
        }
    }

    @Inject
    DemoData demoData;

    private static int total(String collection) {
        return given().get("/api/v1/" + collection)
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
    }

    @Test
    void twoLoadersAtOnceLoadItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> loaders = List.of(
                    pool.submit(() -> {
                        start.await();
                        return demoData.load();
                    }),
                    pool.submit(() -> {
                        start.await();
                        return demoData.load();
                    }));
            start.countDown();
            assertThat(List.of(loaders.get(0).get(), loaders.get(1).get()), containsInAnyOrder(true, false));
        } finally {
            pool.shutdownNow();
        }
        List<Integer> totals =
                List.of("actors", "partnerships", "sector-programs", "milestones", "participants").stream()
                        .map(DemoDataRaceTest::total)
                        .toList();
        assertThat(totals, equalTo(List.of(20, 5, 26, 17, 20)));
        assertThat(demoData.loadIfEmpty(), is(false));
    }
}
