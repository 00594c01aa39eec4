package id.kembar.common;

import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A range filter of partial dates whose end comes before its start is a 400 naming its end, on every list that takes
 * one and on the statistics, not an empty answer; a range that ends within its start's month or year is not inverted.
 */
@QuarkusTest
class DateRangeFilterTest {

    private record Range(String path, String from, String to) {}

    @Test
    void anInvertedRangeIsA400NamingItsEnd() {
        String partnership = Fixtures.partnership();
        String nested = "/api/v1/partnerships/" + partnership;
        List<Range> ranges = List.of(
                new Range("/api/v1/partnerships", "validFromFrom", "validFromTo"),
                new Range("/api/v1/partnerships", "validUntilFrom", "validUntilTo"),
                new Range("/api/v1/statistics", "validFromFrom", "validFromTo"),
                new Range("/api/v1/statistics", "validUntilFrom", "validUntilTo"),
                new Range("/api/v1/milestones", "targetDateFrom", "targetDateTo"),
                new Range("/api/v1/milestones", "occurrenceDateFrom", "occurrenceDateTo"),
                new Range(nested + "/milestones", "targetDateFrom", "targetDateTo"),
                new Range("/api/v1/sector-programs", "startDateFrom", "startDateTo"),
                new Range("/api/v1/sector-programs", "endDateFrom", "endDateTo"),
                new Range(nested + "/sector-programs", "endDateFrom", "endDateTo"));
        for (Range range : ranges) {
            invalid(
                            given().queryParam(range.from(), "2021-03")
                                    .queryParam(range.to(), "2021-02-28")
                                    .get(range.path())
                                    .then(),
                            range.to())
                    .body("errors[0].message", containsString(range.from()));
            for (String to : List.of("2021-03", "2021", "2021-03-01")) {
                given().queryParam(range.from(), "2021-03")
                        .queryParam(range.to(), to)
                        .get(range.path())
                        .then()
                        .statusCode(200);
            }
        }
    }

    @Test
    void bothBoundsInvertedNameBothEnds() {
        invalid(
                given().queryParam("validFromFrom", "2020")
                        .queryParam("validFromTo", "2019")
                        .queryParam("validUntilFrom", "2030-05")
                        .queryParam("validUntilTo", "2030-04")
                        .get("/api/v1/partnerships")
                        .then(),
                "validFromTo",
                "validUntilTo");
    }

    @Test
    void aRangeEndingInItsStartsMonthFindsWhatItCovers() {
        String title = unique("Kerja sama pertengahan Juni");
        String id = Fixtures.partnership(
                city(unique("Kota"), "33.74"),
                foreignGovernment(unique("City"), "KR", "CITY"),
                "SISTER_CITY",
                "title",
                title,
                "validFrom",
                "2021-06-20");
        given().queryParam("q", title)
                .queryParam("validFromFrom", "2021-06-15")
                .queryParam("validFromTo", "2021-06")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", contains(id));
    }
}
