package id.kembar.access;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import id.kembar.support.Fixtures;
import id.kembar.support.ProgramFixtures;
import id.kembar.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An EDITOR writes the partnerships of its regions and their records, whichever path it takes, and nothing else: an
 * editor of West Java (32) tries every record of West Java as an editor of NTB (52) would (OWASP API1, broken
 * object-level authorization), and every attempt is refused without a change.
 */
@QuarkusTest
class EditorRegionTest {

    private static final String NTB = Tokens.editor("52");
    private static final String WEST_JAVA = Tokens.editor("32");
    /** A field each kind of record has, to change. */
    private static final Map<String, String> FIELDS = Map.of(
            "province", "notes",
            "city", "notes",
            "university", "notes",
            "partnership", "description",
            "milestone", "description",
            "program", "title",
            "participant", "note");

    @Test
    void aProvinceEditorWritesItsCitiesPartnershipsAndTheirRecords() {
        String partnership = partnershipIn("32.71");
        String url = "/api/v1/partnerships/" + partnership;
        as(WEST_JAVA)
                .contentType("application/merge-patch+json")
                .body("{\"description\":\"Diubah\"}")
                .patch(url)
                .then()
                .statusCode(200);
        as(WEST_JAVA)
                .contentType(ContentType.JSON)
                .body(ProgramFixtures.milestoneBody())
                .post(url + "/milestones")
                .then()
                .statusCode(201);
        as(WEST_JAVA)
                .contentType(ContentType.JSON)
                .body(ProgramFixtures.programBody())
                .post(url + "/sector-programs")
                .then()
                .statusCode(201);
        as(Tokens.editor("32.71")).delete(url).then().statusCode(204);
    }

    @Test
    void anEditorOfAnotherRegionIsRefusedEveryRecordByEveryPathAndChangesNothing() {
        String province = Fixtures.province(unique("Provinsi Jawa Barat"), "32");
        String city = Fixtures.city(unique("Kota Bandung"), "32.73");
        String partnership = Fixtures.partnership(city, Fixtures.foreignGovernment(unique("City"), "JP", "CITY"));
        String base = "/api/v1/partnerships/" + partnership;
        String milestone = ProgramFixtures.milestone(partnership);
        String program = ProgramFixtures.program(partnership);
        String participant =
                Fixtures.participant(partnership, Fixtures.actor("NGO", unique("LSM"), "ID"), "FACILITATOR");
        String university = Fixtures.create(
                "/api/v1/actors",
                body("kind", "ACADEMIC", "name", unique("Universitas"), "country", "ID", "regionCode", "32.73"));

        Map<String, String> records = new LinkedHashMap<>();
        records.put("province", "/api/v1/actors/" + province);
        records.put("city", "/api/v1/actors/" + city);
        records.put("university", "/api/v1/actors/" + university);
        records.put("partnership", base);
        records.put("milestone", base + "/milestones/" + milestone);
        records.put("program", base + "/sector-programs/" + program);
        records.put("participant", base + "/participants/" + participant);
        Map<String, String> before = states(records);
        Map<String, String> totalsBefore = totals(base);

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> record : records.entrySet()) {
            String url = record.getValue();
            String field = FIELDS.get(record.getKey());
            Map<String, Object> put = Fixtures.withoutReadOnly(url);
            put.put(field, unique("Diambil alih"));
            expectRefused(
                    wrong,
                    "PUT " + record.getKey(),
                    as(NTB).contentType(ContentType.JSON).body(put).put(url));
            expectRefused(
                    wrong,
                    "PATCH " + record.getKey(),
                    as(NTB).contentType("application/merge-patch+json")
                            .body(Map.of(field, "x"))
                            .patch(url));
            expectRefused(wrong, "DELETE " + record.getKey(), as(NTB).delete(url));
        }
        for (String child : List.of("milestones", "sector-programs", "participants")) {
            Object body =
                    switch (child) {
                        case "milestones" -> ProgramFixtures.milestoneBody();
                        case "sector-programs" -> ProgramFixtures.programBody();
                        default -> body("actorId", Fixtures.actor("NGO", unique("LSM"), "ID"), "role", "FACILITATOR");
                    };
            expectRefused(
                    wrong,
                    "POST " + child,
                    as(NTB).contentType(ContentType.JSON).body(body).post(base + "/" + child));
        }
        assertThat(wrong, empty());
        assertThat(states(records), equalTo(before));
        assertThat(totals(base), equalTo(totalsBefore));
    }

    @Test
    void anEditorCannotMoveAPartnershipIntoARegionItDoesNotHoldNorAttachAnothersGovernment() {
        String ownCity = Fixtures.city(unique("Kota Mataram"), "52.71");
        String otherCity = Fixtures.city(unique("Kota Bogor"), "32.71");
        String partner = Fixtures.foreignGovernment(unique("City"), "CN", "CITY");
        String partnership = Fixtures.partnership(ownCity, partner);
        String url = "/api/v1/partnerships/" + partnership;
        String etag = Fixtures.etag(url);

        problem(
                        as(NTB).contentType("application/merge-patch+json")
                                .body("{\"localGovernmentId\":\"" + otherCity + "\"}")
                                .patch(url)
                                .then(),
                        403)
                .body("detail", containsString("localGovernmentId"));
        Map<String, Object> put = Fixtures.withoutReadOnly(url);
        put.put("localGovernmentId", otherCity);
        problem(as(NTB).contentType(ContentType.JSON).body(put).put(url).then(), 403);
        assertThat(Fixtures.etag(url), equalTo(etag));
        problem(
                as(NTB).contentType(ContentType.JSON)
                        .body(Fixtures.partnershipBody(otherCity, partner))
                        .post("/api/v1/partnerships")
                        .then(),
                403);
        // its own region, by the same means, is fine
        as(NTB).contentType(ContentType.JSON)
                .body(Fixtures.partnershipBody(Fixtures.city(unique("Kota Bima"), "52.72"), partner))
                .post("/api/v1/partnerships")
                .then()
                .statusCode(201);
    }

    @Test
    void actorsBelongToTheirRegionOrToTheRegionsThatRegisteredThem() {
        // an editor registers actors of its own region, and foreign ones
        problem(register(NTB, cityIn("32.71")), 403).body("detail", containsString("regionCode"));
        String ownCity =
                register(NTB, cityIn("52.71")).statusCode(201).extract().path("id");
        String foreign = register(
                        NTB,
                        body(
                                "kind",
                                "GOVERNMENT",
                                "name",
                                unique("Province"),
                                "country",
                                "CN",
                                "governmentLevel",
                                "PROVINCE",
                                "regionCode",
                                "CN-ZJ"))
                .statusCode(201)
                .extract()
                .path("id");
        String national = register(WEST_JAVA, body("kind", "MINISTRY", "name", unique("Kementerian"), "country", "ID"))
                .statusCode(201)
                .extract()
                .path("id");

        // the foreign actor is NTB's to change, not West Java's
        patchNotes(NTB, foreign).statusCode(200);
        problem(patchNotes(WEST_JAVA, foreign), 403).body("detail", containsString("registered by region 52"));
        // the national body is West Java's
        patchNotes(WEST_JAVA, national).statusCode(200);
        problem(patchNotes(NTB, national), 403);
        // an editor cannot take another region's actor, nor hand its own to another region
        problem(patchNotes(WEST_JAVA, ownCity), 403).body("detail", containsString("region 52.71"));
        problem(
                as(NTB).contentType("application/merge-patch+json")
                        .body("{\"regionCode\":\"32.71\"}")
                        .patch("/api/v1/actors/" + ownCity)
                        .then(),
                403);
        // a ministry changes every actor; what a ministry registered only a ministry or an admin changes
        patchNotes(Tokens.withRoles("MINISTRY"), ownCity).statusCode(200);
        String ministrys = Fixtures.actor("NGO", unique("LSM"), "JP");
        problem(patchNotes(NTB, ministrys), 403).body("detail", containsString("MINISTRY or ADMIN"));
        problem(as(NTB).delete("/api/v1/actors/" + ministrys).then(), 403);
        as(NTB).delete("/api/v1/actors/" + foreign).then().statusCode(204);
    }

    private static Map<String, Object> cityIn(String code) {
        return body(
                "kind",
                "GOVERNMENT",
                "name",
                unique("Kota"),
                "country",
                "ID",
                "governmentLevel",
                "CITY",
                "regionCode",
                code);
    }

    private static ValidatableResponse register(String token, Map<String, Object> actor) {
        return as(token)
                .contentType(ContentType.JSON)
                .body(actor)
                .post("/api/v1/actors")
                .then();
    }

    private static ValidatableResponse patchNotes(String token, String actor) {
        return as(token)
                .contentType("application/merge-patch+json")
                .body("{\"notes\":\"" + unique("Catatan") + "\"}")
                .patch("/api/v1/actors/" + actor)
                .then();
    }

    private static String partnershipIn(String region) {
        return Fixtures.partnership(
                Fixtures.city(unique("Kota"), region), Fixtures.foreignGovernment(unique("City"), "JP", "CITY"));
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static void expectRefused(List<String> wrong, String what, Response response) {
        if (response.statusCode() != 403) {
            wrong.add(what + ": " + response.statusCode() + " " + response.asString());
        }
    }

    private static Map<String, String> states(Map<String, String> records) {
        Map<String, String> states = new LinkedHashMap<>();
        records.forEach((name, url) -> states.put(name, Fixtures.etag(url)));
        return states;
    }

    private static Map<String, String> totals(String partnership) {
        Map<String, String> totals = new LinkedHashMap<>();
        for (String child : List.of("milestones", "sector-programs", "participants")) {
            totals.put(
                    child,
                    given().get(partnership + "/" + child)
                            .then()
                            .extract()
                            .jsonPath()
                            .getString("totalItems"));
        }
        return totals;
    }
}
