package id.kembar.common;

import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.partnership;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.KeptValuesAssert.assertKeptValuesAgree;
import static id.kembar.support.KeptValuesAssert.assertTotalAgrees;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.milestoneBody;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.post;
import static id.kembar.support.ProgramFixtures.program;
import static id.kembar.support.ProgramFixtures.programBody;
import static id.kembar.support.ProgramFixtures.programsOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.kembar.support.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The total of a text search by one word comes from counts kept on write (V23): after every kind of write that
 * changes words it equals a count of the matches (forced with a filter the counts cannot answer), and the consistency
 * check agrees; a count that went wrong is reported and repaired.
 */
@QuarkusTest
class WordCountsTest {

    private static final String[] LISTS = {"/api/v1/partnerships", "/api/v1/milestones", "/api/v1/sector-programs"};

    @Inject
    AgroalDataSource dataSource;

    /** A word no other test writes: letters only, so that it stays one word. */
    private static String word(String prefix) {
        return prefix + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    private static int total(String list, String word) {
        return given().queryParam("q", word)
                .get(list)
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
    }

    /** The totals of the three lists for the word, each checked against a count. */
    private static List<Integer> totals(String word) {
        for (String list : LISTS) {
            assertTotalAgrees(list, "q=" + word, 0);
        }
        return List.of(total(LISTS[0], word), total(LISTS[1], word), total(LISTS[2], word));
    }

    private static void delete(String path) {
        given().header("If-Match", given().get(path).header("ETag"))
                .delete(path)
                .then()
                .statusCode(204);
    }

    @Test
    void totalsFollowEveryWrite() {
        String word = word("hitung");
        String renamed = word("nama");
        String partner = foreignGovernment("City " + word, "JP", "CITY");
        String p =
                partnership(city(unique("Kota Hitung"), "32.73"), partner, "FRIENDSHIP", "title", "Kerja sama " + word);
        assertThat(totals(word), equalTo(List.of(1, 0, 0)));

        // a milestone and a program take the word, a second milestone too (in its description)
        String first = milestone(p, "title", "Rapat " + word);
        String second = milestone(p, "description", "Tentang " + word + " dan " + word.toUpperCase());
        String program = program(p, "title", "Program " + word);
        assertThat(totals(word), equalTo(List.of(1, 2, 1)));

        // a write that changes no searched text, then one that drops the word
        patch(milestonesOf(p) + "/" + second, null, "{\"status\":\"PLANNED\",\"targetDate\":\"2030\"}")
                .statusCode(200);
        assertThat(totals(word), equalTo(List.of(1, 2, 1)));
        patch(milestonesOf(p) + "/" + first, null, "{\"title\":\"Rapat lain\"}").statusCode(200);
        assertThat(totals(word), equalTo(List.of(1, 1, 1)));

        // the partnership's words hold its partner's name: renaming the actor renames them
        patch("/api/v1/actors/" + partner, null, "{\"name\":\"City " + renamed + "\"}")
                .statusCode(200);
        assertThat(totals(renamed), equalTo(List.of(1, 0, 0)));
        assertThat(totals(word), equalTo(List.of(1, 1, 1)));

        // the program's title moves to the new word; the partnership's title loses it
        patch(programsOf(p) + "/" + program, null, "{\"title\":\"Program " + renamed + "\"}")
                .statusCode(200);
        patch("/api/v1/partnerships/" + p, null, "{\"title\":\"Kerja sama baru\"}")
                .statusCode(200);
        assertThat(totals(word), equalTo(List.of(0, 1, 0)));
        assertThat(totals(renamed), equalTo(List.of(1, 0, 1)));
        assertKeptValuesAgree();

        delete(milestonesOf(p) + "/" + second);
        assertThat(totals(word), equalTo(List.of(0, 0, 0)));

        // a partnership's delete takes its milestones' and programs' words with it
        milestone(p, "title", "Rapat " + renamed);
        assertThat(totals(renamed), equalTo(List.of(1, 1, 1)));
        delete("/api/v1/partnerships/" + p);
        assertThat(totals(renamed), equalTo(List.of(0, 0, 0)));
        assertKeptValuesAgree();
    }

    /**
     * Writers of different partnerships at once, every one adding and taking away the same two new words: the rows of
     * their counts do not exist yet (each writer may be the one that inserts them) and the partnerships share shards,
     * so the writers wait for each other's rows. None of them fails, and every count is exact afterwards.
     */
    @Test
    void concurrentWritersOfTheSameNewWordsKeepExactCounts() throws Exception {
        int writers = 8;
        List<String> partnerships = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            partnerships.add(partnership(
                    city(unique("Kota Serentak"), "32.75"),
                    foreignGovernment(unique("City Serentak"), "JP", "CITY"),
                    "FRIENDSHIP",
                    "title",
                    unique("Kerja sama")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        // rounds of new words: each round's writers race to insert the rows of its words' counts
        for (int round = 0; round < ROUNDS; round++) {
            String one = word("serentak");
            String other = word("bersama");
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (String p : partnerships) {
                results.add(pool.submit(() -> {
                    start.await();
                    return writeBoth(p, one, other);
                }));
            }
            start.countDown();
            for (Future<List<Integer>> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS), equalTo(List.of(201, 201, 201, 200, 204)));
            }
            assertThat(totals(one), equalTo(List.of(writers, writers, writers)));
            assertThat(totals(other), equalTo(List.of(0, writers, writers)));
        }
        pool.shutdown();
        assertKeptValuesAgree();
    }

    private static final int ROUNDS = 3;

    /**
     * Two milestones and a program with both words, the partnership's title with the first, and the first milestone
     * deleted: the statuses of the five writes.
     */
    private static List<Integer> writeBoth(String p, String one, String other) {
        List<Integer> statuses = new ArrayList<>();
        Response dropped = post(milestonesOf(p), milestoneBody("title", "Rapat " + one + " " + other))
                .extract()
                .response();
        statuses.add(dropped.statusCode());
        statuses.add(post(milestonesOf(p), milestoneBody("title", "Rapat " + other + " " + one))
                .extract()
                .statusCode());
        statuses.add(post(programsOf(p), programBody("title", "Program " + other + " " + one))
                .extract()
                .statusCode());
        statuses.add(patch("/api/v1/partnerships/" + p, null, "{\"title\":\"Kerja sama " + one + "\"}")
                .extract()
                .statusCode());
        String path = milestonesOf(p) + "/" + dropped.path("id");
        statuses.add(given().header("If-Match", given().get(path).header("ETag"))
                .delete(path)
                .statusCode());
        return statuses;
    }

    /**
     * V23 counted the words of the rows written before it: its inserts, run again over a table emptied of counts, give
     * the totals the service keeps (and the check agrees with them).
     */
    @Test
    void theMigrationCountsTheWordsOfRowsWrittenBeforeIt() throws Exception {
        String word = word("awal");
        String p = partnershipWith(word, "Awal", "32.76");
        milestone(p, "title", "Rapat " + word);
        milestone(p, "description", "Tentang " + word);
        program(p, "title", "Program " + word);
        List<String> backfill = inserts("/db/migration/V23__word_counts.sql");
        assertThat(backfill.size(), equalTo(3));

        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from word_count");
            assertThat(total(LISTS[1], word), equalTo(0));
            for (String insert : backfill) {
                statement.executeUpdate(insert);
            }
        }
        assertThat(totals(word), equalTo(List.of(1, 2, 1)));
        assertKeptValuesAgree();
    }

    /** A partnership titled with the word, between new sides named after {@code name}. */
    private static String partnershipWith(String word, String name, String regionCode) {
        return partnership(
                city(unique("Kota " + name), regionCode),
                foreignGovernment(unique("City " + name), "KR", "CITY"),
                "FRIENDSHIP",
                "title",
                "Kerja sama " + word);
    }

    /** The insert statements of a migration's script. */
    private static List<String> inserts(String script) throws IOException {
        return Sql.statements(script).stream()
                .filter(statement -> statement.startsWith("insert"))
                .toList();
    }

    @Test
    void theCheckFindsAndRepairsAWrongCount() throws SQLException {
        String word = word("salah");
        String p = partnershipWith(word, "Salah", "32.74");
        milestone(p, "title", "Rapat " + word);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update word_count set n = n + 4 where kind = 'MILESTONE' and word = ?")) {
            update.setString(1, word);
            assertThat(update.executeUpdate(), equalTo(1));
        }

        // the list's total comes from the kept count: it shows the wrong one until the repair
        assertThat(total(LISTS[1], word), equalTo(5));
        List<String> counts = given().get("/api/v1/consistency")
                .then()
                .statusCode(200)
                .extract()
                .path("disagreements.findAll { it.partnershipId == null }.value");
        assertThat(counts, hasItem("wordCount MILESTONE " + word));

        given().post("/api/v1/consistency/repairs").then().statusCode(200).body("repaired", equalTo(true));
        assertKeptValuesAgree();
        assertThat(totals(word), equalTo(List.of(1, 1, 0)));
    }
}
