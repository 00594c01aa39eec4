package id.kembar.common;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.create;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every list that sorts by a text sorts it as a reader does, alike on H2 and on PostgreSQL whatever the server's locale:
 * without regard to case, accents or compatibility forms ("Äpfel" after "apel", "Émile" before "Ende", a full-width
 * "Ｂａｎｄｕｎｇ" as "bandung", "Zhejiang" last), ties by id. Code point order (H2's) put "Ende" and "Zhejiang"
 * before "apel" and the accented names after "z"; a PostgreSQL server's locale gave yet another order.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextSortOrderTest {

    /** In the order a reader expects. */
    private static final List<String> TEXTS = List.of("apel", "Äpfel", "Ｂａｎｄｕｎｇ", "bogor", "Émile", "Ende", "Zhejiang");

    private String token;
    /** Partnerships by title (TEXTS), each with a partner named TEXTS shifted by three. */
    private final List<String> partnershipsByTitle = new ArrayList<>();

    private final List<String> partnersByName = new ArrayList<>(Collections.nCopies(TEXTS.size(), null));
    private final List<String> partnershipsByPartner = new ArrayList<>(Collections.nCopies(TEXTS.size(), null));
    private String first;

    @BeforeEach
    void createInAnotherOrderOnce() {
        if (token != null) {
            return;
        }
        token = Fixtures.unique("Sortir").replace(' ', '-');
        String local = Fixtures.city(Fixtures.unique("Kota"), "32.71");
        // created in reverse, so that an order by creation (or id by chance) cannot pass
        for (int i = TEXTS.size() - 1; i >= 0; i--) {
            int partnerRank = (i + 3) % TEXTS.size();
            String partner = Fixtures.foreignGovernment(TEXTS.get(partnerRank) + " " + token, "JP", "CITY");
            String partnership =
                    Fixtures.partnership(local, partner, "SISTER_CITY", "title", TEXTS.get(i) + " " + token);
            partnersByName.set(partnerRank, partner);
            partnershipsByPartner.set(partnerRank, partnership);
            partnershipsByTitle.add(0, partnership);
            // a program without budget each: a NO_BUDGET finding each
            create(
                    "/api/v1/partnerships/" + partnership + "/sector-programs",
                    body("sector", "TOURISM", "title", "Promosi", "status", "AGREED"));
        }
        first = partnershipsByTitle.get(0);
    }

    @Test
    void partnershipsByTitleAndByPartner() {
        String q = "/api/v1/partnerships?pageSize=200&q=" + token;
        assertOrder(q, partnershipsByTitle);
        assertOrder(q + "&sort=title", partnershipsByTitle);
        assertOrder(q + "&sort=-title", reversed(partnershipsByTitle));
        assertOrder(q + "&sort=partner", partnershipsByPartner);
        assertOrder(q + "&sort=type", partnershipsByTitle);
        assertOrder(q + "&sort=stage", partnershipsByTitle);
        // filtered by one finding, the list walks the kept findings in title order
        assertOrder(q + "&finding=NO_BUDGET", partnershipsByTitle);
    }

    @Test
    void actorsByNameAndParticipantsByActor() {
        assertOrder("/api/v1/actors?pageSize=200&sort=name&q=" + token, partnersByName);
        List<String> participants = new ArrayList<>(Collections.nCopies(TEXTS.size(), null));
        for (int i = TEXTS.size() - 1; i >= 0; i--) {
            participants.set(i, Fixtures.participant(first, partnersByName.get(i), "IMPLEMENTER"));
        }
        assertOrder("/api/v1/partnerships/" + first + "/participants?pageSize=200&sort=actor", participants);
    }

    @Test
    void milestonesAndProgramsByTitle() {
        String partnership = Fixtures.partnership();
        List<String> milestones = new ArrayList<>(Collections.nCopies(TEXTS.size(), null));
        List<String> programs = new ArrayList<>(Collections.nCopies(TEXTS.size(), null));
        for (int i = TEXTS.size() - 1; i >= 0; i--) {
            milestones.set(
                    i,
                    create(
                            "/api/v1/partnerships/" + partnership + "/milestones",
                            body(
                                    "type",
                                    "VISIT",
                                    "title",
                                    TEXTS.get(i),
                                    "status",
                                    "PLANNED",
                                    "targetDate",
                                    "2027-06")));
            programs.set(
                    i,
                    create(
                            "/api/v1/partnerships/" + partnership + "/sector-programs",
                            body("sector", "TOURISM", "title", TEXTS.get(i), "status", "PROPOSED")));
        }
        assertOrder("/api/v1/partnerships/" + partnership + "/milestones?pageSize=200&sort=title", milestones);
        assertOrder("/api/v1/partnerships/" + partnership + "/sector-programs?pageSize=200&sort=title", programs);
        assertOrder(
                "/api/v1/partnerships/" + partnership + "/sector-programs?pageSize=200&sort=-title",
                reversed(programs));
    }

    @Test
    void findingsByPartnership() {
        assertOrder(
                "/api/v1/findings?pageSize=200&code=NO_BUDGET&partnerCountry=JP&sort=partnership",
                partnershipsByTitle,
                item -> (String) item.get("partnershipId"));
    }

    @Test
    void aRenameMovesTheRecordInTheOrder() {
        String last = partnershipsByTitle.get(TEXTS.size() - 1);
        given().contentType("application/merge-patch+json")
                .body(Map.of("title", "Aardvark " + token))
                .patch("/api/v1/partnerships/" + last)
                .then()
                .statusCode(200);
        List<String> expected = new ArrayList<>(partnershipsByTitle);
        expected.remove(last);
        expected.add(0, last);
        assertOrder("/api/v1/partnerships?pageSize=200&q=" + token, expected);
        given().contentType("application/merge-patch+json")
                .body(Map.of("title", TEXTS.get(TEXTS.size() - 1) + " " + token))
                .patch("/api/v1/partnerships/" + last)
                .then()
                .statusCode(200);
        assertOrder("/api/v1/partnerships?pageSize=200&q=" + token, partnershipsByTitle);
    }

    private static void assertOrder(String url, List<String> expected) {
        assertOrder(url, expected, item -> (String) item.get("id"));
    }

    /** The list's items that are among {@code expected}, in the list's order, are {@code expected}. */
    private static void assertOrder(String url, List<String> expected, Function<Map<String, Object>, String> id) {
        List<Map<String, Object>> items =
                given().get(url).then().statusCode(200).extract().path("items");
        List<String> listed = items.stream().map(id).filter(expected::contains).toList();
        assertThat(url, listed, equalTo(expected));
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
