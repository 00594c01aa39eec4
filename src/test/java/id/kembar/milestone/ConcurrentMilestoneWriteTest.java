package id.kembar.milestone;

import static id.kembar.support.KeptValuesAssert.assertKeptValuesAgree;
import static id.kembar.support.ProgramFixtures.milestoneBody;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;

import id.kembar.support.Fixtures;
import id.kembar.support.ProgramFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Writes that change a partnership's derived values take turns on the partnership, each computing from what the one
 * before committed: however concurrent milestone writes interleave, the stored stage is the rule applied to the
 * stored milestones, and no write fails for it.
 */
@QuarkusTest
class ConcurrentMilestoneWriteTest {

    private static final int ROUNDS = 25;

    private final ExecutorService pool = Executors.newFixedThreadPool(6);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private List<Integer> atOnce(List<Callable<Integer>> writes) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (Callable<Integer> write : writes) {
            results.add(pool.submit(() -> {
                start.await();
                return write.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        return statuses;
    }

    private static Callable<Integer> post(String partnership, Object... pairs) {
        return () -> given().contentType(ContentType.JSON)
                .body(milestoneBody(pairs))
                .post(milestonesOf(partnership))
                .statusCode();
    }

    private static String stage(String partnership) {
        return given().get("/api/v1/partnerships/" + partnership)
                .then()
                .extract()
                .path("stage");
    }

    @Test
    void anAgreementAndItsTerminationPostedAtOnceEndTerminated() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String p = Fixtures.partnership();
            List<Integer> statuses = atOnce(List.of(
                    post(p, "type", "AGREEMENT_SIGNED", "occurrenceDate", "2015-03"),
                    post(p, "type", "TERMINATED", "occurrenceDate", "2024-03")));
            assertThat(statuses, everyItem(equalTo(201)));
            assertThat("round " + round, stage(p), equalTo("TERMINATED"));
        }
        assertKeptValuesAgree();
    }

    @Test
    void mixedWritesAtOnceLeaveTheStageTheRuleGives() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String p = Fixtures.partnership();
            String loi = ProgramFixtures.milestone(p, "type", "LETTER_OF_INTENT", "occurrenceDate", "2014");
            String signed =
                    ProgramFixtures.milestone(p, "type", "AGREEMENT_SIGNED", "status", "PLANNED", "targetDate", "2016");
            List<Integer> statuses = atOnce(List.of(
                    post(p, "type", "LEGISLATIVE_APPROVAL", "occurrenceDate", "2015"),
                    () -> given().contentType("application/merge-patch+json")
                            .body("{\"status\": \"ACHIEVED\", \"occurrenceDate\": \"2016-05\"}")
                            .patch(milestonesOf(p) + "/" + signed)
                            .statusCode(),
                    () -> given().delete(milestonesOf(p) + "/" + loi).statusCode(),
                    post(p, "type", "AGREEMENT_EXPIRED", "occurrenceDate", "2021-05"),
                    post(p, "type", "VISIT", "side", "PARTNER")));
            assertThat(statuses, everyItem(in(List.of(200, 201, 204))));
            assertThat("round " + round, stage(p), equalTo("AGREEMENT_EXPIRED"));
        }
        assertKeptValuesAgree();
    }
}
