package id.kembar.finding;

import static id.kembar.support.Fixtures.etag;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.KeptValuesAssert.assertCountsAgree;
import static id.kembar.support.KeptValuesAssert.assertKeptValuesAgree;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.program;
import static id.kembar.support.ProgramFixtures.programsOf;
import static id.kembar.support.ProgramFixtures.put;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.kembar.support.Fixtures;
import id.kembar.support.ProgramFixtures;
import id.kembar.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Derived values are kept on write: after every kind of write the kept values agree with a computation from scratch
 * (the operator's consistency check), and the lists, findings and counts that read them show the change at once.
 */
@QuarkusTest
class KeptValuesTest {

    private static final String COUNTRY = "TO";

    @Inject
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static List<String> codesListed(String partnership) {
        return given().get("/api/v1/partnerships?q=" + title(partnership))
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].findings");
    }

    private static String title(String partnership) {
        return given().get("/api/v1/partnerships/" + partnership)
                .then()
                .extract()
                .path("title");
    }

    private static String stage(String partnership) {
        return given().get("/api/v1/partnerships/" + partnership)
                .then()
                .extract()
                .path("stage");
    }

    private static String newPartnership() {
        return ProgramFixtures.partnershipIn("31.74", COUNTRY);
    }

    @Test
    void milestoneWritesKeepStageFindingsAndCounts() {
        String p = newPartnership();
        assertKeptValuesAgree();
        String loi = milestone(p, "type", "LETTER_OF_INTENT", "occurrenceDate", "2019-03");
        assertThat(stage(p), equalTo("LETTER_OF_INTENT"));
        String signed = milestone(p, "type", "AGREEMENT_SIGNED", "occurrenceDate", "2020-06-01");
        String evaluation = milestone(p, "type", "EVALUATION", "status", "PLANNED", "targetDate", "2021");
        assertThat(stage(p), equalTo("AGREEMENT_IN_FORCE"));
        assertThat(codesListed(p), hasItem("OVERDUE_MILESTONE"));
        assertKeptValuesAgree();
        assertCountsAgree("partnerCountry=" + COUNTRY);

        // the evaluation happened after all: no longer overdue
        patch(
                        milestonesOf(p) + "/" + evaluation,
                        etag(milestonesOf(p) + "/" + evaluation),
                        "{\"status\": \"ACHIEVED\", \"occurrenceDate\": \"2021-05\"}")
                .statusCode(200);
        assertThat(codesListed(p), not(hasItem("OVERDUE_MILESTONE")));
        assertKeptValuesAgree();

        // replaced by a termination: the stage follows
        put(
                        milestonesOf(p) + "/" + signed,
                        etag(milestonesOf(p) + "/" + signed),
                        Map.of("type", "TERMINATED", "title", unique("Ended"), "status", "ACHIEVED"))
                .statusCode(200);
        assertThat(stage(p), equalTo("LETTER_OF_INTENT"));
        assertKeptValuesAgree();

        given().header("If-Match", etag(milestonesOf(p) + "/" + loi))
                .delete(milestonesOf(p) + "/" + loi)
                .then()
                .statusCode(204);
        assertThat(stage(p), equalTo("EXPLORATION"));
        assertKeptValuesAgree();
        assertCountsAgree("partnerCountry=" + COUNTRY);
        assertCountsAgree("stage=EXPLORATION");
    }

    @Test
    void programWritesKeepFindingsAndCounts() {
        String p = newPartnership();
        String agency = Fixtures.actor("AGENCY", unique("Dinas"), "ID");
        String stalled = program(p, "status", "STALLED", "obstacles", List.of("NO_BUDGET", "NO_FOLLOW_UP"));
        assertThat(codesListed(p), contains("NO_BUDGET", "NO_LEAD_AGENCY", "PROGRAMS_NOT_IMPLEMENTED"));
        assertKeptValuesAgree();
        assertCountsAgree("finding=NO_BUDGET");

        patch(
                        programsOf(p) + "/" + stalled,
                        etag(programsOf(p) + "/" + stalled),
                        "{\"status\": \"IN_PROGRESS\", \"budget\": {\"amount\": \"5000\", \"currency\": \"IDR\"}, "
                                + "\"leadAgencyId\": \"" + agency + "\", \"side\": \"LOCAL\", \"obstacles\": []}")
                .statusCode(200);
        assertThat(codesListed(p), empty());
        assertKeptValuesAgree();

        String second = program(p, "status", "IN_PROGRESS", "side", "LOCAL", "sector", "TOURISM");
        assertThat(codesListed(p), contains("NO_BUDGET", "NO_LEAD_AGENCY", "ONE_SIDED"));
        assertKeptValuesAgree();
        assertCountsAgree("partnerCountry=" + COUNTRY);

        put(
                        programsOf(p) + "/" + second,
                        etag(programsOf(p) + "/" + second),
                        Map.of(
                                "sector",
                                "HEALTH",
                                "title",
                                unique("Training"),
                                "status",
                                "CANCELLED",
                                "obstacles",
                                List.of("POLICY_MISMATCH")))
                .statusCode(200);
        assertKeptValuesAgree();
        given().header("If-Match", etag(programsOf(p) + "/" + second))
                .delete(programsOf(p) + "/" + second)
                .then()
                .statusCode(204);
        assertThat(codesListed(p), empty());
        assertKeptValuesAgree();
        assertCountsAgree("localRegionCode=31");
    }

    @Test
    void partnershipWritesKeepFindingsCopiesAndCounts() {
        String p = newPartnership();
        String path = "/api/v1/partnerships/" + p;
        patch(path, etag(path), "{\"validUntil\": \"" + LocalDate.now().plusMonths(2) + "\"}")
                .statusCode(200);
        assertThat(codesListed(p), hasItem("AGREEMENT_EXPIRING"));
        assertKeptValuesAgree();

        String renamed = unique("Renamed");
        patch(path, etag(path), "{\"title\": \"" + renamed + "\"}").statusCode(200);
        assertThat(
                given().get("/api/v1/findings?partnershipId=" + p)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.partnershipTitle"),
                everyItem(equalTo(renamed)));
        assertKeptValuesAgree();

        // a change that no derived value depends on leaves them as they were
        patch(path, etag(path), "{\"description\": \"Only the description\"}").statusCode(200);
        assertKeptValuesAgree();

        // another partner, in another country: the partnership moves between the counts' countries
        Map<String, Object> body = given().get(path).then().extract().as(Map.class);
        String partner = Fixtures.foreignGovernment(unique("Partner"), "WS", "CITY");
        put(
                        path,
                        etag(path),
                        Map.of(
                                "title",
                                renamed,
                                "type",
                                "FRIENDSHIP",
                                "localGovernmentId",
                                body.get("localGovernmentId"),
                                "partnerId",
                                partner))
                .statusCode(200);
        assertThat(
                given().get("/api/v1/partnerships?partnerCountry=WS&q=" + renamed)
                        .then()
                        .extract()
                        .path("totalItems"),
                equalTo(1));
        assertKeptValuesAgree();
        assertCountsAgree("partnerCountry=WS");
        assertCountsAgree("type=FRIENDSHIP");

        given().header("If-Match", etag(path)).delete(path).then().statusCode(204);
        assertKeptValuesAgree();
        assertCountsAgree("partnerCountry=WS");
    }

    @Test
    void anActorsChangeReachesThePartnershipsItIsASideOf() {
        String local = Fixtures.city(unique("Kota"), "31.74");
        String partner = Fixtures.foreignGovernment(unique("Partner"), COUNTRY, "CITY");
        String p = Fixtures.partnership(local, partner);
        program(p, "status", "STALLED", "obstacles", List.of("COMMUNICATION"));
        String before = etag("/api/v1/partnerships/" + p);

        // the city's code is corrected to a city of another province
        patch("/api/v1/actors/" + local, etag("/api/v1/actors/" + local), "{\"regionCode\": \"33.74\"}")
                .statusCode(200);
        assertThat(etag("/api/v1/partnerships/" + p), not(equalTo(before)));
        assertThat(
                given().get("/api/v1/partnerships?localRegionCode=33&q=" + title(p))
                        .then()
                        .extract()
                        .path("totalItems"),
                equalTo(1));
        assertThat(
                given().get("/api/v1/findings?localRegionCode=33.74&partnershipId=" + p)
                        .then()
                        .extract()
                        .path("totalItems"),
                equalTo(3));
        assertKeptValuesAgree();
        assertCountsAgree("localRegionCode=33");
        assertCountsAgree("localRegionCode=31");

        patch("/api/v1/actors/" + partner, etag("/api/v1/actors/" + partner), "{\"country\": \"WS\"}")
                .statusCode(200);
        assertKeptValuesAgree();
        assertCountsAgree("partnerCountry=WS");
    }

    @Test
    void participantWritesLeaveThemAsTheyAre() {
        String p = newPartnership();
        String version = etag("/api/v1/partnerships/" + p);
        String participant = Fixtures.participant(p, Fixtures.actor("NGO", unique("Lembaga"), "ID"), "FACILITATOR");
        assertThat(etag("/api/v1/partnerships/" + p), equalTo(version));
        given().header("If-Match", etag("/api/v1/partnerships/" + p + "/participants/" + participant))
                .delete("/api/v1/partnerships/" + p + "/participants/" + participant)
                .then()
                .statusCode(204);
        assertKeptValuesAgree();
    }

    @Test
    void thePassingOfDaysIsKeptUpWithOnTheFirstRead() {
        String p = newPartnership();
        milestone(p, "type", "EVALUATION", "status", "PLANNED", "targetDate", "2031-03");
        clock.fixAt(LocalDate.parse("2031-03-31"));
        assertThat(codesListed(p), not(hasItem("OVERDUE_MILESTONE")));
        assertKeptValuesAgree();
        clock.fixAt(LocalDate.parse("2031-04-01"));
        assertThat(codesListed(p), hasItem("OVERDUE_MILESTONE"));
        assertKeptValuesAgree();
        assertCountsAgree("finding=OVERDUE_MILESTONE");
        // and back, as a test clock may go
        clock.fixAt(LocalDate.parse("2031-03-01"));
        assertThat(codesListed(p), not(hasItem("OVERDUE_MILESTONE")));
        assertKeptValuesAgree();
    }

    @Test
    void everyKeptCountAgreesWithCounting() {
        newPartnership();
        for (String filter : List.of(
                "",
                "localRegionCode=31",
                "partnerCountry=" + COUNTRY,
                "partnerCountry=" + COUNTRY + "&partnerCountry=WS",
                "type=SISTER_CITY",
                "type=SISTER_CITY&type=FRIENDSHIP",
                "stage=EXPLORATION&stage=AGREEMENT_IN_FORCE",
                "finding=STAGNANT")) {
            assertCountsAgree(filter);
            Object kept = given().get("/api/v1/partnerships?pageSize=1" + (filter.isEmpty() ? "" : "&" + filter))
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("totalItems");
            Object counted = given().get("/api/v1/partnerships?pageSize=1&updatedSince=2000-01-01T00:00:00Z&" + filter)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("totalItems");
            assertThat("total of " + filter, kept, equalTo(counted));
        }
    }
}
