package id.kembar.actor;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProgramFixtures.milestoneBody;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.programBody;
import static id.kembar.support.ProgramFixtures.programsOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.in;

import id.kembar.support.DanglingReferences;
import id.kembar.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deleting an actor and writes that refer to it exclude each other, on every database: either the delete wins (204)
 * and every write that names the actor is a 400, or a write wins and the delete is a 409 naming it. No row ever refers
 * to a missing actor, and every record written answers its GET.
 */
@QuarkusTest
class ActorDeleteRaceTest {

    private static final int ROUNDS = 30;

    @Inject
    AgroalDataSource dataSource;

    private final ExecutorService pool = Executors.newFixedThreadPool(6);

    /** The records each round's writes created, read back at the end. */
    private final List<String> created = new ArrayList<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private record Write(String path, Map<String, Object> body) {}

    /** The delete's status and each write's, all started at once. */
    private List<Integer> raceDeleteAgainst(String actorId, List<Write> writes) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<Integer> delete = pool.submit(() -> {
            start.await();
            return given().delete("/api/v1/actors/" + actorId).statusCode();
        });
        List<Future<Response>> results = new ArrayList<>();
        for (Write write : writes) {
            Callable<Response> post = () -> {
                start.await();
                return given().contentType(ContentType.JSON).body(write.body()).post(write.path());
            };
            results.add(pool.submit(post));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        statuses.add(delete.get());
        for (Future<Response> result : results) {
            Response response = result.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 201) {
                created.add(response.header("Location"));
            }
        }
        return statuses;
    }

    private static void assertOneSideWon(List<Integer> statuses) {
        List<Integer> writes = statuses.subList(1, statuses.size());
        assertThat(statuses.toString(), statuses.get(0), in(List.of(204, 409)));
        assertThat(statuses.toString(), writes, everyItem(in(List.of(201, 400))));
        // deleted: nothing refers to it; kept: because something does
        assertThat(statuses.toString(), writes.contains(201), equalTo(statuses.get(0) == 409));
    }

    private void assertNothingDangles() throws Exception {
        assertThat(DanglingReferences.in(dataSource), empty());
        for (String location : created) {
            given().get(location).then().statusCode(200);
        }
    }

    @Test
    void aPartnerDeletedWhilePartnershipsNameItIsEitherRefusedOrLeavesNone() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String partner = foreignGovernment(unique("City"), "JP", "CITY");
            List<Write> writes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                writes.add(new Write(
                        "/api/v1/partnerships", Fixtures.partnershipBody(city(unique("Kota"), "32.71"), partner)));
            }
            assertOneSideWon(raceDeleteAgainst(partner, writes));
        }
        assertNothingDangles();
    }

    @Test
    void anAgencyDeletedWhileRecordsNameItIsEitherRefusedOrLeavesNone() throws Exception {
        String partnership = Fixtures.partnership();
        for (int round = 0; round < ROUNDS; round++) {
            String agency = actor("AGENCY", unique("Dinas"), "ID");
            List<Write> writes = List.of(
                    new Write(
                            "/api/v1/partnerships/" + partnership + "/participants",
                            body("actorId", agency, "role", "IMPLEMENTER")),
                    new Write(programsOf(partnership), programBody("leadAgencyId", agency)),
                    new Write(milestonesOf(partnership), milestoneBody("actorIds", List.of(agency))),
                    new Write(
                            "/api/v1/actors",
                            body("kind", "AGENCY", "name", unique("Bidang"), "country", "ID", "parentId", agency)));
            assertOneSideWon(raceDeleteAgainst(agency, writes));
        }
        assertNothingDangles();
    }
}
