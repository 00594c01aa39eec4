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
        // items of each list, with what their pages show of others (collections among them)
        for (String partnership :
                List.of(ProgramFixtures.partnershipIn("33", "NR"), ProgramFixtures.partnershipIn("34.71", "PW"))) {
            ProgramFixtures.milestone(partnership, "type", "VISIT", "side", "LOCAL", "occurrenceDate", "2024-03");
            ProgramFixtures.milestone(partnership, "type", "MEETING", "status", "PLANNED", "targetDate", "2030");
            // (a page with rows reads its kept total with them; an empty one in a statement of its own)
            ProgramFixtures.milestone(partnership, "type", "EVALUATION", "status", "MISSED", "targetDate", "2021");
            ProgramFixtures.program(partnership, "sector", "TOURISM", "obstacles", List.of("NO_BUDGET"));
            ProgramFixtures.program(partnership, "sector", "EDUCATION");
        }
        for (List<String> sameShape : List.of(
                List.of("/api/v1/partnerships?partnerCountry=CN", "/api/v1/partnerships?partnerCountry=JP"),
                List.of(
                        "/api/v1/partnerships?partnerCountry=CN&partnerCountry=JP&partnerCountry=KR",
                        "/api/v1/partnerships?partnerCountry=DE&partnerCountry=FR&partnerCountry=US"),
                List.of("/api/v1/partnerships?stage=EXPLORATION", "/api/v1/partnerships?stage=PLANNING"),
                List.of("/api/v1/partnerships?localRegionCode=33", "/api/v1/partnerships?localRegionCode=34"),
                List.of("/api/v1/partnerships?finding=STAGNANT", "/api/v1/partnerships?finding=NO_BUDGET"),
                List.of("/api/v1/partnerships?type=FRIENDSHIP&page=2", "/api/v1/partnerships?type=SISTER_CITY&page=3"),
                List.of("/api/v1/milestones?type=VISIT", "/api/v1/milestones?type=MEETING"),
                // one milestone each (the page's actors are read with a list of its ids, whose length is part of the
                // query), with a total kept on write
                List.of(
                        "/api/v1/milestones?partnerCountry=NR&status=PLANNED&targetDateTo=2030",
                        "/api/v1/milestones?partnerCountry=PW&status=MISSED&targetDateTo=2031"),
                List.of("/api/v1/milestones?targetDateFrom=2020", "/api/v1/milestones?targetDateFrom=2021"),
                List.of("/api/v1/sector-programs?sector=TOURISM", "/api/v1/sector-programs?sector=EDUCATION"),
                List.of("/api/v1/statistics?partnerCountry=CN", "/api/v1/statistics?partnerCountry=JP"),
                List.of("/api/v1/statistics?validFromFrom=2019", "/api/v1/statistics?validFromTo=2021"),
                // one partnership each (their programs have no budget): the page's partnerships are read with a list
                // of their ids, whose length (padded) is part of the query
                List.of(
                        "/api/v1/findings?code=NO_BUDGET&partnerCountry=NR",
                        "/api/v1/findings?code=NO_BUDGET&partnerCountry=PW"))) {
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
