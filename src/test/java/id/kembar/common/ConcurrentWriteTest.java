package id.kembar.common;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two writers never silently overwrite each other, and losing a race is a 412, never a 500 (API-GUIDE "Writes"). */
@QuarkusTest
class ConcurrentWriteTest {

    private static final int WRITERS = 8;

    private List<Integer> patchAtOnce(String id, String ifMatch) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String notes = "writer " + i;
            results.add(pool.submit(() -> {
                start.await();
                var request =
                        given().contentType("application/merge-patch+json").body("{\"notes\":\"" + notes + "\"}");
                if (ifMatch != null) {
                    request.header("If-Match", ifMatch);
                }
                return request.patch("/api/v1/actors/" + id).statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        return statuses;
    }

    @Test
    void ofWritersBasedOnTheSameVersionExactlyOneWinsAndTheOthersGet412() throws Exception {
        String id = actor("NGO", unique("Race"), "ID");
        List<Integer> statuses = patchAtOnce(id, "\"0\"");
        assertThat(statuses.toString(), Collections.frequency(statuses, 200), equalTo(1));
        assertThat(statuses.toString(), Collections.frequency(statuses, 412), equalTo(WRITERS - 1));
        given().get("/api/v1/actors/" + id).then().body("version", equalTo(1));
    }

    @Test
    void unconditionalWritersAtOnceNeverCauseA500() throws Exception {
        String id = actor("NGO", unique("Race"), "ID");
        List<Integer> statuses = patchAtOnce(id, null);
        assertThat(statuses, everyItem(in(List.of(200, 412))));
        int succeeded = Collections.frequency(statuses, 200);
        given().get("/api/v1/actors/" + id).then().body("version", equalTo(succeeded));
    }
}
