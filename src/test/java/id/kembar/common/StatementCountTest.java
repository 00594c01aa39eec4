package id.kembar.common;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.create;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API-GUIDE "Collections": the number of SQL statements a list request issues does not grow with the page size. Every
 * list endpoint is asked for one item and for a hundred over data whose items all have references and collections
 * (parents, alternative names, lead agencies, obstacles, involved actors), and must issue the same number.
 */
@QuarkusTest
class StatementCountTest {

    private static final int ITEMS = 6;

    @Inject
    SessionFactory sessionFactory;

    private String tag;
    private String partnership;

    @BeforeEach
    void makeItemsWithEveryKindOfReference() {
        tag = unique("Count");
        String province = Fixtures.province(tag + " prov", "31");
        String local = create(
                "/api/v1/actors",
                body(
                        "kind",
                        "GOVERNMENT",
                        "name",
                        tag + " kota",
                        "country",
                        "ID",
                        "governmentLevel",
                        "CITY",
                        "regionCode",
                        "31.71",
                        "parentId",
                        province,
                        "alternativeNames",
                        List.of("a")));
        partnership = Fixtures.partnership(local, foreignGovernment(tag + " partner", "KR", "CITY"));
        for (int i = 0; i < ITEMS; i++) {
            String agency = create(
                    "/api/v1/actors",
                    body(
                            "kind",
                            "AGENCY",
                            "name",
                            tag + " dinas " + i,
                            "country",
                            "ID",
                            "parentId",
                            local,
                            "alternativeNames",
                            List.of("alias " + i, "other " + i)));
            Fixtures.partnership(
                    local,
                    foreignGovernment(tag + " partner " + i, "JP", "CITY"),
                    "SISTER_CITY",
                    "validFrom",
                    Integer.toString(2018 + i % 3));
            create(children("participants"), body("actorId", agency, "role", "IMPLEMENTER", "note", tag));
            String program = create(
                    children("sector-programs"),
                    body(
                            "sector",
                            "TOURISM",
                            "title",
                            tag + " " + i,
                            "status",
                            "STALLED",
                            "obstacles",
                            List.of("NO_BUDGET", "COMMUNICATION"),
                            "leadAgencyId",
                            agency,
                            "budget",
                            Map.of("amount", "100", "currency", "IDR")));
            create(
                    children("milestones"),
                    body(
                            "type",
                            "VISIT",
                            "title",
                            tag + " " + i,
                            "status",
                            "ACHIEVED",
                            "sectorProgramId",
                            program,
                            "actorIds",
                            List.of(agency, local)));
        }
    }

    private String children(String collection) {
        return "/api/v1/partnerships/" + partnership + "/" + collection;
    }

    @Test
    void everyListIssuesAsManyStatementsForAHundredItemsAsForOne() {
        String q = "q=" + tag;
        for (String list : List.of(
                "/api/v1/actors?" + q,
                "/api/v1/partnerships?" + q,
                children("participants") + "?" + q,
                "/api/v1/participants?partnershipId=" + partnership,
                children("sector-programs") + "?" + q,
                "/api/v1/sector-programs?" + q,
                children("milestones") + "?" + q,
                "/api/v1/milestones?" + q)) {
            // the first reads of a day check that the kept findings are current: the counts are of the reads after
            given().get(list).then().statusCode(200);
            given().get(list).then().statusCode(200);
            long one = statements(list + "&pageSize=1", 1);
            long hundred = statements(list + "&pageSize=100", ITEMS);
            assertThat(
                    list + " issued " + hundred + " statements for a page of 100 and " + one + " for a page of 1",
                    hundred,
                    equalTo(one));
        }
    }

    @Test
    void aPartnershipAnActorAMilestoneOrAProgramByIdIsOneStatementWithWhatItShowsOfOthers() {
        String local = given().get("/api/v1/partnerships/" + partnership)
                .then()
                .extract()
                .path("localGovernmentId");
        String milestone = given().get(children("milestones")).then().extract().path("items[0].id");
        String program =
                given().get(children("sector-programs")).then().extract().path("items[0].id");
        for (String url : List.of(
                "/api/v1/partnerships/" + partnership,
                "/api/v1/actors/" + local,
                children("milestones") + "/" + milestone,
                children("sector-programs") + "/" + program)) {
            Statistics statistics = sessionFactory.getStatistics();
            long before = statistics.getPrepareStatementCount();
            given().get(url).then().statusCode(200);
            assertThat(url, statistics.getPrepareStatementCount() - before, equalTo(1L));
        }
    }

    @Test
    void aTotalKeptOnWriteIsReadWithThePageAndAPagePastTheLastStillTellsIt() {
        for (String list : List.of(
                "/api/v1/partnerships?pageSize=2",
                "/api/v1/partnerships?partnerCountry=JP&pageSize=2",
                "/api/v1/partnerships?localRegionCode=31&pageSize=2",
                // a page merged from the years' index ranges
                "/api/v1/partnerships?validFromFrom=2018&validFromTo=2020&pageSize=2",
                "/api/v1/milestones?type=VISIT&pageSize=2",
                "/api/v1/milestones?status=ACHIEVED&pageSize=2",
                "/api/v1/sector-programs?sector=TOURISM&pageSize=2",
                "/api/v1/actors?country=JP&pageSize=2",
                "/api/v1/actors?kind=AGENCY&country=ID&pageSize=2")) {
            given().get(list).then().statusCode(200);
            // the same items, but a filter the kept counts do not hold (every item was updated since 1970): counted
            String counted = list + "&updatedSince=1970-01-01T00:00:00Z";
            given().get(counted).then().statusCode(200);
            long keptStatements = statements(list, 1);
            long countedStatements = statements(counted, 1);
            assertThat(list + " read its total with its page", keptStatements, equalTo(countedStatements - 1));
            int total = given().get(list).then().extract().path("totalItems");
            given().get(counted).then().body("totalItems", equalTo(total));
            given().get(list + "&page=100000")
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(0))
                    .body("totalItems", equalTo(total));
        }
    }

    private long statements(String url, int atLeast) {
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        int items = given().get(url).then().statusCode(200).extract().path("items.size()");
        assertThat(url, items, greaterThan(atLeast - 1));
        return statistics.getPrepareStatementCount() - before;
    }
}
