package id.kembar.program;

import static id.kembar.support.ETagMatchers.tagOfVersion;
import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.assertReadAnswersWrite;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.create;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static id.kembar.support.ProgramFixtures.UNKNOWN_ID;
import static id.kembar.support.ProgramFixtures.post;
import static id.kembar.support.ProgramFixtures.programBody;
import static id.kembar.support.ProgramFixtures.programsOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.kembar.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectorProgramCreateTest {

    private static Map<String, Object> money(Object amount, Object currency) {
        return body("amount", amount, "currency", currency);
    }

    @Test
    void createdProgramHasLocationEtagAndEveryField() {
        String partnership = Fixtures.partnership();
        String agency =
                create("/api/v1/actors", body("kind", "AGENCY", "name", unique("Dinas Pertanian"), "country", "ID"));
        String title = unique("Blueberry farming");
        ExtractableResponse<Response> created = post(
                        programsOf(partnership),
                        body(
                                "sector",
                                "AGRICULTURE",
                                "title",
                                title,
                                "description",
                                "Blueberries for Bogor",
                                "status",
                                "STALLED",
                                "leadAgencyId",
                                agency,
                                "budget",
                                money("1500000000.00", "IDR"),
                                "side",
                                "LOCAL",
                                "obstacles",
                                List.of("CLIMATE_OR_GEOGRAPHY", "NO_BUDGET"),
                                "obstacleNote",
                                "Too warm for blueberries",
                                "startDate",
                                "2016-11",
                                "endDate",
                                "2018",
                                "outcomes",
                                "None yet"))
                .statusCode(201)
                .header("ETag", tagOfVersion(0))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .body("partnershipId", equalTo(partnership))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location"), endsWith(programsOf(partnership) + "/" + id));
        for (var response : List.of(
                created.response().then(),
                given().get(created.header("Location")).then().statusCode(200).header("ETag", tagOfVersion(0)))) {
            response.body("id", equalTo(id))
                    .body("sector", equalTo("AGRICULTURE"))
                    .body("title", equalTo(title))
                    .body("description", equalTo("Blueberries for Bogor"))
                    .body("status", equalTo("STALLED"))
                    .body("leadAgencyId", equalTo(agency))
                    .body("leadAgency.id", equalTo(agency))
                    .body("leadAgency.kind", equalTo("AGENCY"))
                    .body("leadAgency.name", containsString("Dinas Pertanian"))
                    .body("budget.amount", equalTo("1500000000"))
                    .body("budget.currency", equalTo("IDR"))
                    .body("side", equalTo("LOCAL"))
                    // in the order the contract lists them, whatever order they were sent in
                    .body("obstacles", contains("NO_BUDGET", "CLIMATE_OR_GEOGRAPHY"))
                    .body("obstacleNote", equalTo("Too warm for blueberries"))
                    .body("startDate", equalTo("2016-11"))
                    .body("endDate", equalTo("2018"))
                    .body("outcomes", equalTo("None yet"));
        }
        // a read shows what the write answered: every field, the lead agency's summary, the obstacles in their order
        assertReadAnswersWrite(created);
    }

    @Test
    void minimalProgramHasNoBudgetNoLeadAgencyAndNoObstacles() {
        String partnership = Fixtures.partnership();
        ExtractableResponse<Response> created = post(
                        programsOf(partnership), programBody("sector", "TOURISM", "status", "AGREED"))
                .statusCode(201)
                .body("sector", equalTo("TOURISM"))
                .body("status", equalTo("AGREED"))
                .body("budget", nullValue())
                .body("leadAgencyId", nullValue())
                .body("leadAgency", nullValue())
                .body("obstacles", empty())
                .body("startDate", nullValue())
                .extract();
        assertReadAnswersWrite(created);
    }

    @Test
    void budgetAmountComesBackAsADecimalStringWithoutTrailingZeros() {
        String partnership = Fixtures.partnership();
        post(programsOf(partnership), programBody("budget", money("250.50", "EUR")))
                .statusCode(201)
                .body("budget.amount", equalTo("250.5"))
                .body("budget.currency", equalTo("EUR"));
        post(programsOf(partnership), programBody("budget", money("0", "JPY")))
                .statusCode(201)
                .body("budget.amount", equalTo("0"));
        String id = post(programsOf(partnership), programBody("budget", money("999999999999999.99", "KRW")))
                .statusCode(201)
                .body("budget.amount", equalTo("999999999999999.99"))
                .extract()
                .path("id");
        given().get(programsOf(partnership) + "/" + id).then().body("budget.amount", equalTo("999999999999999.99"));
    }

    @Test
    void createReportsEveryInvalidFieldAtOnce() {
        invalid(
                post(
                        programsOf(Fixtures.partnership()),
                        body(
                                "sector",
                                "EDUCATION",
                                "title",
                                " ",
                                "status",
                                "STALLED",
                                "leadAgencyId",
                                UNKNOWN_ID,
                                "budget",
                                money("-5", "XYZ"),
                                "startDate",
                                "2018",
                                "endDate",
                                "2016-05",
                                "description",
                                "x".repeat(10001))),
                "title",
                "obstacles",
                "leadAgencyId",
                "budget.amount",
                "budget.currency",
                "endDate",
                "description");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        invalid(post(programsOf(Fixtures.partnership()), Map.of()), "sector", "title", "status");
    }

    @Test
    void stalledOrCancelledProgramWithoutObstacleIs400() {
        String partnership = Fixtures.partnership();
        invalid(post(programsOf(partnership), programBody("status", "STALLED")), "obstacles")
                .body("errors[0].message", containsString("STALLED"));
        invalid(post(programsOf(partnership), programBody("status", "CANCELLED", "obstacles", List.of())), "obstacles");
        post(programsOf(partnership), programBody("status", "STALLED", "obstacles", List.of("NO_FOLLOW_UP")))
                .statusCode(201)
                .body("obstacles", contains("NO_FOLLOW_UP"));
        post(programsOf(partnership), programBody("status", "COMPLETED", "obstacles", List.of("COMMUNICATION")))
                .statusCode(201)
                .body("obstacles", contains("COMMUNICATION"));
    }

    @Test
    void anObstacleNamedTwiceIs400() {
        invalid(
                        post(
                                programsOf(Fixtures.partnership()),
                                programBody("status", "STALLED", "obstacles", List.of("NO_BUDGET", "NO_BUDGET"))),
                        "obstacles")
                .body("errors[0].message", containsString("twice"));
    }

    @Test
    void endDateBeforeStartDateIs400() {
        String partnership = Fixtures.partnership();
        invalid(post(programsOf(partnership), programBody("startDate", "2018", "endDate", "2016-05")), "endDate");
        invalid(
                post(programsOf(partnership), programBody("startDate", "2016-11-18", "endDate", "2016-11-17")),
                "endDate");
        post(programsOf(partnership), programBody("startDate", "2016-11", "endDate", "2016-11"))
                .statusCode(201)
                .body("startDate", equalTo("2016-11"))
                .body("endDate", equalTo("2016-11"));
        post(programsOf(partnership), programBody("endDate", "2016")).statusCode(201);
    }

    @Test
    void partialDatesKeepTheirPrecisionAndMustBeCalendarDates() {
        String partnership = Fixtures.partnership();
        String id = post(programsOf(partnership), programBody("startDate", "2015", "endDate", "2016-11-18"))
                .statusCode(201)
                .body("startDate", equalTo("2015"))
                .extract()
                .path("id");
        given().get(programsOf(partnership) + "/" + id)
                .then()
                .body("startDate", equalTo("2015"))
                .body("endDate", equalTo("2016-11-18"));
        invalid(post(programsOf(partnership), programBody("startDate", "2016-13")), "startDate");
        invalid(post(programsOf(partnership), programBody("startDate", "2016-02-30")), "startDate");
        invalid(post(programsOf(partnership), programBody("endDate", "16-11")), "endDate");
        invalid(post(programsOf(partnership), programBody("endDate", 2016)), "endDate");
    }

    @Test
    void budgetAmountMustBeADecimalString() {
        String path = programsOf(Fixtures.partnership());
        invalid(post(path, programBody("budget", money(1500000000, "IDR"))), "budget.amount");
        invalid(post(path, programBody("budget", money(1.5, "IDR"))), "budget.amount");
        for (String amount : List.of("1e9", "-5", "1.234", "", "01", "1,000", "1234567890123456")) {
            invalid(post(path, programBody("budget", money(amount, "IDR"))), "budget.amount");
        }
        invalid(post(path, programBody("budget", body("currency", "IDR"))), "budget.amount");
    }

    @Test
    void budgetCurrencyMustBeIso4217() {
        String path = programsOf(Fixtures.partnership());
        for (String currency : List.of("XYZ", "idr", "RUPIAH", "")) {
            invalid(post(path, programBody("budget", money("100", currency))), "budget.currency");
        }
        invalid(post(path, programBody("budget", body("amount", "100"))), "budget.currency");
        invalid(post(path, programBody("budget", "100 IDR")), "budget");
    }

    @Test
    void unknownEnumValuesNameTheAllowedValues() {
        String path = programsOf(Fixtures.partnership());
        invalid(post(path, programBody("sector", "FARMING")), "sector")
                .body("errors[0].allowedValues", hasItems("AGRICULTURE", "FISHERIES_AND_MARINE", "OTHER"));
        invalid(post(path, programBody("status", "DONE")), "status")
                .body("errors[0].allowedValues", hasItems("PROPOSED", "STALLED", "CANCELLED"));
        invalid(post(path, programBody("status", "STALLED", "obstacles", List.of("MONEY"))), "obstacles[0]")
                .body("errors[0].allowedValues", hasItems("NO_BUDGET", "CLIMATE_OR_GEOGRAPHY"));
        invalid(post(path, programBody("side", "EVERYWHERE")), "side").body("errors[0].allowedValues", hasItem("BOTH"));
    }

    @Test
    void leadAgencyMustExist() {
        invalid(post(programsOf(Fixtures.partnership()), programBody("leadAgencyId", UNKNOWN_ID)), "leadAgencyId")
                .body("errors[0].message", containsString(UNKNOWN_ID));
        invalid(post(programsOf(Fixtures.partnership()), programBody("leadAgencyId", "dinas")), "leadAgencyId");
    }

    @Test
    void anyActorCanLeadAProgram() {
        String university = actor("ACADEMIC", unique("IPB"), "ID");
        post(programsOf(Fixtures.partnership()), programBody("leadAgencyId", university))
                .statusCode(201)
                .body("leadAgency.kind", equalTo("ACADEMIC"));
    }

    @Test
    void unknownOrMalformedPartnershipIsRejected() {
        problem(post(programsOf(UNKNOWN_ID), programBody()), 404);
        invalid(post(programsOf("ntb-zhejiang"), programBody()), "partnershipId");
        problem(given().get(programsOf(UNKNOWN_ID)).then(), 404);
    }

    @Test
    void unknownPropertiesAndServerFieldsAreRejected() {
        String path = programsOf(Fixtures.partnership());
        invalid(post(path, programBody("budgetAmount", "100")), "budgetAmount")
                .body("errors[0].allowedValues", hasItem("budget"));
        invalid(post(path, programBody("id", UNKNOWN_ID)), "id");
        invalid(post(path, programBody("partnershipId", UNKNOWN_ID)), "partnershipId");
        invalid(post(path, programBody("leadAgency", body("id", UNKNOWN_ID))), "leadAgency");
    }

    @Test
    void malformedMissingOrWronglyTypedBodiesAreRejected() {
        String path = programsOf(Fixtures.partnership());
        problem(
                given().contentType(ContentType.JSON)
                        .body("{\"sector\": ")
                        .post(path)
                        .then(),
                400);
        invalid(given().contentType(ContentType.JSON).post(path).then(), "$");
        invalid(given().contentType(ContentType.JSON).body("[]").post(path).then(), "$");
        problem(
                given().contentType(ContentType.TEXT)
                        .body("Blueberries")
                        .post(path)
                        .then(),
                415);
        given().get(path).then().statusCode(200).body("totalItems", equalTo(0));
    }
}
