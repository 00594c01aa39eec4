package id.kembar.partnership;

import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.partnership;
import static id.kembar.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.kembar.support.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A range of several years of validFrom is read in three ways: a page in title order of up to five whole years and no
 * other filter merges the years' index ranges; a wider range that matches more partnerships than {@code
 * kembar.lists.walk-above} is tested on each partnership in the list's order; other ranges are read from the year's
 * index and sorted. The same partnerships, in the same order, with the same totals, whichever way a page is read.
 */
@QuarkusTest
@TestProfile(PartnershipValidFromWalkTest.WalkAlways.class)
class PartnershipValidFromWalkTest {

    /** Every range of several years walks; on a database of its own, so that the lists hold these partnerships only. */
    public static class WalkAlways implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabases.own("kembar-walk", "kembar.lists.walk-above", "1");
        }
    }

    @Inject
    SessionFactory sessionFactory;

    private static List<String> titles(String query) {
        return given().get("/api/v1/partnerships?" + query)
                .then()
                .statusCode(200)
                .extract()
                .path("items.title");
    }

    @Test
    void severalYearsGiveTheSamePartnershipsInTheSameOrder() {
        String local = city(unique("Kota walk"), "32.71");
        for (String[] titleAndStart : List.of(
                new String[] {"c end of 2015", "2015-12-31"},
                new String[] {"a 2016", "2016"},
                new String[] {"d march 2016", "2016-03"},
                new String[] {"b first day of 2017", "2017-01-01"},
                new String[] {"e undated", null})) {
            String partner = foreignGovernment(unique("City"), "JP", "CITY");
            if (titleAndStart[1] == null) {
                partnership(local, partner, "FRIENDSHIP", "title", titleAndStart[0]);
            } else {
                partnership(local, partner, "FRIENDSHIP", "title", titleAndStart[0], "validFrom", titleAndStart[1]);
            }
        }
        assertThat(
                titles("validFromFrom=2016&validFromTo=2017"),
                contains("a 2016", "b first day of 2017", "d march 2016"));
        assertThat(
                titles("validFromFrom=2016&validFromTo=2017&sort=-title"),
                contains("d march 2016", "b first day of 2017", "a 2016"));
        assertThat(titles("validFromFrom=2015&validFromTo=2016"), contains("a 2016", "c end of 2015", "d march 2016"));
        assertThat(titles("validFromTo=2016&type=FRIENDSHIP"), contains("a 2016", "c end of 2015", "d march 2016"));
        assertThat(titles("validFromFrom=2016&validFromTo=2016"), contains("a 2016", "d march 2016"));
        assertThat(titles("validFromFrom=2018&validFromTo=2030"), equalTo(List.of()));
        List<String> fifteenToSeventeen = List.of("a 2016", "b first day of 2017", "c end of 2015", "d march 2016");
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        assertThat(titles("validFromFrom=2015&validFromTo=2017"), equalTo(fifteenToSeventeen));
        assertThat(
                "three years in title order are merged",
                List.of(statistics.getQueries()),
                hasItem(containsString("union all")));
        // a page of the merge anywhere in the list: each year's rows up to the page's end take part
        for (int page = 1; page <= 4; page++) {
            assertThat(
                    titles("validFromFrom=2015&validFromTo=2017&pageSize=1&page=" + page),
                    contains(fifteenToSeventeen.get(page - 1)));
        }
        assertThat(
                titles("validFromFrom=2015&validFromTo=2017&pageSize=3&page=2"), contains(fifteenToSeventeen.get(3)));
        given().get("/api/v1/partnerships?validFromFrom=2015&validFromTo=2017&pageSize=2&page=3")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(4));
        // six years walk, a range cut within a year is read by date, descending is read from the year's index
        assertThat(titles("validFromFrom=2012&validFromTo=2017"), equalTo(fifteenToSeventeen));
        assertThat(titles("validFromFrom=2015-06&validFromTo=2017"), equalTo(fifteenToSeventeen));
        assertThat(
                titles("validFromFrom=2015&validFromTo=2017&sort=-title"),
                contains("d march 2016", "c end of 2015", "b first day of 2017", "a 2016"));
        given().get("/api/v1/partnerships?validFromFrom=2016&validFromTo=2017&pageSize=1&page=3")
                .then()
                .statusCode(200)
                .body("items.title", contains("d march 2016"))
                .body("totalItems", equalTo(3));
        given().get("/api/v1/statistics?validFromFrom=2015&validFromTo=2017")
                .then()
                .statusCode(200)
                .body("partnerships", equalTo(4));
    }
}
