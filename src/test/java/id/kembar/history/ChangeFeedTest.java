package id.kembar.history;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.create;
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
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import id.kembar.support.ProblemAssert;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The change feed lists every change once, in the order of the commits, and a mirror fed by it alone is exact. */
@QuarkusTest
class ChangeFeedTest {

    @TestHTTPResource("/")
    URL root;

    private String base() {
        return root.toString().replaceAll("/$", "");
    }

    @Test
    void aMirrorFedByTheFeedAloneEndsIdenticalToTheApiAlsoWithConcurrentWriters() throws Exception {
        Mirror mirror = new Mirror(base(), Mirror.end(base()));
        ExecutorService pool = Executors.newFixedThreadPool(5);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            // the mirror follows while the writers write, waiting for changes as a real one does
            Future<?> following = pool.submit(() -> {
                while (writing.get()) {
                    mirror.poll(1, Map.of());
                }
                return null;
            });
            String local = city(unique("Kota"), "35.78");
            String partner = foreignGovernment(unique("City"), "CN", "CITY");
            List<String> partnerships = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                partnerships.add(partnership(local, foreignGovernment(unique("City"), "JP", "CITY"), "SISTER_CITY"));
            }
            partnerships.add(partnership(local, partner));
            // four writers at once, two on the same partnership: milestones that move the stage, programs,
            // participants, updates and deletions
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String partnership = partnerships.get(w % 3);
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 4; i++) {
                        String milestone = milestone(partnership, "type", i == 1 ? "LETTER_OF_INTENT" : "MEETING");
                        String program = program(partnership);
                        given().contentType("application/merge-patch+json")
                                .header("If-Match", etag(milestonesOf(partnership) + "/" + milestone))
                                .body(Map.of("title", unique("Renamed")))
                                .patch(milestonesOf(partnership) + "/" + milestone)
                                .then()
                                .statusCode(200);
                        if (i % 2 == 0) {
                            given().header("If-Match", etag(programsOf(partnership) + "/" + program))
                                    .delete(programsOf(partnership) + "/" + program)
                                    .then()
                                    .statusCode(204);
                        }
                    }
                    participant(partnership, foreignGovernment(unique("Ward"), "JP", "CITY"), "FACILITATOR");
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS);
            }
            // an actor renamed: the partnerships that show it follow; a partnership deleted with its records
            given().contentType("application/merge-patch+json")
                    .header("If-Match", etag("/api/v1/actors/" + local))
                    .body(Map.of("name", unique("Kota Baru")))
                    .patch("/api/v1/actors/" + local)
                    .then()
                    .statusCode(200);
            String doomed = partnerships.remove(0);
            given().header("If-Match", etag("/api/v1/partnerships/" + doomed))
                    .delete("/api/v1/partnerships/" + doomed)
                    .then()
                    .statusCode(204);
            writing.set(false);
            following.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        mirror.catchUp(Map.of());

        // every record the mirror holds is the API's, as the API shows it now
        Map<String, Map<String, Object>> copied = mirror.records();
        for (Map.Entry<String, Map<String, Object>> record : copied.entrySet()) {
            String key = record.getKey();
            Map<String, Object> now = given().get(href(key, record.getValue()))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("$");
            boolean partOfPartnership = !key.startsWith("PARTNERSHIP/") && !key.startsWith("ACTOR/");
            assertThat(
                    key,
                    partOfPartnership ? Mirror.comparable(record.getValue()) : record.getValue(),
                    equalTo(partOfPartnership ? Mirror.comparable(now) : now));
        }
        // and it holds every record the API has of what changed: the partnerships' records, none of the deleted
        List<String> partnershipsCopied = copied.keySet().stream()
                .filter(key -> key.startsWith("PARTNERSHIP/"))
                .map(key -> key.substring("PARTNERSHIP/".length()))
                .toList();
        assertThat(partnershipsCopied.size(), greaterThanOrEqualTo(3));
        for (String partnership : partnershipsCopied) {
            for (String[] children : List.of(
                    new String[] {"participants", "PARTICIPANT"},
                    new String[] {"milestones", "MILESTONE"},
                    new String[] {"sector-programs", "SECTOR_PROGRAM"})) {
                List<String> ids = given().queryParam("pageSize", 200)
                        .get("/api/v1/partnerships/" + partnership + "/" + children[0])
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.id");
                for (String id : ids) {
                    assertThat(copied.keySet(), hasItem(children[1] + "/" + id));
                }
            }
        }
        long childrenInMirror = copied.keySet().stream()
                .filter(key -> !key.startsWith("PARTNERSHIP/") && !key.startsWith("ACTOR/"))
                .count();
        long childrenInApi = partnershipsCopied.stream()
                .mapToLong(p -> List.of("participants", "milestones", "sector-programs").stream()
                        .mapToLong(c -> given().get("/api/v1/partnerships/" + p + "/" + c)
                                .then()
                                .extract()
                                .<Integer>path("totalItems"))
                        .sum())
                .sum();
        assertThat(childrenInMirror, equalTo(childrenInApi));
    }

    private static String href(String key, Map<String, Object> record) {
        String[] parts = key.split("/");
        String partnership = (String) record.get("partnershipId");
        return switch (parts[0]) {
            case "PARTNERSHIP" -> "/api/v1/partnerships/" + parts[1];
            case "ACTOR" -> "/api/v1/actors/" + parts[1];
            case "PARTICIPANT" -> "/api/v1/partnerships/" + partnership + "/participants/" + parts[1];
            case "MILESTONE" -> "/api/v1/partnerships/" + partnership + "/milestones/" + parts[1];
            default -> "/api/v1/partnerships/" + partnership + "/sector-programs/" + parts[1];
        };
    }

    @Test
    void aWaitingRequestAnswersAsSoonAsAChangeIsCommitted() throws Exception {
        String cursor = Mirror.end(base());
        Instant start = Instant.now();
        CompletableFuture<JsonPath> waiting = CompletableFuture.supplyAsync(() -> given().queryParam("after", cursor)
                .queryParam("wait", 25)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath());
        Thread.sleep(1500);
        assertThat(waiting.isDone(), equalTo(false));
        String actor = create("/api/v1/actors", body("kind", "NGO", "name", unique("LSM"), "country", "ID"));
        JsonPath answer = waiting.get(30, TimeUnit.SECONDS);
        assertThat(answer.getList("items.resourceId"), contains(actor));
        assertThat(Duration.between(start, Instant.now()).toSeconds(), lessThan(20L));
    }

    @Test
    void aWaitWithoutChangesEndsEmptyAndKeepsItsPlace() {
        String cursor = Mirror.end(base());
        Instant start = Instant.now();
        JsonPath answer = given().queryParam("after", cursor)
                .queryParam("wait", 1)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(Duration.between(start, Instant.now()).toMillis(), greaterThanOrEqualTo(900L));
        assertThat(answer.getList("items"), empty());
        String actor = create("/api/v1/actors", body("kind", "NGO", "name", unique("LSM"), "country", "ID"));
        assertThat(
                given().queryParam("after", answer.getString("next"))
                        .get("/api/v1/changes")
                        .then()
                        .extract()
                        .path("items.resourceId"),
                contains(actor));
    }

    @Test
    void filtersFollowOneKindOrOneRegionIncludingWhatMovedOut() {
        String cursor = Mirror.end(base());
        String inside = city(unique("Kota"), "36.71");
        String outside = city(unique("Kota"), "33.72");
        String partnership = partnership(inside, foreignGovernment(unique("City"), "KR", "CITY"));
        String milestone = milestone(partnership);
        String elsewhere = partnership(outside, foreignGovernment(unique("City"), "KR", "CITY"));
        Map<String, Object> moved = id.kembar.support.Fixtures.withoutReadOnly("/api/v1/partnerships/" + partnership);
        moved.put("localGovernmentId", outside);
        given().contentType(ContentType.JSON)
                .header("If-Match", etag("/api/v1/partnerships/" + partnership))
                .body(moved)
                .put("/api/v1/partnerships/" + partnership)
                .then()
                .statusCode(200);

        JsonPath region = given().queryParam("after", cursor)
                .queryParam("localRegionCode", "36")
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(region.getList("items.resourceId"), contains(inside, partnership, milestone, partnership));
        assertThat(region.getList("items.operation"), contains("CREATED", "CREATED", "CREATED", "UPDATED"));
        assertThat(region.getList("items.resourceId"), not(hasItem(elsewhere)));

        JsonPath actors = given().queryParam("after", cursor)
                .queryParam("resourceType", "ACTOR")
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(actors.getList("items.resourceType"), everyItem(equalTo("ACTOR")));
        assertThat(actors.getList("items.resourceId"), hasItem(outside));

        JsonPath paged = given().queryParam("after", cursor)
                .queryParam("limit", 2)
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(paged.getList("items"), org.hamcrest.Matchers.hasSize(2));
        assertThat(paged.getBoolean("hasMore"), equalTo(true));
    }

    @Test
    void aCursorNotOfThisFeedIsA400() {
        ProblemAssert.problem(
                        given().queryParam("after", "not-a-cursor")
                                .get("/api/v1/changes")
                                .then(),
                        400)
                .body("errors[0].field", equalTo("after"));
        String ahead = Base64.getUrlEncoder().withoutPadding().encodeToString("v1:999999999999".getBytes());
        ProblemAssert.problem(
                        given().queryParam("after", ahead)
                                .get("/api/v1/changes")
                                .then(),
                        400)
                .body("errors[0].field", equalTo("after"));
        ProblemAssert.problem(
                given().queryParam("limit", 0).get("/api/v1/changes").then(), 400);
        ProblemAssert.problem(
                given().queryParam("limit", 1001).get("/api/v1/changes").then(), 400);
        ProblemAssert.problem(
                given().queryParam("wait", 31).get("/api/v1/changes").then(), 400);
        ProblemAssert.problem(
                given().queryParam("localRegionCode", "x32y")
                        .get("/api/v1/changes")
                        .then(),
                400);
        ProblemAssert.problem(
                given().queryParam("resourceType", "PLANET")
                        .get("/api/v1/changes")
                        .then(),
                400);
    }
}
