package id.kembar.partnership;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Duplicates sent at the same moment get the same answer as one sent later: one is created, every other is a 409 whose
 * {@code existingId} names it, and no answer names a constraint, table or schema of the database.
 */
@QuarkusTest
class DuplicateRaceTest {

    private static final int ROUNDS = 20;
    private static final int AT_ONCE = 6;

    private final ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private List<Response> postAtOnce(String path, Map<String, Object> body) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return given().contentType(ContentType.JSON).body(body).post(path);
            }));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> result : results) {
            responses.add(result.get());
        }
        return responses;
    }

    private static void assertOneCreatedAndTheRestNameIt(List<Response> responses) {
        List<Response> created =
                responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(statuses(responses), created, hasSize(1));
        String id = created.get(0).path("id");
        for (Response response : responses) {
            if (response.statusCode() != 201) {
                assertThat(statuses(responses), response.statusCode(), equalTo(409));
                assertThat(response.asString(), response.path("existingId"), equalTo(id));
                for (String internal : List.of("uq_", "constraint", "public.", "partnership_parties")) {
                    assertThat(response.asString(), not(containsString(internal)));
                }
            }
        }
    }

    private static String statuses(List<Response> responses) {
        return responses.stream().map(Response::statusCode).toList().toString();
    }

    @Test
    void partnershipsRegisteredTwiceAtOnce() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Object> body = Fixtures.partnershipBody(
                    city(unique("Kota"), "33.74"), foreignGovernment(unique("City"), "KR", "CITY"));
            assertOneCreatedAndTheRestNameIt(postAtOnce("/api/v1/partnerships", body));
        }
    }

    @Test
    void participantsAddedTwiceAtOnce() throws Exception {
        String partnership = Fixtures.partnership();
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Object> body = body("actorId", actor("NGO", unique("LSM"), "ID"), "role", "IMPLEMENTER");
            assertOneCreatedAndTheRestNameIt(postAtOnce("/api/v1/partnerships/" + partnership + "/participants", body));
        }
    }
}
