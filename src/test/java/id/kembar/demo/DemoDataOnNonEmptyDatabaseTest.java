package id.kembar.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import id.kembar.support.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoDataOnNonEmptyDatabaseTest.NonEmptyDatabase.class)
class DemoDataOnNonEmptyDatabaseTest {

    /** Demo data enabled, on a database of its own that a test-only migration has given one actor before start-up. */
    public static class NonEmptyDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return TestDatabases.own(
                    "kembar-demo-nonempty",
                    "quarkus.flyway.locations",
                    "db/migration,db/${quarkus.datasource.db-kind},db/testdata-nonempty",
                    "kembar.demo-data.enabled",
                    "true");
        }
    }

    @Inject
    DemoData demoData;

    @Test
    void nothingIsLoadedIntoADatabaseThatHoldsData() {
        given().when().get("/api/v1/partnerships").then().statusCode(200).body("totalItems", equalTo(0));
        given().when()
                .get("/api/v1/actors")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.name", contains("Actor entered before the first start"));
    }

    @Test
    void loadingOnDemandAlsoLeavesIt() {
        assertThat(demoData.loadIfEmpty(), is(false));
        given().when().get("/api/v1/actors").then().statusCode(200).body("totalItems", equalTo(1));
        given().when().get("/api/v1/partnerships").then().statusCode(200).body("totalItems", equalTo(0));
    }
}
