package id.kembar.history;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.etag;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.participant;
import static id.kembar.support.Fixtures.partnership;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.program;
import static id.kembar.support.ProgramFixtures.programsOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import id.kembar.support.ProblemAssert;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every write leaves exactly one audit record of each record it changed, in its own transaction, and no other. */
@QuarkusTest
class HistoryTest {

    @Inject
    AgroalDataSource dataSource;

    private static JsonPath history(String partnershipId, Object... query) {
        var request = given();
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam((String) query[i], query[i + 1]);
        }
        return request.get("/api/v1/partnerships/" + partnershipId + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aPartnershipsHistoryHasEveryChangeOfItAndItsRecordsNewestFirstWithWhoAndWhat() {
        String partnership = partnership();
        String program = program(partnership);
        String milestone = milestone(partnership, "type", "LETTER_OF_INTENT");
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag(programsOf(partnership) + "/" + program))
                .header("X-Request-Id", "history-test-patch-1")
                .body(Map.of("title", "Pertukaran pelajar"))
                .patch(programsOf(partnership) + "/" + program)
                .then()
                .statusCode(200);

        JsonPath history = history(partnership);
        // newest first: the program's update, then the milestone and the stage it moved, the program, the partnership
        assertThat(
                history.getList("items.resourceType"),
                contains("SECTOR_PROGRAM", "MILESTONE", "PARTNERSHIP", "SECTOR_PROGRAM", "PARTNERSHIP"));
        assertThat(history.getList("items.operation"), contains("UPDATED", "CREATED", "UPDATED", "CREATED", "CREATED"));
        assertThat(history.getInt("totalItems"), equalTo(5));

        Map<String, Object> update = history.getMap("items[0]");
        assertThat(update.get("resourceId"), equalTo(program));
        assertThat(update.get("requestId"), equalTo("history-test-patch-1"));
        assertThat(history.getList("items[0].changes.field"), contains("title"));
        assertThat(history.getString("items[0].changes[0].newValue"), equalTo("Pertukaran pelajar"));
        assertThat(history.getString("items[0].changedBy.kind"), equalTo("TOKEN"));
        assertThat(history.getString("items[0].changedBy.name"), equalTo("test-ministry"));
        assertThat(history.getString("items[0].changedBy.subject"), equalTo("test-ministry"));
        assertThat(history.getList("items[0].changedBy.roles"), containsInAnyOrder("MINISTRY", "ADMIN"));
        assertThat(
                history.getInt("items[0].version"),
                equalTo(given().get(programsOf(partnership) + "/" + program)
                        .then()
                        .extract()
                        .<Integer>path("version")));
        assertThat(
                history.getString("items[0].href"),
                endsWith("/api/v1/partnerships/" + partnership + "/sector-programs/" + program));

        // the stage the letter of intent moved: a change of the partnership of its own, naming the milestone
        assertThat(history.getString("items[2].resourceId"), equalTo(partnership));
        assertThat(history.getString("items[2].cause.resourceType"), equalTo("MILESTONE"));
        assertThat(history.getString("items[2].cause.resourceId"), equalTo(milestone));
        assertThat(history.getList("items[2].changes.field"), contains("stage"));
        assertThat(history.getString("items[2].changes[0].oldValue"), equalTo("EXPLORATION"));
        assertThat(history.getString("items[2].changes[0].newValue"), equalTo("LETTER_OF_INTENT"));
        assertThat(
                history.getInt("items[2].version"),
                equalTo(given().get("/api/v1/partnerships/" + partnership)
                        .then()
                        .extract()
                        .<Integer>path("version")));
        assertThat(history.getString("items[1].cause"), nullValue());

        // a new record: every field it was given, with no value before
        assertThat(history.getList("items[4].changes.field"), hasItem("title"));
        assertThat(history.getList("items[4].changes.oldValue"), everyItem(nullValue()));
    }

    @Test
    void filtersByResourceTypeAuthorAndTime() {
        String partnership = partnership();
        milestone(partnership);
        program(partnership);
        List<String> times = history(partnership).getList("items.changedAt");
        String created = times.get(2);
        String milestoneAdded = times.get(1);
        assertThat(
                history(partnership, "resourceType", "MILESTONE").getList("items.resourceType"), contains("MILESTONE"));
        assertThat(history(partnership, "changedBy", "test-ministry").getInt("totalItems"), equalTo(3));
        assertThat(history(partnership, "changedBy", "someone-else").getInt("totalItems"), equalTo(0));
        assertThat(history(partnership, "changedFrom", milestoneAdded).getInt("totalItems"), is(2));
        assertThat(history(partnership, "changedTo", created).getInt("totalItems"), is(1));
        assertThat(history(partnership, "pageSize", 1, "page", 2).getList("items.resourceType"), contains("MILESTONE"));
        ProblemAssert.problem(
                        given().queryParam("changedFrom", "2026-01-02T00:00:00Z")
                                .queryParam("changedTo", "2026-01-01T00:00:00Z")
                                .get("/api/v1/partnerships/" + partnership + "/history")
                                .then(),
                        400)
                .body("errors[0].field", equalTo("changedTo"));
        ProblemAssert.problem(
                given().queryParam("resourceType", "PLANET")
                        .get("/api/v1/partnerships/" + partnership + "/history")
                        .then(),
                400);
    }

    @Test
    void aDeletedPartnershipsHistoryStaysReadableWithTheLastStateOfEverythingDeletedWithIt() {
        String partnership = partnership();
        String participant =
                participant(partnership, foreignGovernment(unique("Prefecture"), "JP", "PROVINCE"), "FACILITATOR");
        String milestone = milestone(partnership);
        String program = program(partnership);
        given().header("If-Match", etag("/api/v1/partnerships/" + partnership))
                .delete("/api/v1/partnerships/" + partnership)
                .then()
                .statusCode(204);

        JsonPath history = history(partnership, "pageSize", 4);
        assertThat(history.getList("items.operation"), everyItem(equalTo("DELETED")));
        assertThat(
                history.getList("items.resourceId"), containsInAnyOrder(partnership, participant, milestone, program));
        for (int i = 0; i < 4; i++) {
            boolean own = history.getString("items[" + i + "].resourceId").equals(partnership);
            assertThat(history.getString("items[" + i + "].cause.resourceId"), equalTo(own ? null : partnership));
            assertThat(history.getList("items[" + i + "].changes.newValue"), everyItem(nullValue()));
        }
        Map<String, Object> milestoneDeleted = history.getList("items", Map.class).stream()
                .filter(item -> milestone.equals(item.get("resourceId")))
                .findFirst()
                .orElseThrow();
        assertThat(
                ((List<Map<String, Object>>) milestoneDeleted.get("changes"))
                        .stream().map(change -> change.get("field")).toList(),
                hasItem("title"));
        ProblemAssert.problem(
                given().get("/api/v1/partnerships/" + UUID.randomUUID() + "/history")
                        .then(),
                404);
    }

    @Test
    void anActorsHistoryAndThePartnershipsThatShowItFollowARename() {
        String local = city(unique("Kota"), "32.73");
        String partner = foreignGovernment(unique("City"), "KR", "CITY");
        String partnership = partnership(local, partner);
        String newName = unique("Kota Baru");
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag("/api/v1/actors/" + local))
                .body(Map.of("name", newName))
                .patch("/api/v1/actors/" + local)
                .then()
                .statusCode(200);

        JsonPath actor = given().get("/api/v1/actors/" + local + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(actor.getList("items.operation"), contains("UPDATED", "CREATED"));
        assertThat(actor.getList("items[0].changes.field"), contains("name"));
        assertThat(actor.getString("items[0].changes[0].newValue"), equalTo(newName));

        JsonPath shown = history(partnership);
        assertThat(shown.getList("items.operation"), contains("UPDATED", "CREATED"));
        assertThat(shown.getString("items[0].cause.resourceType"), equalTo("ACTOR"));
        assertThat(shown.getString("items[0].cause.resourceId"), equalTo(local));
        assertThat(shown.getList("items[0].changes.field"), contains("localGovernment"));
        assertThat(shown.getString("items[0].changes[0].newValue.name"), equalTo(newName));
        ProblemAssert.problem(
                given().get("/api/v1/actors/" + partnership + "/history").then(), 404);
    }

    @Test
    void aWriteThatChangesNothingIsRecordedOnceAsSuch() {
        String partnership = partnership();
        String milestone = milestone(partnership);
        String path = milestonesOf(partnership) + "/" + milestone;
        Map<String, Object> same = id.kembar.support.Fixtures.withoutReadOnly(path);
        given().contentType(ContentType.JSON)
                .header("If-Match", etag(path))
                .body(same)
                .put(path)
                .then()
                .statusCode(200);
        JsonPath history = history(partnership, "resourceType", "MILESTONE");
        assertThat(history.getList("items.operation"), contains("UPDATED", "CREATED"));
        assertThat(history.getList("items[0].changes"), hasSize(0));
        assertThat(history.getInt("items[0].version"), equalTo(history.getInt("items[1].version")));
    }

    @Test
    void aWriteThatFailsLeavesNoRecordAlsoWhenTheDatabaseRefusesItAfterValidation() throws Exception {
        String partnership = partnership();
        String milestone = milestone(partnership);
        int before = history(partnership).getInt("totalItems");

        // refused by validation
        ProblemAssert.problem(
                given().contentType(ContentType.JSON)
                        .body(body("type", "MEETING"))
                        .post(milestonesOf(partnership))
                        .then(),
                400);
        // refused by a stale ETag
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"99\"")
                .body(Map.of("title", "Too late"))
                .patch(milestonesOf(partnership) + "/" + milestone)
                .then()
                .statusCode(412);
        // refused by the database after the service accepted it: a rule only the schema knows
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter table milestone add constraint ck_history_test check (title <> 'Refused by the "
                    + "database')");
        }
        try {
            ProblemAssert.problem(
                    given().contentType(ContentType.JSON)
                            .body(body("type", "MEETING", "title", "Refused by the database", "status", "ACHIEVED"))
                            .post(milestonesOf(partnership))
                            .then(),
                    400);
        } finally {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("alter table milestone drop constraint ck_history_test");
            }
        }
        assertThat(history(partnership).getInt("totalItems"), equalTo(before));
        assertThat(given().get(milestonesOf(partnership)).then().extract().<Integer>path("totalItems"), equalTo(1));
    }

    @Test
    void theHistoryCannotBeWritten() {
        String partnership = partnership();
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            given().contentType(ContentType.JSON)
                    .body("{}")
                    .request(method, "/api/v1/partnerships/" + partnership + "/history")
                    .then()
                    .statusCode(405);
        }
        given().contentType(ContentType.JSON)
                .body("{}")
                .delete("/api/v1/changes")
                .then()
                .statusCode(405);
    }

    @Test
    void aWriteWithAnApiKeyNamesTheKey() {
        Map<String, Object> key = given().contentType(ContentType.JSON)
                .body(Map.of("name", unique("history-key"), "roles", List.of("MINISTRY")))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("$");
        String partnership = partnership();
        given().header("X-API-Key", key.get("key"))
                .contentType(ContentType.JSON)
                .body(id.kembar.support.ProgramFixtures.milestoneBody())
                .post(milestonesOf(partnership))
                .then()
                .statusCode(201);
        JsonPath history = history(partnership, "resourceType", "MILESTONE");
        assertThat(history.getString("items[0].changedBy.kind"), equalTo("API_KEY"));
        assertThat(history.getString("items[0].changedBy.name"), equalTo(key.get("name")));
        assertThat(
                history.getString("items[0].changedBy.apiKeyId"),
                equalTo(((String) key.get("prefix")).substring("kmb_".length())));
        assertThat(history.getList("items[0].changedBy.roles"), contains("MINISTRY"));
    }
}
