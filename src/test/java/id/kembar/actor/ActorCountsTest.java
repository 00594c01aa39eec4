package id.kembar.actor;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.KeptValuesAssert.assertKeptValuesAgree;
import static id.kembar.support.KeptValuesAssert.assertTotalAgrees;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The actor list's total for countries and kinds comes from counts kept on write: after every kind of actor write it
 * equals a count of the actors (forced with a filter the counts cannot answer), and the consistency check agrees.
 */
@QuarkusTest
class ActorCountsTest {

    private static int total(String query) {
        return given().get("/api/v1/actors?" + query)
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
    }

    private static void patch(String id, String json) {
        String etag = given().get("/api/v1/actors/" + id).header("ETag");
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(json)
                .when()
                .patch("/api/v1/actors/" + id)
                .then()
                .statusCode(200);
    }

    private static void totalsAgree() {
        for (String query : new String[] {
            "country=TO",
            "country=FJ",
            "kind=NGO",
            "kind=BUSINESS",
            "country=TO&kind=NGO",
            "country=TO&country=FJ",
            "country=TO&country=TO",
            "kind=NGO&kind=BUSINESS&country=FJ",
            "pageSize=1"
        }) {
            assertTotalAgrees("/api/v1/actors", query, 0);
        }
        assertKeptValuesAgree();
    }

    @Test
    void totalsFollowEveryWrite() {
        int tonga = total("country=TO");
        int fiji = total("country=FJ");
        int tongaNgos = total("country=TO&kind=NGO");

        String trust = actor("NGO", unique("Trust"), "TO");
        String firm = actor("BUSINESS", unique("Firm"), "TO");
        foreignGovernment(unique("Island"), "TO", "STATE");
        assertThat(total("country=TO"), equalTo(tonga + 3));
        assertThat(total("country=TO&kind=NGO"), equalTo(tongaNgos + 1));
        totalsAgree();

        // a change of country, then of kind, then of neither
        patch(trust, "{\"country\":\"FJ\"}");
        assertThat(total("country=TO"), equalTo(tonga + 2));
        assertThat(total("country=FJ"), equalTo(fiji + 1));
        patch(firm, "{\"kind\":\"NGO\"}");
        assertThat(total("country=TO&kind=NGO"), equalTo(tongaNgos + 1));
        patch(firm, "{\"name\":\"" + unique("Renamed") + "\"}");
        totalsAgree();

        String etag = given().get("/api/v1/actors/" + firm).header("ETag");
        given().header("If-Match", etag).delete("/api/v1/actors/" + firm).then().statusCode(204);
        assertThat(total("country=TO&kind=NGO"), equalTo(tongaNgos));
        totalsAgree();
    }

    @Test
    void aRefusedWriteChangesNoTotal() {
        int tonga = total("country=TO");
        given().contentType("application/json")
                .body("{\"kind\":\"GOVERNMENT\",\"name\":\"" + unique("No level") + "\",\"country\":\"TO\"}")
                .when()
                .post("/api/v1/actors")
                .then()
                .statusCode(400);
        assertThat(total("country=TO"), equalTo(tonga));
        totalsAgree();
    }
}
