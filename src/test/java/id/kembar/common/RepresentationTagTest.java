package id.kembar.common;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.etag;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.participant;
import static id.kembar.support.Fixtures.province;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.problem;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.program;
import static id.kembar.support.ProgramFixtures.programsOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import id.kembar.support.Fixtures;
import id.kembar.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ETag is the representation's: it changes whenever the body does, also when the change is in a record the body
 * shows (a partnership's sides, a participant's actor, a program's lead agency, a milestone's actors, an actor's
 * parent), so {@code If-None-Match} never answers 304 to a changed body. {@code If-Match} takes the tag a read gave,
 * or the version alone. A write that changes nothing keeps version, {@code updatedAt} and tag; timestamps come from the
 * service's one clock.
 */
@QuarkusTest
class RepresentationTagTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static void rename(String actorPath) {
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag(actorPath))
                .body(Map.of("name", unique("Renamed")))
                .patch(actorPath)
                .then()
                .statusCode(200);
    }

    /** After the shown actor is renamed, the old tag gets the new body, not a 304, and a new tag. */
    private static void showsTheChangeOf(String actorPath, String path, String property) {
        String before = etag(path);
        given().header("If-None-Match", before).get(path).then().statusCode(304);
        rename(actorPath);
        String renamed = given().get(actorPath).then().extract().path("name");
        Response after = given().header("If-None-Match", before).get(path);
        assertThat(path, after.statusCode(), equalTo(200));
        assertThat(path, after.path(property), equalTo(renamed));
        assertThat(path, after.header("ETag"), not(equalTo(before)));
        given().header("If-None-Match", after.header("ETag")).get(path).then().statusCode(304);
    }

    @Test
    void aTagChangesWithEveryRecordItsBodyShows() {
        String partner = foreignGovernment(unique("Daejeon"), "KR", "CITY");
        String partnership = Fixtures.partnership(city(unique("Kota"), "36.74"), partner);
        String p = "/api/v1/partnerships/" + partnership;
        showsTheChangeOf("/api/v1/actors/" + partner, p, "partner.name");

        String ngo = actor("NGO", unique("LSM"), "ID");
        String participant = participant(partnership, ngo, "IMPLEMENTER");
        showsTheChangeOf("/api/v1/actors/" + ngo, p + "/participants/" + participant, "actor.name");

        String agency = actor("AGENCY", unique("Dinas"), "ID");
        String program = program(partnership, "leadAgencyId", agency);
        showsTheChangeOf("/api/v1/actors/" + agency, programsOf(partnership) + "/" + program, "leadAgency.name");

        String visitor = actor("AGENCY", unique("Dinas"), "ID");
        String visit = milestone(partnership, "actorIds", List.of(visitor));
        showsTheChangeOf("/api/v1/actors/" + visitor, milestonesOf(partnership) + "/" + visit, "actors[0].name");

        String parent = province(unique("Provinsi"), "36");
        String child = Fixtures.create(
                "/api/v1/actors",
                body("kind", "AGENCY", "name", unique("Bappeda"), "country", "ID", "parentId", parent));
        showsTheChangeOf("/api/v1/actors/" + parent, "/api/v1/actors/" + child, "parent.name");
    }

    /** The tag's digest is of the very bytes the response carries: a client can check the body it got against it. */
    private static void digestsItsBody(String path, Response response) {
        String tag = response.header("ETag");
        String version = String.valueOf((Object) response.path("version"));
        String digest = HexFormat.of().formatHex(sha256(response.asByteArray()), 0, 6);
        assertThat(path, tag, equalTo("\"" + version + "-" + digest + "\""));
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aTagIsADigestOfTheBodyItCameWithOnReadsCreatesAndWrites() {
        String partner = foreignGovernment(unique("Daejeon"), "KR", "CITY");
        String partnership = Fixtures.partnership(city(unique("Kota"), "36.74"), partner);
        String p = "/api/v1/partnerships/" + partnership;
        String agency = actor("AGENCY", unique("Dinas"), "ID");
        // each resource with a text field of its own, written with quotes and characters beyond ASCII
        Map<String, String> textFields = new LinkedHashMap<>();
        textFields.put(p, "description");
        textFields.put("/api/v1/actors/" + partner, "notes");
        textFields.put(p + "/participants/" + participant(partnership, agency, "IMPLEMENTER"), "note");
        textFields.put(programsOf(partnership) + "/" + program(partnership, "leadAgencyId", agency), "description");
        textFields.put(
                milestonesOf(partnership) + "/" + milestone(partnership, "actorIds", List.of(agency)), "description");
        textFields.forEach((path, field) -> {
            Response read = given().get(path);
            assertThat(path, read.statusCode(), equalTo(200));
            digestsItsBody(path, read);
            Response written = given().contentType("application/merge-patch+json")
                    .header("If-Match", read.header("ETag"))
                    .body(Map.of(field, "Kunjungan kerja: \"Daejeon\" — 大田"))
                    .patch(path);
            assertThat(path + " " + written.asString(), written.statusCode(), equalTo(200));
            digestsItsBody(path, written);
            assertThat(path, written.header("ETag"), not(equalTo(read.header("ETag"))));
        });
        Response created = given().contentType(ContentType.JSON)
                .body(body("kind", "NGO", "name", unique("LSM \"Sahabat\" 友好"), "country", "ID"))
                .post("/api/v1/actors");
        assertThat(created.asString(), created.statusCode(), equalTo(201));
        digestsItsBody("/api/v1/actors", created);
    }

    @Test
    void ifMatchTakesTheTagOfTheLastReadOrTheVersionAloneAndRefusesAnOlderOne() {
        String partner = foreignGovernment(unique("Daejeon"), "KR", "CITY");
        String p = "/api/v1/partnerships/" + Fixtures.partnership(city(unique("Kota"), "36.74"), partner);
        Response read = given().get(p);
        assertThat(read.header("ETag"), matchesPattern("\"0-[0-9a-f]{12}\""));
        String tag = read.header("ETag");
        given().contentType("application/merge-patch+json")
                .header("If-Match", tag)
                .body(Map.of("objectives", "Trade"))
                .patch(p)
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        // the version alone guards the partnership's own fields
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body(Map.of("objectives", "Trade and tourism"))
                .patch(p)
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        // a tag read before the last change is a 412 naming the current tag; nothing is written
        problem(
                        given().contentType("application/merge-patch+json")
                                .header("If-Match", tag)
                                .body(Map.of("objectives", "Lost update"))
                                .patch(p)
                                .then(),
                        412)
                .body("detail", org.hamcrest.Matchers.containsString(etag(p)));
        given().get(p).then().body("objectives", equalTo("Trade and tourism"));
    }

    @Test
    void aWriteThatChangesNothingKeepsVersionUpdatedAtAndTag() {
        String partnership = Fixtures.partnership();
        String p = "/api/v1/partnerships/" + partnership;
        String agency = actor("AGENCY", unique("Dinas"), "ID");
        String actor = Fixtures.create(
                "/api/v1/actors",
                body("kind", "NGO", "name", unique("LSM"), "alternativeNames", List.of("A", "B"), "country", "ID"));
        String ngo = actor("NGO", unique("LSM"), "ID");
        String program = program(
                partnership,
                "leadAgencyId",
                agency,
                "obstacles",
                List.of("NO_BUDGET", "COMMUNICATION"),
                "status",
                "STALLED",
                "budget",
                body("amount", "1500000.50", "currency", "IDR"));
        List<String> paths = List.of(
                "/api/v1/actors/" + actor,
                p,
                p + "/participants/" + participant(partnership, ngo, "IMPLEMENTER"),
                programsOf(partnership) + "/" + program,
                milestonesOf(partnership) + "/" + milestone(partnership, "actorIds", List.of(agency)));
        for (String path : paths) {
            Response before = given().get(path);
            Map<String, Object> body = Fixtures.withoutReadOnly(path);
            for (int i = 0; i < 2; i++) {
                Response again = given().contentType(ContentType.JSON)
                        .header("If-Match", before.header("ETag"))
                        .body(body)
                        .put(path);
                assertThat(path + " " + again.asString(), again.statusCode(), equalTo(200));
                assertThat(path, again.header("ETag"), equalTo(before.header("ETag")));
                assertThat(path, again.path("version"), equalTo(before.path("version")));
                assertThat(path, again.path("updatedAt"), equalTo(before.path("updatedAt")));
            }
            given().contentType("application/merge-patch+json")
                    .header("If-Match", before.header("ETag"))
                    .body("{}")
                    .patch(path)
                    .then()
                    .statusCode(200)
                    .body("version", equalTo(before.path("version")));
            given().get(path).then().header("ETag", equalTo(before.header("ETag")));
        }
    }

    @Test
    void timestampsComeFromTheServicesClock() {
        LocalDate day = LocalDate.parse("2031-05-17");
        clock.fixAt(day);
        OffsetDateTime noonInJakarta =
                day.atTime(12, 0).atZone(ZoneId.of("Asia/Jakarta")).toOffsetDateTime();
        String path = "/api/v1/actors/" + actor("NGO", unique("LSM"), "ID");
        Response created = given().get(path);
        assertThat(OffsetDateTime.parse(created.path("createdAt")).isEqual(noonInJakarta), equalTo(true));
        clock.fixAt(day.plusDays(1));
        String updatedAt = given().contentType("application/merge-patch+json")
                .header("If-Match", created.header("ETag"))
                .body(Map.of("notes", "moved a day later"))
                .patch(path)
                .then()
                .statusCode(200)
                .extract()
                .path("updatedAt");
        assertThat(OffsetDateTime.parse(updatedAt).isEqual(noonInJakarta.plusDays(1)), equalTo(true));
    }
}
