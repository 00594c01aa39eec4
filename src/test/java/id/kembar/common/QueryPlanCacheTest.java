package id.kembar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import id.kembar.support.ProgramFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A read translates its queries once: a request of the same shape with other filter values finds each of its queries
 * in Hibernate's query plan cache. Lists of values (repeated parameters, one value or several) are bound a parameter
 * per value for that; a list bound to one parameter, or a lone parameter in {@code in (...)}, was translated again
 * on every request.
 */
@QuarkusTest
class QueryPlanCacheTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void everyQueryOfAListOrStatisticsRequestComesFromThePlanCacheTheSecondTime() {
        // items of each list, with what their pages show of others (collections among them); every request below
        // finds some of them (a page with rows reads its kept total with them, an empty one in a statement of its
        // own, so a pair must not depend on what other tests left), and only they have partners in Nauru and Palau
        List<String> nauru = List.of(
                ProgramFixtures.partnershipIn("33", "NR"),
                ProgramFixtures.partnershipIn("35", "NR"),
                ProgramFixtures.partnershipIn("36", "NR"));
        List<String> palau = List.of(
                ProgramFixtures.partnershipIn("34.71", "PW"),
                ProgramFixtures.partnershipIn("35.78", "PW"),
                ProgramFixtures.partnershipIn("36.71", "PW"));
        for (String partnership : List.of(nauru.get(0), palau.get(0))) {
            ProgramFixtures.milestone(partnership, "type", "VISIT", "side", "LOCAL", "occurrenceDate", "2024-03");
            ProgramFixtures.milestone(partnership, "type", "MEETING", "status", "PLANNED", "targetDate", "2030");
            ProgramFixtures.milestone(partnership, "type", "EVALUATION", "status", "MISSED", "targetDate", "2021");
            ProgramFixtures.program(
                    partnership, "sector", "TOURISM", "status", "AGREED", "obstacles", List.of("NO_BUDGET"));
            ProgramFixtures.program(partnership, "sector", "EDUCATION");
        }
        ProgramFixtures.milestone(palau.get(0), "type", "MINUTES_OF_MEETING", "occurrenceDate", "2024-05");
        for (List<String> sameShape : List.of(
                List.of("/api/v1/partnerships?partnerCountry=NR", "/api/v1/partnerships?partnerCountry=PW"),
                List.of(
                        "/api/v1/partnerships?partnerCountry=NR&partnerCountry=JP&partnerCountry=KR",
                        "/api/v1/partnerships?partnerCountry=DE&partnerCountry=PW&partnerCountry=US"),
                List.of("/api/v1/partnerships?stage=EXPLORATION", "/api/v1/partnerships?stage=PLANNING"),
                List.of("/api/v1/partnerships?localRegionCode=33", "/api/v1/partnerships?localRegionCode=34"),
                List.of("/api/v1/partnerships?finding=STAGNANT", "/api/v1/partnerships?finding=NO_BUDGET"),
                List.of(
                        "/api/v1/partnerships?type=SISTER_PROVINCE&pageSize=1&page=2",
                        "/api/v1/partnerships?type=SISTER_CITY&pageSize=1&page=3"),
                List.of("/api/v1/milestones?type=VISIT", "/api/v1/milestones?type=MEETING"),
                // one milestone each (the page's actors are read with a list of its ids, whose length is part of the
                // query), with a total kept on write
                List.of(
                        "/api/v1/milestones?partnerCountry=NR&status=PLANNED&targetDateTo=2030",
                        "/api/v1/milestones?partnerCountry=PW&status=MISSED&targetDateTo=2031"),
                List.of("/api/v1/milestones?targetDateFrom=2020", "/api/v1/milestones?targetDateFrom=2021"),
                List.of("/api/v1/sector-programs?sector=TOURISM", "/api/v1/sector-programs?sector=EDUCATION"),
                List.of("/api/v1/statistics?partnerCountry=NR", "/api/v1/statistics?partnerCountry=PW"),
                List.of("/api/v1/statistics?validFromFrom=2019", "/api/v1/statistics?validFromTo=2021"),
                // one partnership each (their programs have no budget): the page's partnerships are read with a list
                // of their ids, whose length (padded) is part of the query
                List.of(
                        "/api/v1/findings?code=NO_BUDGET&partnerCountry=NR",
                        "/api/v1/findings?code=NO_BUDGET&partnerCountry=PW"))) {
            if (!sameShape.get(0).contains("/statistics")) {
                for (String request : sameShape) {
                    int items = given().get(request)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("items.size()");
                    assertThat(request + " lists some items", items, greaterThan(0));
                }
            }
            given().get(sameShape.get(0)).then().statusCode(200);
            Statistics statistics = sessionFactory.getStatistics();
            long queries = statistics.getQueryExecutionCount();
            long hits = statistics.getQueryPlanCacheHitCount();
            long misses = statistics.getQueryPlanCacheMissCount();
            given().get(sameShape.get(1)).then().statusCode(200);
            // the queries, not the statements: loading the collections a page shows asks no query
            queries = statistics.getQueryExecutionCount() - queries;
            assertThat(sameShape.get(1) + " ran queries", queries, greaterThan(0L));
            // Hibernate looks up each query twice, its parsed HQL and its translation: both must be there
            assertThat(
                    sameShape.get(1) + " found each of its queries in the plan cache; queries and hits so far: "
                            + planCacheHits(statistics),
                    statistics.getQueryPlanCacheHitCount() - hits,
                    equalTo(2 * queries));
            assertThat(sameShape.get(1) + " missed", statistics.getQueryPlanCacheMissCount() - misses, equalTo(0L));
        }
    }

    private static String planCacheHits(Statistics statistics) {
        StringBuilder hits = new StringBuilder();
        for (String query : statistics.getQueries()) {
            var of = statistics.getQueryStatistics(query);
            hits.append("\n").append(of.getExecutionCount()).append(" / ").append(of.getPlanCacheHitCount());
            hits.append(": ").append(query);
        }
        return hits.toString();
    }
}
