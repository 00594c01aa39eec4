package id.kembar.partnership;

import static id.kembar.support.ETagMatchers.tagOfVersion;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.post;
import static id.kembar.support.ProgramFixtures.put;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The stage as part of the partnership resource: read-only, versioned with it, filterable and sortable. */
@QuarkusTest
class PartnershipStageTest {

    private static final String PATH = "/api/v1/partnerships/";
    /** Achieved milestones (type and date) that bring a new partnership to each stage, in lifecycle order. */
    private static final Map<String, String[][]> TO_STAGE = new LinkedHashMap<>();

    static {
        TO_STAGE.put("EXPLORATION", new String[][] {{"VISIT", "2015"}});
        TO_STAGE.put("LETTER_OF_INTENT", new String[][] {{"LETTER_OF_INTENT", "2015"}});
        TO_STAGE.put("PLANNING", new String[][] {{"COOPERATION_PLAN", "2015"}});
        TO_STAGE.put("LEGISLATIVE_APPROVAL", new String[][] {{"LEGISLATIVE_APPROVAL", "2015"}});
        TO_STAGE.put("CENTRAL_CLEARANCE", new String[][] {{"CENTRAL_GOVERNMENT_CLEARANCE", "2015"}});
        TO_STAGE.put("AGREEMENT_IN_FORCE", new String[][] {{"AGREEMENT_SIGNED", "2016"}});
        TO_STAGE.put("AGREEMENT_EXPIRED", new String[][] {{"AGREEMENT_SIGNED", "2016"}, {"AGREEMENT_EXPIRED", "2021"}});
        TO_STAGE.put("TERMINATED", new String[][] {{"AGREEMENT_SIGNED", "2016"}, {"TERMINATED", "2019"}});
    }

    /** A partnership whose title carries {@code tag}, brought to {@code stage} through its milestones. */
    private static String partnershipAt(String tag, String stage) {
        String id = Fixtures.partnership(
                city(unique("Kota"), "32.71"),
                foreignGovernment(unique("City"), "JP", "CITY"),
                "SISTER_CITY",
                "title",
                unique(tag));
        for (String[] step : TO_STAGE.get(stage)) {
            milestone(id, "type", step[0], "occurrenceDate", step[1]);
        }
        given().get(PATH + id).then().statusCode(200).body("stage", equalTo(stage));
        return id;
    }

    private static List<String> ids(String query) {
        return given().get("/api/v1/partnerships?" + query)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @Nested
    class ReadOnly {

        @Test
        void creatingWithAStageIs400NamingItAndCreatesNothing() {
            String title = unique("Stage sent");
            Map<String, Object> body = body(
                    "title",
                    title,
                    "type",
                    "SISTER_CITY",
                    "localGovernmentId",
                    city(unique("Kota"), "32.71"),
                    "partnerId",
                    foreignGovernment(unique("City"), "JP", "CITY"),
                    "stage",
                    "AGREEMENT_IN_FORCE");
            invalid(post("/api/v1/partnerships", body), "stage");
            assertThat(ids("q=" + title), empty());
        }

        @Test
        void replacingOrPatchingTheStageIs400NamingItAndChangesNothing() {
            String local = city(unique("Kota"), "32.71");
            String partner = foreignGovernment(unique("City"), "JP", "CITY");
            String title = unique("Stage kept");
            String id = Fixtures.partnership(local, partner, "SISTER_CITY", "title", title);
            milestone(id, "type", "LETTER_OF_INTENT", "occurrenceDate", "2020");
            Map<String, Object> replacement = body(
                    "title",
                    unique("Replaced"),
                    "type",
                    "SISTER_CITY",
                    "localGovernmentId",
                    local,
                    "partnerId",
                    partner,
                    "stage",
                    "TERMINATED");
            invalid(put(PATH + id, "\"1\"", replacement), "stage");
            invalid(patch(PATH + id, "\"1\"", "{\"stage\": \"TERMINATED\"}"), "stage");
            invalid(patch(PATH + id, null, "{\"stage\": null}"), "stage");
            invalid(
                    patch(PATH + id, null, "{\"title\": \"" + unique("Patched") + "\", \"stage\": \"PLANNING\"}"),
                    "stage");
            given().get(PATH + id)
                    .then()
                    .statusCode(200)
                    .header("ETag", tagOfVersion(1))
                    .body("title", equalTo(title))
                    .body("stage", equalTo("LETTER_OF_INTENT"));
        }

        @Test
        void aWriteOfTheOtherFieldsKeepsTheStage() {
            String id = partnershipAt("Stage other fields", "AGREEMENT_EXPIRED");
            patch(PATH + id, null, "{\"description\": \"Expired in 2021, renewal under discussion\"}")
                    .statusCode(200)
                    .body("stage", equalTo("AGREEMENT_EXPIRED"));
            given().get(PATH + id).then().body("stage", equalTo("AGREEMENT_EXPIRED"));
        }
    }

    @Nested
    class Version {

        @Test
        void theVersionAndEtagChangeWhenTheStageChangesAndOnlyThen() {
            String id = Fixtures.partnership();
            given().get(PATH + id).then().header("ETag", tagOfVersion(0)).body("stage", equalTo("EXPLORATION"));
            milestone(id, "type", "VISIT", "occurrenceDate", "2019");
            given().get(PATH + id).then().header("ETag", tagOfVersion(0)).body("version", equalTo(0));
            String before = given().get(PATH + id).header("ETag");
            String loi = milestone(id, "type", "LETTER_OF_INTENT", "occurrenceDate", "2020");
            given().get(PATH + id)
                    .then()
                    .header("ETag", tagOfVersion(1))
                    .body("version", equalTo(1))
                    .body("stage", equalTo("LETTER_OF_INTENT"));
            given().header("If-None-Match", before).get(PATH + id).then().statusCode(200);
            given().header("If-None-Match", given().get(PATH + id).header("ETag"))
                    .get(PATH + id)
                    .then()
                    .statusCode(304);
            // a client that read the partnership before its stage moved must not overwrite it unawares
            problem(patch(PATH + id, "\"0\"", "{\"description\": \"stale\"}"), 412);
            patch(milestonesPath(id, loi), null, "{\"placeName\": \"Bogor\"}").statusCode(200);
            given().get(PATH + id).then().header("ETag", tagOfVersion(1));
            given().delete(milestonesPath(id, loi)).then().statusCode(204);
            given().get(PATH + id).then().header("ETag", tagOfVersion(2)).body("stage", equalTo("EXPLORATION"));
        }

        private static String milestonesPath(String partnership, String milestone) {
            return PATH + partnership + "/milestones/" + milestone;
        }
    }

    @Nested
    class Listing {

        @Test
        void filtersByStageRepeatable() {
            String tag = unique("Stage filter");
            String exploring = partnershipAt(tag, "EXPLORATION");
            String intent = partnershipAt(tag, "LETTER_OF_INTENT");
            String inForce = partnershipAt(tag, "AGREEMENT_IN_FORCE");
            String terminated = partnershipAt(tag, "TERMINATED");
            String q = "q=" + tag;
            assertThat(ids(q + "&stage=LETTER_OF_INTENT"), contains(intent));
            assertThat(ids(q + "&stage=AGREEMENT_IN_FORCE&stage=TERMINATED"), containsInAnyOrder(inForce, terminated));
            assertThat(ids(q + "&stage=EXPLORATION"), contains(exploring));
            assertThat(ids(q + "&stage=AGREEMENT_EXPIRED&stage=PLANNING"), empty());
            assertThat(ids(q), containsInAnyOrder(exploring, intent, inForce, terminated));
            // the filter follows the stage as it moves
            milestone(exploring, "type", "MINUTES_OF_MEETING", "occurrenceDate", "2016");
            assertThat(ids(q + "&stage=EXPLORATION"), empty());
            assertThat(ids(q + "&stage=PLANNING"), contains(exploring));
        }

        @Test
        void stageAndCountryTogetherKeepTheTitleOrderOnEveryPage() {
            String tag = unique("Stage country");
            String b = partnershipIn(tag + " b", "KR");
            String a = partnershipIn(tag + " a", "KR");
            String c = partnershipIn(tag + " c", "KR");
            for (String[] step : TO_STAGE.get("LETTER_OF_INTENT")) {
                milestone(c, "type", step[0], "occurrenceDate", step[1]);
            }
            String d = partnershipIn(tag + " d", "JP");
            String q = "q=" + tag;
            assertThat(ids(q + "&stage=EXPLORATION&partnerCountry=KR"), contains(a, b));
            assertThat(ids(q + "&stage=EXPLORATION&partnerCountry=KR&pageSize=1&page=2"), contains(b));
            assertThat(ids(q + "&stage=EXPLORATION&partnerCountry=KR&sort=-title"), contains(b, a));
            assertThat(ids(q + "&stage=LETTER_OF_INTENT&partnerCountry=KR"), contains(c));
            assertThat(ids(q + "&stage=EXPLORATION&partnerCountry=JP"), contains(d));
            assertThat(ids(q + "&stage=EXPLORATION&partnerCountry=JP&partnerCountry=KR"), contains(a, b, d));
        }

        private static String partnershipIn(String title, String country) {
            return Fixtures.partnership(
                    city(unique("Kota"), "32.71"),
                    foreignGovernment(unique("City"), country, "CITY"),
                    "SISTER_CITY",
                    "title",
                    title);
        }

        @Test
        void anUnknownStageIs400NamingTheAllowedOnes() {
            for (String unknown : new String[] {"AGREEMENT_SIGNED", "exploration"}) {
                invalid(given().get("/api/v1/partnerships?stage=" + unknown).then(), "stage")
                        .body(
                                "errors[0].allowedValues",
                                contains(
                                        "EXPLORATION",
                                        "LETTER_OF_INTENT",
                                        "PLANNING",
                                        "LEGISLATIVE_APPROVAL",
                                        "CENTRAL_CLEARANCE",
                                        "AGREEMENT_IN_FORCE",
                                        "AGREEMENT_EXPIRED",
                                        "TERMINATED"));
            }
        }

        @Test
        void sortsByStageInLifecycleOrderNotAlphabetically() {
            String tag = unique("Stage sort");
            List<String> stages = new ArrayList<>(TO_STAGE.keySet());
            // made in an order of their own, so that neither creation time nor the alphabet gives the lifecycle
            List<String> made = new ArrayList<>(stages);
            Collections.shuffle(made);
            Map<String, String> idOf = new LinkedHashMap<>();
            for (String stage : made) {
                idOf.put(stage, partnershipAt(tag, stage));
            }
            List<String> lifecycle = stages.stream().map(idOf::get).toList();
            String q = "q=" + tag;
            assertThat(ids(q + "&sort=stage"), equalTo(lifecycle));
            List<String> reversed = new ArrayList<>(lifecycle);
            Collections.reverse(reversed);
            assertThat(ids(q + "&sort=-stage"), equalTo(reversed));
            assertThat(
                    given().get("/api/v1/partnerships?" + q + "&sort=stage")
                            .then()
                            .extract()
                            .<List<String>>path("items.stage"),
                    equalTo(stages));
            // within one stage the next sort field decides
            partnershipAt(tag, "PLANNING");
            List<String> titles = given().get("/api/v1/partnerships?" + q + "&stage=PLANNING&sort=stage,-title")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.title");
            List<String> descending = new ArrayList<>(titles);
            descending.sort(Collections.reverseOrder());
            assertThat(titles.size(), equalTo(2));
            assertThat(titles, equalTo(descending));
        }
    }
}
