package id.kembar.program;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.problem;
import static id.kembar.support.ProgramFixtures.milestone;
import static id.kembar.support.ProgramFixtures.milestonesOf;
import static id.kembar.support.ProgramFixtures.patch;
import static id.kembar.support.ProgramFixtures.program;
import static id.kembar.support.ProgramFixtures.programsOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectorProgramDeleteTest {

    @Test
    void deletedProgramIsGone() {
        String partnership = Fixtures.partnership();
        String id = program(partnership);
        given().header("If-Match", "\"0\"")
                .delete(programsOf(partnership) + "/" + id)
                .then()
                .statusCode(204);
        problem(given().get(programsOf(partnership) + "/" + id).then(), 404);
        problem(given().delete(programsOf(partnership) + "/" + id).then(), 404);
    }

    @Test
    void deleteWithStaleEtagIs412AndKeepsTheProgram() {
        String partnership = Fixtures.partnership();
        String id = program(partnership);
        problem(
                given().header("If-Match", "\"4\"")
                        .delete(programsOf(partnership) + "/" + id)
                        .then(),
                412);
        given().get(programsOf(partnership) + "/" + id).then().statusCode(200);
    }

    @Test
    void programAMilestoneLinksToIs409NamingTheMilestoneUntilItIsUnlinked() {
        String partnership = Fixtures.partnership();
        String id = program(partnership);
        String milestone = milestone(partnership, "type", "ACTIVITY", "sectorProgramId", id);
        problem(given().delete(programsOf(partnership) + "/" + id).then(), 409)
                .body("references.resource", contains("milestones"))
                .body("references[0].count", equalTo(1))
                .body("references[0].ids", contains(milestone))
                .body("detail", containsString("1 milestones"));
        given().get(programsOf(partnership) + "/" + id).then().statusCode(200);

        patch(milestonesOf(partnership) + "/" + milestone, null, "{\"sectorProgramId\": null}")
                .statusCode(200)
                .body("sectorProgramId", nullValue());
        given().delete(programsOf(partnership) + "/" + id).then().statusCode(204);
        given().get(milestonesOf(partnership) + "/" + milestone).then().statusCode(200);
    }

    @Test
    void deletingALeadAgencyIs409NamingItsPrograms() {
        String partnership = Fixtures.partnership();
        String agency = actor("AGENCY", unique("Dinas Pariwisata"), "ID");
        String first = program(partnership, "leadAgencyId", agency);
        String second = program(partnership, "leadAgencyId", agency, "sector", "TOURISM");
        var conflict = problem(given().delete("/api/v1/actors/" + agency).then(), 409)
                .body("references.resource", contains("sector-programs"))
                .body("references[0].count", equalTo(2))
                .body("detail", containsString("2 sector-programs"));
        List<String> ids = conflict.extract().path("references[0].ids");
        assertThat(ids, containsInAnyOrder(first, second));
        given().get("/api/v1/actors/" + agency).then().statusCode(200);

        patch(programsOf(partnership) + "/" + first, null, "{\"leadAgencyId\": null}")
                .statusCode(200);
        given().delete(programsOf(partnership) + "/" + second).then().statusCode(204);
        given().delete("/api/v1/actors/" + agency).then().statusCode(204);
    }
}
