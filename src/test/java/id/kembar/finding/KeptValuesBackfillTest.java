package id.kembar.finding;

import static id.kembar.support.KeptValuesAssert.assertKeptValuesAgree;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import id.kembar.support.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A database that holds partnerships from before V3 gets every derived value at its first start after the migration:
 * the stage, the kept facts, the current findings, the copies of the sides and the counts, one partnership per
 * committed batch.
 */
@QuarkusTest
@TestProfile(KeptValuesBackfillTest.DatabaseBeforeV3.class)
class KeptValuesBackfillTest {

    private static final String PARTNERSHIP = "7e1c0000-0000-4000-8000-000000000010";
    private static final String SECOND_PARTNERSHIP = "7e1c0000-0000-4000-8000-000000000011";

    /** On a database of its own, where a test-only migration between V2 and V3 enters a partnership. */
    public static class DatabaseBeforeV3 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabases.own(
                    "kembar-before-v3",
                    "quarkus.flyway.locations",
                    "db/migration,db/${quarkus.datasource.db-kind},db/testdata-before-v3",
                    "kembar.kept-values.rebuild-batch",
                    "1");
        }
    }

    @Test
    void theFirstStartAfterTheMigrationComputesEveryDerivedValue() {
        assertKeptValuesAgree();
        given().get("/api/v1/partnerships/" + PARTNERSHIP)
                .then()
                .statusCode(200)
                .body("stage", equalTo("AGREEMENT_IN_FORCE"));
        given().get("/api/v1/partnerships?localRegionCode=32&sort=partner")
                .then()
                .body("items.id", contains(PARTNERSHIP))
                .body(
                        "items[0].findings",
                        contains("STAGNANT", "NO_BUDGET", "NO_LEAD_AGENCY", "PROGRAMS_NOT_IMPLEMENTED"));
        given().get("/api/v1/findings?partnerCountry=JP")
                .then()
                .body("totalItems", equalTo(4))
                .body(
                        "items[0].message",
                        equalTo(given().get("/api/v1/partnerships/" + PARTNERSHIP + "/assessment")
                                .then()
                                .extract()
                                .path("findings[0].message")));
        given().get("/api/v1/statistics?localRegionCode=32")
                .then()
                .body("partnerships", equalTo(1))
                .body("sectorPrograms", equalTo(1))
                .body("milestones", equalTo(1))
                .body("partnershipsByStage.AGREEMENT_IN_FORCE", equalTo(1))
                .body("programsByObstacle.CLIMATE_OR_GEOGRAPHY", equalTo(1))
                .body("partnershipsByFinding.STAGNANT", equalTo(1));
        // the second batch: a partnership that the V2 rule left in force, with no agreement signed
        given().get("/api/v1/partnerships/" + SECOND_PARTNERSHIP)
                .then()
                .statusCode(200)
                .body("stage", equalTo("EXPLORATION"));
        given().get("/api/v1/statistics")
                .then()
                .body("partnerships", equalTo(2))
                .body("partnershipsByStage.AGREEMENT_IN_FORCE", equalTo(1))
                .body("partnershipsByStage.EXPLORATION", equalTo(1))
                .body("partnershipsByPartnerCountry.CN", equalTo(1));
    }

    @Test
    void textStoredEmptyBeforeV13ReadsAsAbsent() {
        given().get("/api/v1/actors/7e1c0000-0000-4000-8000-000000000002")
                .then()
                .statusCode(200)
                .body("$", not(hasKey("email")))
                .body("$", not(hasKey("notes")))
                .body("$", not(hasKey("website")))
                .body("version", equalTo(0));
        given().get("/api/v1/partnerships/" + SECOND_PARTNERSHIP)
                .then()
                .statusCode(200)
                .body("$", not(hasKey("description")))
                .body("$", not(hasKey("referenceNumber")));
    }
}
