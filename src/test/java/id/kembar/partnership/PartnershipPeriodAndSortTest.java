package id.kembar.partnership;

import static id.kembar.partnership.PartnershipQueryTest.ids;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.partnership;
import static id.kembar.support.Fixtures.province;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnershipPeriodAndSortTest {

    /**
     * Range filters compare a stored partial date by its first day; the bound {@code from} is the first day of the
     * partial date given, {@code to} its last day.
     */
    @Nested
    class Period {

        @Test
        void validFromRangeUsesTheFirstDayOfFromAndTheLastDayOfTo() {
            String tag = unique("ValidFrom");
            String local = city(tag + " kota", "32.71");
            String year = partnership(
                    local,
                    foreignGovernment(unique("City"), "JP", "CITY"),
                    "FRIENDSHIP",
                    "title",
                    tag + " year",
                    "validFrom",
                    "2016");
            String march = partnership(
                    local,
                    foreignGovernment(unique("City"), "JP", "CITY"),
                    "FRIENDSHIP",
                    "title",
                    tag + " march",
                    "validFrom",
                    "2016-03");
            String endOfMarch = partnership(
                    local,
                    foreignGovernment(unique("City"), "JP", "CITY"),
                    "FRIENDSHIP",
                    "title",
                    tag + " end of march",
                    "validFrom",
                    "2016-03-31");
            String april = partnership(
                    local,
                    foreignGovernment(unique("City"), "JP", "CITY"),
                    "FRIENDSHIP",
                    "title",
                    tag + " april",
                    "validFrom",
                    "2016-04-01");
            partnership(local, foreignGovernment(unique("City"), "JP", "CITY"), "FRIENDSHIP", "title", tag + " none");
            String q = "q=" + tag;
            // "2016" begins on 2016-01-01, before March
            assertThat(ids(q + "&validFromFrom=2016-03"), containsInAnyOrder(march, endOfMarch, april));
            assertThat(ids(q + "&validFromTo=2016-03"), containsInAnyOrder(year, march, endOfMarch));
            assertThat(ids(q + "&validFromFrom=2016-03&validFromTo=2016-03"), containsInAnyOrder(march, endOfMarch));
            assertThat(
                    ids(q + "&validFromFrom=2016&validFromTo=2016"),
                    containsInAnyOrder(year, march, endOfMarch, april));
            assertThat(ids(q + "&validFromFrom=2016-03-31&validFromTo=2016-03-31"), contains(endOfMarch));
            assertThat(ids(q + "&validFromTo=2015"), empty());
            assertThat(ids(q + "&validFromFrom=2016-04-02"), empty());
        }

        @Test
        void validUntilToOfAYearIncludesItsLastDayAndTheYearItself() {
            String tag = unique("ValidUntil");
            String local = city(tag + " kota", "32.71");
            String year = partnership(
                    local,
                    foreignGovernment(unique("City"), "KR", "CITY"),
                    "FRIENDSHIP",
                    "title",
                    tag + " year",
                    "validUntil",
                    "2026");
            String lastDay = partnership(
                    local,
                    foreignGovernment(unique("City"), "KR", "CITY"),
                    "FRIENDSHIP",
                    "title",
                    tag + " last day",
                    "validUntil",
                    "2026-12-31");
            String next = partnership(
                    local,
                    foreignGovernment(unique("City"), "KR", "CITY"),
                    "FRIENDSHIP",
                    "title",
                    tag + " next",
                    "validUntil",
                    "2027");
            String earlier = partnership(
                    local,
                    foreignGovernment(unique("City"), "KR", "CITY"),
                    "FRIENDSHIP",
                    "title",
                    tag + " earlier",
                    "validUntil",
                    "2025-06");
            partnership(local, foreignGovernment(unique("City"), "KR", "CITY"), "FRIENDSHIP", "title", tag + " none");
            String q = "q=" + tag;
            assertThat(ids(q + "&validUntilTo=2026"), containsInAnyOrder(year, lastDay, earlier));
            assertThat(ids(q + "&validUntilFrom=2026"), containsInAnyOrder(year, lastDay, next));
            // "2026" begins on 2026-01-01, before June
            assertThat(ids(q + "&validUntilFrom=2026-06"), containsInAnyOrder(lastDay, next));
            assertThat(ids(q + "&validUntilFrom=2026&validUntilTo=2026"), containsInAnyOrder(year, lastDay));
            assertThat(ids(q + "&validUntilTo=2025"), contains(earlier));
            assertThat(ids(q + "&validUntilTo=2026-12-30"), containsInAnyOrder(year, earlier));
        }

        @Test
        void startAndEndFiltersCombine() {
            String tag = unique("Term");
            String local = province(tag + " prov", "53");
            String inside = partnership(
                    local,
                    foreignGovernment(unique("Jiangxi"), "CN", "PROVINCE"),
                    "FRIENDSHIP",
                    "validFrom",
                    "2016-11",
                    "validUntil",
                    "2021-11");
            partnership(
                    local,
                    foreignGovernment(unique("Jiangxi"), "CN", "PROVINCE"),
                    "FRIENDSHIP",
                    "validFrom",
                    "2015",
                    "validUntil",
                    "2020");
            partnership(
                    local,
                    foreignGovernment(unique("Jiangxi"), "CN", "PROVINCE"),
                    "FRIENDSHIP",
                    "validFrom",
                    "2016-12",
                    "validUntil",
                    "2030");
            assertThat(ids("localGovernmentId=" + local + "&validFromFrom=2016&validUntilTo=2025"), contains(inside));
        }

        @Test
        void malformedPeriodBoundsAre400NamingTheParameter() {
            invalid(given().get("/api/v1/partnerships?validFromFrom=2016-13").then(), "validFromFrom");
            invalid(given().get("/api/v1/partnerships?validFromTo=2016-1").then(), "validFromTo");
            invalid(
                    given().get("/api/v1/partnerships?validUntilFrom=2016-02-30")
                            .then(),
                    "validUntilFrom");
            invalid(given().get("/api/v1/partnerships?validUntilTo=26").then(), "validUntilTo");
        }
    }

    @Nested
    class Sort {

        @Test
        void sortsByEveryAllowedField() {
            String tag = unique("Sort");
            String p1 = partnership(
                    city(tag + " lg-c", "32.71"),
                    foreignGovernment(tag + " pa-a", "KR", "CITY"),
                    "FRIENDSHIP",
                    "title",
                    tag + " b",
                    "validFrom",
                    "2018",
                    "validUntil",
                    "2023");
            String p2 = partnership(
                    city(tag + " lg-a", "36.74"),
                    foreignGovernment(tag + " pa-b", "CN", "CITY"),
                    "FRIENDSHIP",
                    "title",
                    tag + " c",
                    "validFrom",
                    "2016-11",
                    "validUntil",
                    "2030");
            String p3 = partnership(
                    city(tag + " lg-b", "13.71"),
                    foreignGovernment(tag + " pa-c", "JP", "CITY"),
                    "OTHER_REGIONAL",
                    "title",
                    tag + " a",
                    "validFrom",
                    "2017",
                    "validUntil",
                    "2021-06");
            String q = "q=" + tag + "&sort=";
            assertThat(ids("q=" + tag), contains(p3, p1, p2));
            assertThat(ids(q + "title"), contains(p3, p1, p2));
            assertThat(ids(q + "-title"), contains(p2, p1, p3));
            assertThat(ids(q + "type,title"), contains(p1, p2, p3));
            assertThat(ids(q + "-type,title"), contains(p3, p1, p2));
            assertThat(ids(q + "localGovernment"), contains(p2, p3, p1));
            assertThat(ids(q + "partner"), contains(p1, p2, p3));
            assertThat(ids(q + "-partner"), contains(p3, p2, p1));
            assertThat(ids(q + "partnerCountry"), contains(p2, p3, p1));
            assertThat(ids(q + "validFrom"), contains(p2, p3, p1));
            assertThat(ids(q + "-validFrom"), contains(p1, p3, p2));
            assertThat(ids(q + "validUntil"), contains(p3, p1, p2));
            assertThat(ids(q + "createdAt"), contains(p1, p2, p3));
            assertThat(ids(q + "-createdAt"), contains(p3, p2, p1));
            given().contentType("application/merge-patch+json")
                    .body("{\"objectives\": \"touched\"}")
                    .patch("/api/v1/partnerships/" + p1)
                    .then()
                    .statusCode(200);
            assertThat(ids(q + "updatedAt"), contains(p2, p3, p1));
            assertThat(ids(q + "-updatedAt"), contains(p1, p3, p2));
        }

        @Test
        void unknownSortFieldIs400NamingTheAllowedOnes() {
            invalid(given().get("/api/v1/partnerships?sort=country").then(), "sort")
                    .body(
                            "errors[0].allowedValues",
                            hasItems(
                                    "title",
                                    "type",
                                    "localGovernment",
                                    "partner",
                                    "partnerCountry",
                                    "validFrom",
                                    "validUntil",
                                    "createdAt",
                                    "updatedAt"));
            invalid(given().get("/api/v1/partnerships?sort=title,").then(), "sort");
            invalid(given().get("/api/v1/partnerships?sort=-localGovernmentId").then(), "sort");
        }
    }
}
