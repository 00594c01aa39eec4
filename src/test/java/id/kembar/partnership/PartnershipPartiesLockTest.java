package id.kembar.partnership;

import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.etag;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import id.kembar.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A write to a partnership that keeps its two parties and its type neither waits for the writers of those actors nor
 * looks for a duplicate (the partnership already holds their registration); a write that names a new party waits until
 * that actor's writer is done, so that registrations of the same two parties take turns and a delete of the new party
 * cannot slip in between, but no longer than the lock timeout (kembar.lock-timeout-ms, the same on both databases):
 * then the write is a 503 that changes nothing.
 */
@QuarkusTest
class PartnershipPartiesLockTest {

    private static final String PATH = "/api/v1/partnerships/";
    private static final long LOCK_TIMEOUT_MS =
            ConfigProvider.getConfig().getValue("kembar.lock-timeout-ms", Long.class);

    @Inject
    AgroalDataSource dataSource;

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A connection holding the actors' rows locked, as their writer would, until it rolls back. */
    private Connection lock(String... actorIds) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        for (String id : actorIds) {
            try (PreparedStatement select =
                    connection.prepareStatement("select id from actor where id = ? for update")) {
                select.setObject(1, UUID.fromString(id));
                select.executeQuery().close();
            }
        }
        return connection;
    }

    private Future<Response> patchLater(String id, String body) {
        String tag = etag(PATH + id);
        return pool.submit(() -> given().contentType("application/merge-patch+json")
                .header("If-Match", tag)
                .body(body)
                .patch(PATH + id));
    }

    @Test
    void aChangeOfItsOwnFieldsDoesNotWaitForTheWritersOfItsParties() throws Exception {
        String local = city(unique("Kota"), "33.74");
        String partner = foreignGovernment(unique("City"), "KR", "CITY");
        String id = Fixtures.partnership(local, partner);
        try (Connection held = lock(local, partner)) {
            try {
                Response patched = patchLater(id, "{\"description\":\"Changed while its parties are written\"}")
                        .get(10, TimeUnit.SECONDS);
                assertThat(patched.asString(), patched.statusCode(), equalTo(200));
            } finally {
                held.rollback();
            }
        }
        given().get(PATH + id).then().body("description", equalTo("Changed while its parties are written"));
    }

    @Test
    void aNewPartnerIsWaitedForUntilItsWriterIsDone() throws Exception {
        String id =
                Fixtures.partnership(city(unique("Kota"), "33.74"), foreignGovernment(unique("City"), "KR", "CITY"));
        String other = foreignGovernment(unique("City"), "KR", "CITY");
        Future<Response> patch;
        try (Connection held = lock(other)) {
            try {
                patch = patchLater(id, "{\"partnerId\":\"" + other + "\"}");
                Thread.sleep(500);
                assertThat("the write did not wait for the new partner's writer", patch.isDone(), equalTo(false));
            } finally {
                held.rollback();
            }
        }
        Response patched = patch.get(30, TimeUnit.SECONDS);
        assertThat(patched.asString(), patched.statusCode(), equalTo(200));
        given().get(PATH + id).then().body("partnerId", equalTo(other));
    }

    @Test
    void aWriterThatHoldsTheNewPartnerPastTheLockTimeoutMakesTheWriteA503ThatChangesNothing() throws Exception {
        String partner = foreignGovernment(unique("City"), "KR", "CITY");
        String id = Fixtures.partnership(city(unique("Kota"), "33.74"), partner);
        String before = etag(PATH + id);
        String other = foreignGovernment(unique("City"), "KR", "CITY");
        long started = System.nanoTime();
        Response patched;
        try (Connection held = lock(other)) {
            try {
                // held until the write gives up: the database's lock timeout, not the test, ends the wait
                patched = patchLater(id, "{\"partnerId\":\"" + other + "\"}").get(60, TimeUnit.SECONDS);
            } finally {
                held.rollback();
            }
        }
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertThat(patched.asString(), patched.statusCode(), equalTo(503));
        assertThat(patched.contentType(), startsWith("application/problem+json"));
        assertThat(patched.jsonPath().getString("type"), endsWith("/service-unavailable"));
        assertThat(patched.header("Retry-After"), equalTo("1"));
        assertThat("waited " + waited + " ms", waited, lessThan(LOCK_TIMEOUT_MS + 15_000L));
        assertThat("waited " + waited + " ms", waited, greaterThanOrEqualTo(LOCK_TIMEOUT_MS - 500L));
        given().get(PATH + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo(before))
                .body("partnerId", equalTo(partner));
    }
}
