package id.kembar.common;

import static id.kembar.support.Fixtures.partnership;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.program;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import id.kembar.support.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every sort of every list, alone and with the filters that pin a column, on a database that sorts on disk once a
 * result has more than a few rows (H2's {@code MAX_MEMORY_ROWS}, which a national registry's lists exceed with the
 * service's 256 MB heap): a 200 each, never a 500. H2 2.4 loses a column of the rows it sorted on disk when the order
 * names a column twice, which the findings of one code did (a 500 at 100,000 partnerships); a column is sorted by
 * once now. On PostgreSQL the same requests run on a schema of their own.
 */
@QuarkusTest
@TestProfile(SpilledSortTest.SortsOnDisk.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpilledSortTest {

    public static class SortsOnDisk implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = TestDatabases.own("spilled-sorts");
            if (!TestDatabases.isPostgresql()) {
                // only a database on disk sorts on disk: a new file for each run
                config.put(
                        "quarkus.datasource.jdbc.url",
                        "jdbc:h2:file:./target/spilled-sorts/" + UUID.randomUUID() + TestDatabases.H2_MODES
                                + ";MAX_MEMORY_ROWS=3");
            }
            return config;
        }
    }

    private static final int PARTNERSHIPS = 7;

    private static final Map<String, List<String>> SORTS = Map.of(
            "/api/v1/findings", List.of("severity", "code", "partnership", "localRegionCode", "partnerCountry"),
            "/api/v1/partnerships",
                    List.of("title", "type", "stage", "localGovernment", "partner", "partnerCountry", "validFrom"),
            "/api/v1/sector-programs",
                    List.of("title", "sector", "status", "startDate", "endDate", "createdAt", "updatedAt"),
            "/api/v1/milestones",
                    List.of("date", "targetDate", "occurrenceDate", "type", "status", "title", "createdAt"),
            "/api/v1/actors", List.of("name", "kind", "country", "regionCode", "createdAt", "updatedAt"));

    // filters that pin a column to one value, which puts it first in the order
    private static final Map<String, List<String>> PINS = Map.of(
            "/api/v1/findings", List.of("", "code=NO_BUDGET", "localRegionCode=32", "partnerCountry=JP"),
            "/api/v1/partnerships",
                    List.of(
                            "",
                            "stage=EXPLORATION",
                            "type=SISTER_CITY",
                            "partnerCountry=JP",
                            "localRegionCode=32",
                            "finding=NO_BUDGET"),
            "/api/v1/sector-programs", List.of("", "status=IN_PROGRESS", "localRegionCode=32"),
            "/api/v1/milestones", List.of("", "status=ACHIEVED", "type=MEETING"),
            "/api/v1/actors", List.of("", "country=JP"));

    private boolean created;

    @BeforeEach
    void partnershipsWithProgramsWithoutBudget() {
        if (created) {
            return;
        }
        created = true;
        for (int i = 0; i < PARTNERSHIPS; i++) {
            String id = partnership();
            program(id, "status", "IN_PROGRESS");
            milestone(id);
        }
    }

    @Test
    void theFindingsOfOneCodeArePagedInTitleOrder() {
        List<String> titles = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            List<Map<String, Object>> items = given().get("/api/v1/findings?code=NO_BUDGET&pageSize=3&page=" + page)
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(PARTNERSHIPS))
                    .extract()
                    .path("items");
            assertThat(items.stream().map(item -> item.get("code")).toList(), everyItem(equalTo("NO_BUDGET")));
            items.forEach(item -> titles.add((String) item.get("partnershipTitle")));
        }
        assertThat(titles.size(), equalTo(PARTNERSHIPS));
        assertThat(
                titles,
                equalTo(titles.stream().sorted(Comparator.naturalOrder()).toList()));
    }

    @Test
    void everySortOfEveryListWithEveryPinAnswers() {
        List<String> failed = new ArrayList<>();
        SORTS.forEach((path, fields) -> {
            for (String pin : PINS.get(path)) {
                for (String field : fields) {
                    for (String sort : List.of(field, "-" + field)) {
                        String url = path + "?pageSize=2&page=2&sort=" + sort + (pin.isEmpty() ? "" : "&" + pin);
                        int status = given().get(url).statusCode();
                        if (status != 200) {
                            failed.add(url + " → " + status);
                        }
                    }
                }
            }
        });
        assertThat(failed, empty());
    }
}
