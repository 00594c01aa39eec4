package id.kembar.partnership;

import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.patch;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kembar.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * V2 gives partnerships that already have milestones their stage in SQL; it must be the stage the application's rule
 * gives. The partnerships are made through the API (which computes their stage), their stored stage is put back to
 * the column's default, and the migration's own update statements are run again.
 */
@QuarkusTest
class StageBackfillTest {

    private static final Path MIGRATION = Path.of("src/main/resources/db/migration/V2__partnership_stage.sql");

    @Inject
    AgroalDataSource dataSource;

    /** A new partnership with these achieved milestones (type and date, "-" for undated), made in this order. */
    private static String partnershipWith(String... typeAndDate) {
        String id = Fixtures.partnership();
        for (int i = 0; i < typeAndDate.length; i += 2) {
            String date = typeAndDate[i + 1];
            if ("-".equals(date)) {
                milestone(id, "type", typeAndDate[i]);
            } else {
                milestone(id, "type", typeAndDate[i], "occurrenceDate", date);
            }
        }
        return id;
    }

    /** The id of the partnership's only milestone of this type. */
    private static String idOf(String partnership, String type) {
        return given().get(milestonesOf(partnership) + "?type=" + type)
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].id");
    }

    private static String stageOf(String partnership) {
        return given().get("/api/v1/partnerships/" + partnership)
                .then()
                .statusCode(200)
                .extract()
                .path("stage");
    }

    @Test
    void theBackfillGivesTheStageTheApplicationGives() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(partnershipWith(), "EXPLORATION");
        expected.put(partnershipWith("INITIAL_CONTACT", "2012", "VISIT", "-", "ACTIVITY", "2014"), "EXPLORATION");
        expected.put(partnershipWith("LETTER_OF_INTENT", "2012", "MINUTES_OF_MEETING", "2013"), "PLANNING");
        expected.put(
                partnershipWith("LETTER_OF_INTENT", "2012", "LEGISLATIVE_APPROVAL", "2013"), "LEGISLATIVE_APPROVAL");
        expected.put(
                partnershipWith("CENTRAL_GOVERNMENT_CLEARANCE", "-", "LETTER_OF_INTENT", "2014"), "CENTRAL_CLEARANCE");
        expected.put(
                partnershipWith("LETTER_OF_INTENT", "2012", "AGREEMENT_EXPIRED", "2013", "TERMINATED", "2014"),
                "LETTER_OF_INTENT");
        expected.put(partnershipWith("AGREEMENT_SIGNED", "2016-11-18"), "AGREEMENT_IN_FORCE");
        expected.put(
                partnershipWith("AGREEMENT_SIGNED", "2016-11-18", "AGREEMENT_EXPIRED", "2021-11-18"),
                "AGREEMENT_EXPIRED");
        expected.put(partnershipWith("AGREEMENT_EXPIRED", "2010", "AGREEMENT_SIGNED", "2016"), "AGREEMENT_IN_FORCE");
        expected.put(partnershipWith("AGREEMENT_EXPIRED", "2021", "AGREEMENT_SIGNED", "-"), "AGREEMENT_EXPIRED");
        expected.put(partnershipWith("AGREEMENT_SIGNED", "2016", "AGREEMENT_EXPIRED", "-"), "AGREEMENT_IN_FORCE");
        expected.put(partnershipWith("AGREEMENT_SIGNED", "-", "AGREEMENT_EXPIRED", "-"), "AGREEMENT_EXPIRED");
        expected.put(
                partnershipWith("AGREEMENT_SIGNED", "2011", "AGREEMENT_EXPIRED", "2016", "AGREEMENT_RENEWED", "2017"),
                "AGREEMENT_IN_FORCE");
        expected.put(
                partnershipWith(
                        "AGREEMENT_UPGRADED",
                        "2011",
                        "AGREEMENT_RENEWED",
                        "2016",
                        "TERMINATED",
                        "2019",
                        "VISIT",
                        "2020"),
                "TERMINATED");
        // same first day: the one recorded later decides
        expected.put(
                partnershipWith("AGREEMENT_SIGNED", "2020-05-01", "AGREEMENT_EXPIRED", "2020-05"), "AGREEMENT_EXPIRED");
        expected.put(
                partnershipWith("AGREEMENT_EXPIRED", "2020", "AGREEMENT_RENEWED", "2020-01-01"), "AGREEMENT_IN_FORCE");
        // a milestone that is not achieved (any more) does not count
        String unachieved = partnershipWith("COOPERATION_PLAN", "2015", "AGREEMENT_SIGNED", "2016");
        patch(
                        milestonesOf(unachieved) + "/" + idOf(unachieved, "AGREEMENT_SIGNED"),
                        null,
                        "{\"status\":\"PLANNED\",\"occurrenceDate\":null,\"targetDate\":\"2030\"}")
                .statusCode(200);
        expected.put(unachieved, "PLANNING");
        String cancelled = partnershipWith("LEGISLATIVE_APPROVAL", "2015");
        milestone(cancelled, "type", "AGREEMENT_SIGNED", "status", "CANCELLED");
        expected.put(cancelled, "LEGISLATIVE_APPROVAL");

        assertEquals(expected, stages(expected), "the stages the application computed");
        backfill(expected.keySet());
        assertEquals(expected, stages(expected), "the stages the migration computed");
    }

    @Test
    void onTheSameDayAndRecordingTimeTheBackfillAndTheApplicationAgree() throws Exception {
        // only data written outside the API can tie on the recording time; the id then decides
        Map<String, String> computed = new LinkedHashMap<>();
        for (boolean signingHigher : new boolean[] {true, false}) {
            String partnership = partnershipWith("AGREEMENT_SIGNED", "2021-06-15", "AGREEMENT_EXPIRED", "2021-06-15");
            // ids on both sides of the sign bit, where signed and unsigned comparisons disagree
            String low = "0" + UUID.randomUUID().toString().substring(1);
            String high = "f" + UUID.randomUUID().toString().substring(1);
            String signing = signingHigher ? high : low;
            String expiry = signingHigher ? low : high;
            try (Connection connection = dataSource.getConnection();
                    // its words (V22) name the milestone's id: they go while the id changes, and come back with it
                    PreparedStatement words =
                            connection.prepareStatement("select word from milestone_word where milestone_id = ?");
                    PreparedStatement unword =
                            connection.prepareStatement("delete from milestone_word where milestone_id = ?");
                    PreparedStatement reword = connection.prepareStatement("insert into milestone_word"
                            + " (milestone_id, word, timeline_date) select m.id, ?, m.timeline_date from milestone m"
                            + " where m.id = ?");
                    PreparedStatement redo =
                            connection.prepareStatement("update milestone set id = ?, created_at = ? where id = ?")) {
                Timestamp recorded = Timestamp.from(Instant.parse("2025-01-01T00:00:00Z"));
                for (String[] change : new String[][] {
                    {signing, idOf(partnership, "AGREEMENT_SIGNED")}, {expiry, idOf(partnership, "AGREEMENT_EXPIRED")}
                }) {
                    List<String> kept = new ArrayList<>();
                    words.setObject(1, UUID.fromString(change[1]));
                    try (ResultSet found = words.executeQuery()) {
                        while (found.next()) {
                            kept.add(found.getString(1));
                        }
                    }
                    unword.setObject(1, UUID.fromString(change[1]));
                    unword.executeUpdate();
                    redo.setObject(1, UUID.fromString(change[0]));
                    redo.setTimestamp(2, recorded);
                    redo.setObject(3, UUID.fromString(change[1]));
                    assertEquals(1, redo.executeUpdate());
                    for (String word : kept) {
                        reword.setString(1, word);
                        reword.setObject(2, UUID.fromString(change[0]));
                        reword.executeUpdate();
                    }
                }
            }
            // any write to a milestone has the application compute the stage again
            patch(milestonesOf(partnership) + "/" + signing, null, "{\"placeName\":\"Jayapura\"}")
                    .statusCode(200);
            computed.put(partnership, stageOf(partnership));
        }
        backfill(computed.keySet());
        assertEquals(computed, stages(computed));
    }

    private static Map<String, String> stages(Map<String, String> partnerships) {
        return partnerships.keySet().stream()
                .collect(Collectors.toMap(id -> id, StageBackfillTest::stageOf, (a, b) -> a, LinkedHashMap::new));
    }

    /** Puts these partnerships back to the column's default and runs V2's update statements, in one transaction. */
    private void backfill(Iterable<String> partnerships) throws SQLException, IOException {
        List<String> updates = backfillStatements();
        assertEquals(2, updates.size(), "V2's update statements");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement reset =
                            connection.prepareStatement("update partnership set stage = 'EXPLORATION' where id = ?");
                    Statement statement = connection.createStatement()) {
                for (String id : partnerships) {
                    reset.setObject(1, UUID.fromString(id));
                    assertEquals(1, reset.executeUpdate());
                }
                for (String update : updates) {
                    statement.executeUpdate(update);
                }
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static List<String> backfillStatements() throws IOException {
        String sql = Files.readAllLines(MIGRATION).stream()
                .filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(sql.split(";"))
                .map(String::strip)
                .filter(statement -> statement.toLowerCase(Locale.ROOT).startsWith("update"))
                .toList();
    }
}
