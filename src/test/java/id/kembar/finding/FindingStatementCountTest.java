package id.kembar.finding;

import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import id.kembar.support.Fixtures;
import id.kembar.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API-GUIDE "Collections": the statements a list issues do not grow with its items. Findings are computed, so this
 * is asked of the lists that compute them, over partnerships that each have every finding but AGREEMENT_EXPIRED.
 */
@QuarkusTest
class FindingStatementCountTest {

    private static final int ITEMS = 6;
    private static final int CODES = 8;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    TestClock clock;

    private String tag;
    private final List<String> partnerships = new ArrayList<>();

    @BeforeEach
    void partnershipsWithEightFindingsEach() {
        tag = unique("FindingCount");
        String local = Fixtures.city(tag + " kota", "31.71");
        String dinas = Fixtures.actor("AGENCY", tag + " dinas", "ID");
        partnerships.clear();
        for (int i = 0; i < ITEMS; i++) {
            String p = Fixtures.partnership(
                    local,
                    Fixtures.foreignGovernment(unique("City"), "FJ", "CITY"),
                    "SISTER_CITY",
                    "title",
                    tag + " " + i,
                    "validUntil",
                    "2027-01");
            milestone(
                    p,
                    "type",
                    "LETTER_OF_INTENT",
                    "side",
                    "LOCAL",
                    "occurrenceDate",
                    "2020",
                    "actorIds",
                    List.of(local, dinas));
            milestone(p, "type", "VISIT", "side", "LOCAL", "occurrenceDate", "2020-05");
            milestone(p, "type", "MEETING", "side", "LOCAL", "actorIds", List.of(dinas));
            milestone(p, "type", "AGREEMENT_SIGNED", "status", "PLANNED", "targetDate", "2022");
            program(p, "status", "STALLED", "obstacles", List.of("NO_BUDGET", "NO_FOLLOW_UP"));
            program(p, "status", "CANCELLED", "obstacles", List.of("CLIMATE_OR_GEOGRAPHY"), "leadAgencyId", dinas);
            partnerships.add(p);
        }
        clock.fixAt(LocalDate.parse("2026-11-22"));
        // the first read after the clock moved brings the kept findings to the new day (work per stale partnership,
        // once), the next one finds them current, and reads of the same day after it check no more: the counts below
        // are of those
        given().get("/api/v1/findings?pageSize=1").then().statusCode(200);
        given().get("/api/v1/findings?pageSize=1").then().statusCode(200);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void thePartnershipListIssuesAsManyStatementsForAHundredItemsWithFindingsAsForOne() {
        for (String list : List.of(
                "/api/v1/partnerships?q=" + tag,
                "/api/v1/partnerships?q=" + tag + "&finding=NO_BUDGET&finding=ONE_SIDED")) {
            long one = statements(list + "&pageSize=1", 1, "items.findings");
            long hundred = statements(list + "&pageSize=100", ITEMS, "items.findings");
            assertThat(
                    list + " issued " + hundred + " statements for a page of 100 and " + one + " for a page of 1",
                    hundred,
                    equalTo(one));
        }
    }

    @Test
    void theFindingsListIssuesAsManyStatementsForAHundredItemsOfACodeAsForOne() {
        for (String code : List.of(
                "STAGNANT",
                "OVERDUE_MILESTONE",
                "NO_BUDGET",
                "PROGRAMS_NOT_IMPLEMENTED",
                "ONE_SIDED",
                "AGREEMENT_EXPIRING",
                "NO_AGREEMENT_YET")) {
            String list = "/api/v1/findings?partnerCountry=FJ&code=" + code;
            long one = statements(list + "&pageSize=1", 1, "items.code");
            long hundred = statements(list + "&pageSize=100", ITEMS, "items.code");
            assertThat(
                    list + " issued " + hundred + " statements for a page of 100 and " + one + " for a page of 1",
                    hundred,
                    equalTo(one));
        }
    }

    @Test
    void theFindingsListIssuesAsManyStatementsForAHundredItemsOfManyCodesAsForOne() {
        String list = "/api/v1/findings?partnerCountry=FJ&localRegionCode=31.71";
        long one = statements(list + "&pageSize=1", 1, "items.code");
        long hundred = statements(list + "&pageSize=100", ITEMS * CODES, "items.code");
        assertThat(
                list + " issued " + hundred + " statements for a page of 100 and " + one + " for a page of 1",
                hundred,
                equalTo(one));
    }

    @Test
    void theFindingsListIssuesAsManyStatementsForManyPartnershipsAsForOne() {
        // the evidence is fetched with one query per finding code on the page, whatever the number of partnerships
        long onePartnership =
                statements("/api/v1/findings?pageSize=100&partnershipId=" + partnerships.get(0), CODES, "items.code");
        long all = statements(
                "/api/v1/findings?pageSize=100&partnerCountry=FJ&localRegionCode=31.71", ITEMS * CODES, "items.code");
        assertThat(
                "a page of " + ITEMS * CODES + " findings issued " + all + " statements, one partnership's " + CODES
                        + " findings " + onePartnership,
                all,
                equalTo(onePartnership));
    }

    private long statements(String url, int atLeast, String path) {
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        List<Object> items =
                given().when().get(url).then().statusCode(200).extract().path(path);
        long issued = statistics.getPrepareStatementCount() - before;
        assertThat(url, items.size(), greaterThanOrEqualTo(atLeast));
        if (path.equals("items.findings")) {
            for (Object findings : items) {
                assertThat(url + ": every item has its findings", (List<?>) findings, hasSize(CODES));
            }
        }
        return issued;
    }
}
