package id.kembar.actor;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.create;
import static id.kembar.support.Fixtures.province;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActorDeleteTest {

    @Test
    void deletedActorIsGone() {
        String id = actor("NGO", unique("LSM"), "ID");
        given().header("If-Match", "\"0\"")
                .when()
                .delete("/api/v1/actors/" + id)
                .then()
                .statusCode(204);
        problem(given().get("/api/v1/actors/" + id).then(), 404);
        problem(given().delete("/api/v1/actors/" + id).then(), 404);
    }

    @Test
    void deleteWithStaleEtagIs412AndKeepsTheActor() {
        String id = actor("NGO", unique("LSM"), "ID");
        problem(
                given().header("If-Match", "\"3\"")
                        .delete("/api/v1/actors/" + id)
                        .then(),
                412);
        given().get("/api/v1/actors/" + id).then().statusCode(200);
    }

    @Test
    void actorWithChildrenIs409NamingThem() {
        String parent = province(unique("Prov"), "52");
        String child = create(
                "/api/v1/actors", body("kind", "AGENCY", "name", unique("Dinas"), "country", "ID", "parentId", parent));
        problem(given().delete("/api/v1/actors/" + parent).then(), 409)
                .body("references.resource", contains("actors"))
                .body("references[0].count", equalTo(1))
                .body("references[0].ids", contains(child))
                .body("detail", containsString("1 actors"));
        given().get("/api/v1/actors/" + parent).then().statusCode(200);
    }

    @Test
    void actorInAPartnershipIs409NamingIt() {
        String local = Fixtures.city(unique("Kota"), "13.71");
        String partnership = Fixtures.partnership(local, Fixtures.foreignGovernment(unique("Stadt"), "DE", "CITY"));
        problem(given().delete("/api/v1/actors/" + local).then(), 409)
                .body("references.resource", contains("partnerships"))
                .body("references[0].ids", contains(partnership));
    }
}
