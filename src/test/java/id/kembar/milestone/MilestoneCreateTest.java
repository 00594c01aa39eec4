package id.kembar.milestone;

import static id.kembar.support.ETagMatchers.tagOfVersion;
import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.assertReadAnswersWrite;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static id.kembar.support.ProgramFixtures.UNKNOWN_ID;
import static id.kembar.support.ProgramFixtures.milestoneBody;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.post;
import static id.kembar.support.ProgramFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MilestoneCreateTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** Where the calendar is furthest ahead: a date is "future" only when it is in the future everywhere. */
    private static final LocalDate LATEST_TODAY = LocalDate.now(ZoneOffset.ofHours(14));

    @Test
    void createdMilestoneHasLocationEtagAndEveryField() {
        String partnership = Fixtures.partnership();
        String program = program(partnership, "sector", "EDUCATION");
        String mayor = actor("PERSON", unique("Walikota Bogor"), "ID");
        String embassy = actor("DIPLOMATIC_MISSION", unique("Embassy of Japan"), "JP");
        String title = unique("Agreement of Friendship signed");
        ExtractableResponse<Response> created = post(
                        milestonesOf(partnership),
                        Map.ofEntries(
                                Map.entry("type", "AGREEMENT_SIGNED"),
                                Map.entry("title", title),
                                Map.entry("description", "MoU signed in Kisarazu"),
                                Map.entry("status", "ACHIEVED"),
                                Map.entry("targetDate", "2016"),
                                Map.entry("occurrenceDate", "2016-11-18"),
                                Map.entry("side", "PARTNER"),
                                Map.entry("placeName", "Kisarazu"),
                                Map.entry("documentNumber", "119/1234/KS/2016"),
                                Map.entry("documentUrl", "https://jdih.kotabogor.go.id/dokumen/kerjasama-kisarazu.pdf"),
                                Map.entry("sectorProgramId", program),
                                Map.entry("actorIds", List.of(mayor, embassy))))
                .statusCode(201)
                .header("ETag", tagOfVersion(0))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("partnershipId", equalTo(partnership))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith(milestonesOf(partnership) + "/" + id));
        for (var response : List.of(
                created.response().then(),
                given().get(created.header("Location")).then().statusCode(200).header("ETag", tagOfVersion(0)))) {
            response.body("id", equalTo(id))
                    .body("type", equalTo("AGREEMENT_SIGNED"))
                    .body("title", equalTo(title))
                    .body("description", equalTo("MoU signed in Kisarazu"))
                    .body("status", equalTo("ACHIEVED"))
                    .body("targetDate", equalTo("2016"))
                    .body("occurrenceDate", equalTo("2016-11-18"))
                    .body("side", equalTo("PARTNER"))
                    .body("placeName", equalTo("Kisarazu"))
                    .body("documentNumber", equalTo("119/1234/KS/2016"))
                    .body("documentUrl", equalTo("https://jdih.kotabogor.go.id/dokumen/kerjasama-kisarazu.pdf"))
                    .body("sectorProgramId", equalTo(program))
                    .body("actorIds", hasItems(mayor, embassy))
                    .body("actors.id", hasItems(mayor, embassy))
                    .body("actors.kind", hasItems("PERSON", "DIPLOMATIC_MISSION"))
                    .body("actors.find { it.id == '" + embassy + "' }.name", containsString("Embassy of Japan"));
        }
    }

    @Test
    void actorsComeBackByNameFromTheWriteAndFromLaterReads() {
        String partnership = Fixtures.partnership();
        String zeta = actor("NGO", "Zeta " + unique("LSM"), "ID");
        String alpha = actor("NGO", "Alpha " + unique("LSM"), "ID");
        ExtractableResponse<Response> created = post(
                        milestonesOf(partnership), milestoneBody("actorIds", List.of(zeta, alpha)))
                .statusCode(201)
                .extract();
        List<String> written = created.path("actorIds");
        List<String> read =
                given().get(created.header("Location")).then().extract().path("actorIds");
        assertThat(read, equalTo(written));
        assertThat(written, contains(alpha, zeta));
        assertThat(created.path("actors.id"), equalTo(written));
        // and every other field as the write answered it
        assertReadAnswersWrite(created);
    }

    @Test
    void partialDatesKeepTheirPrecision() {
        String partnership = Fixtures.partnership();
        String id = post(milestonesOf(partnership), milestoneBody("occurrenceDate", "2015", "targetDate", "2014-06"))
                .statusCode(201)
                .body("occurrenceDate", equalTo("2015"))
                .body("targetDate", equalTo("2014-06"))
                .extract()
                .path("id");
        given().get(milestonesOf(partnership) + "/" + id)
                .then()
                .body("occurrenceDate", equalTo("2015"))
                .body("targetDate", equalTo("2014-06"));
        invalid(post(milestonesOf(partnership), milestoneBody("occurrenceDate", "2016-11-31")), "occurrenceDate");
        invalid(post(milestonesOf(partnership), milestoneBody("targetDate", "early 2026")), "targetDate");
    }

    @Test
    void plannedMilestoneNeedsATargetDate() {
        String partnership = Fixtures.partnership();
        invalid(post(milestonesOf(partnership), milestoneBody("status", "PLANNED")), "targetDate")
                .body("errors[0].message", containsString("PLANNED"));
        post(
                        milestonesOf(partnership),
                        milestoneBody("status", "PLANNED", "type", "AGREEMENT_SIGNED", "targetDate", "2026"))
                .statusCode(201)
                .body("targetDate", equalTo("2026"))
                .body("occurrenceDate", nullValue());
        post(milestonesOf(partnership), milestoneBody("status", "MISSED", "targetDate", "2020"))
                .statusCode(201);
        post(milestonesOf(partnership), milestoneBody("status", "CANCELLED")).statusCode(201);
    }

    @Test
    void occurrenceDateIsOnlyForAnAchievedMilestone() {
        String partnership = Fixtures.partnership();
        for (String status : List.of("PLANNED", "MISSED", "CANCELLED")) {
            invalid(
                    post(
                            milestonesOf(partnership),
                            milestoneBody("status", status, "targetDate", "2016", "occurrenceDate", "2016-11")),
                    "occurrenceDate");
        }
    }

    @Test
    void achievedMilestoneWithoutADateIsFine() {
        post(milestonesOf(Fixtures.partnership()), milestoneBody("type", "VISIT", "status", "ACHIEVED"))
                .statusCode(201)
                .body("occurrenceDate", nullValue())
                .body("targetDate", nullValue())
                .body("actorIds", empty())
                .body("actors", empty())
                .body("sectorProgramId", nullValue());
    }

    @Test
    void occurrenceDateInTheFutureIs400() {
        String partnership = Fixtures.partnership();
        for (String future : List.of(
                "2099",
                LATEST_TODAY.plusDays(1).toString(),
                YearMonth.from(LATEST_TODAY).plusMonths(1).toString(),
                String.valueOf(LATEST_TODAY.getYear() + 1))) {
            invalid(post(milestonesOf(partnership), milestoneBody("occurrenceDate", future)), "occurrenceDate")
                    .body("errors[0].message", containsString("future"));
        }
        for (String present : List.of(
                TODAY.toString(),
                LATEST_TODAY.toString(),
                YearMonth.from(TODAY).toString(),
                String.valueOf(TODAY.getYear()))) {
            post(milestonesOf(partnership), milestoneBody("occurrenceDate", present))
                    .statusCode(201)
                    .body("occurrenceDate", equalTo(present));
        }
    }

    @Test
    void documentUrlMustBeAnAbsoluteHttpUrl() {
        String partnership = Fixtures.partnership();
        for (String url : List.of(
                "ftp://example.org/mou.pdf",
                "jdih.kotabogor.go.id/mou.pdf",
                "https://",
                "javascript:alert(1)",
                "https://exa mple.org")) {
            invalid(post(milestonesOf(partnership), milestoneBody("documentUrl", url)), "documentUrl");
        }
        post(milestonesOf(partnership), milestoneBody("documentUrl", "http://example.org/mou.pdf"))
                .statusCode(201);
    }

    @Test
    void actorsMustExistAndNotRepeat() {
        String partnership = Fixtures.partnership();
        String known = actor("NGO", unique("LSM"), "ID");
        invalid(post(milestonesOf(partnership), milestoneBody("actorIds", List.of(known, UNKNOWN_ID))), "actorIds[1]")
                .body("errors[0].message", containsString(UNKNOWN_ID));
        invalid(post(milestonesOf(partnership), milestoneBody("actorIds", List.of(known, known))), "actorIds");
        invalid(post(milestonesOf(partnership), milestoneBody("actorIds", Arrays.asList(known, null))), "actorIds[1]");
        invalid(post(milestonesOf(partnership), milestoneBody("actorIds", List.of(known, "lsm"))), "actorIds[1]");
        invalid(post(milestonesOf(partnership), milestoneBody("actorIds", known)), "actorIds");
    }

    @Test
    void sectorProgramMustBelongToTheSamePartnership() {
        String partnership = Fixtures.partnership();
        String foreign = program(Fixtures.partnership());
        invalid(post(milestonesOf(partnership), milestoneBody("sectorProgramId", foreign)), "sectorProgramId");
        invalid(post(milestonesOf(partnership), milestoneBody("sectorProgramId", UNKNOWN_ID)), "sectorProgramId");
        String own = program(partnership);
        post(milestonesOf(partnership), milestoneBody("sectorProgramId", own))
                .statusCode(201)
                .body("sectorProgramId", equalTo(own));
    }

    @Test
    void createReportsEveryInvalidFieldAtOnce() {
        String partnership = Fixtures.partnership();
        invalid(
                post(
                        milestonesOf(partnership),
                        milestoneBody(
                                "title",
                                "",
                                "status",
                                "PLANNED",
                                "occurrenceDate",
                                "2016",
                                "documentUrl",
                                "file:///etc/passwd",
                                "placeName",
                                "p".repeat(301),
                                "sectorProgramId",
                                program(Fixtures.partnership()),
                                "actorIds",
                                List.of(UNKNOWN_ID))),
                "title",
                "targetDate",
                "occurrenceDate",
                "documentUrl",
                "placeName",
                "sectorProgramId",
                "actorIds[0]");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        invalid(post(milestonesOf(Fixtures.partnership()), Map.of()), "type", "title", "status");
    }

    @Test
    void unknownEnumValuesNameTheAllowedValues() {
        String path = milestonesOf(Fixtures.partnership());
        invalid(post(path, milestoneBody("type", "MOU")), "type")
                .body("errors[0].allowedValues", hasItems("LETTER_OF_INTENT", "AGREEMENT_SIGNED", "OTHER"));
        invalid(post(path, milestoneBody("status", "DONE")), "status")
                .body("errors[0].allowedValues", contains("PLANNED", "ACHIEVED", "MISSED", "CANCELLED"));
        invalid(post(path, milestoneBody("side", "ONLINE")), "side")
                .body("errors[0].allowedValues", contains("LOCAL", "PARTNER", "BOTH", "REMOTE"));
    }

    @Test
    void unknownPartnershipIs404AndServerFieldsCannotBeSent() {
        problem(post(milestonesOf(UNKNOWN_ID), milestoneBody()), 404);
        problem(given().get(milestonesOf(UNKNOWN_ID)).then(), 404);
        invalid(post(milestonesOf("kisarazu"), milestoneBody()), "partnershipId");
        String path = milestonesOf(Fixtures.partnership());
        invalid(post(path, milestoneBody("version", 3)), "version");
        invalid(post(path, milestoneBody("actors", List.of())), "actors");
        invalid(post(path, milestoneBody("date", "2016")), "date");
    }

    @Test
    void malformedOrMissingBodiesAreRejectedAndTitlesAreTrimmed() {
        String path = milestonesOf(Fixtures.partnership());
        problem(
                given().contentType(ContentType.JSON)
                        .body("{\"type\": \"VISIT\",}")
                        .post(path)
                        .then(),
                400);
        invalid(given().contentType(ContentType.JSON).post(path).then(), "$");
        invalid(post(path, milestoneBody("title", "   ")), "title");
        post(path, milestoneBody("title", "  Kunjungan kerja  "))
                .statusCode(201)
                .body("title", equalTo("Kunjungan kerja"));
    }
}
