package id.kembar.partnership;

import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.create;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.partnership;
import static id.kembar.support.Fixtures.province;
import static id.kembar.support.Fixtures.regency;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Which actors may be the two sides of which type of partnership, and that each is registered once. */
@QuarkusTest
class PartnershipRulesTest {

    private static ValidatableResponse post(String type, String local, String partner) {
        return given().contentType(ContentType.JSON)
                .body(body(
                        "title", unique("Partnership"), "type", type, "localGovernmentId", local, "partnerId", partner))
                .when()
                .post("/api/v1/partnerships")
                .then();
    }

    private static String foreignCity() {
        return foreignGovernment(unique("City"), "KR", "CITY");
    }

    @Nested
    class Sides {

        @Test
        void bothSidesMustExist() {
            String unknown = PartnershipCreateTest.UNKNOWN;
            invalid(post("SISTER_CITY", unknown, foreignCity()), "localGovernmentId")
                    .body("errors[0].message", containsString(unknown));
            invalid(post("SISTER_CITY", city(unique("Kota"), "36.74"), unknown), "partnerId");
        }

        @Test
        void localGovernmentMustBeAnIndonesianGovernment() {
            String partner = foreignCity();
            invalid(post("FRIENDSHIP", actor("NGO", unique("LSM"), "ID"), partner), "localGovernmentId");
            invalid(
                    post(
                            "FRIENDSHIP",
                            create("/api/v1/actors", body("kind", "AGENCY", "name", unique("Dinas"), "country", "ID")),
                            partner),
                    "localGovernmentId");
            invalid(
                    post("FRIENDSHIP", foreignGovernment(unique("Zhejiang"), "CN", "PROVINCE"), partner),
                    "localGovernmentId");
        }

        @Test
        void sisterProvinceNeedsAProvinceOnTheLocalSide() {
            String partner = foreignGovernment(unique("Zhejiang"), "CN", "PROVINCE");
            invalid(post("SISTER_PROVINCE", city(unique("Kota"), "52.71"), partner), "localGovernmentId")
                    .body("errors[0].message", containsString("PROVINCE"));
            invalid(post("SISTER_PROVINCE", regency(unique("Kabupaten"), "52.01"), partner), "localGovernmentId");
            post("SISTER_PROVINCE", province(unique("NTB"), "52"), partner)
                    .statusCode(201)
                    .body("type", equalTo("SISTER_PROVINCE"));
        }

        @Test
        void sisterCityNeedsACityOrARegencyOnTheLocalSide() {
            String partner = foreignGovernment(unique("Hildesheim"), "DE", "CITY");
            invalid(post("SISTER_CITY", province(unique("Sumbar"), "13"), partner), "localGovernmentId")
                    .body("errors[0].message", containsString("CITY or REGENCY"));
            post("SISTER_CITY", city(unique("Kota Padang"), "13.71"), partner).statusCode(201);
            post("SISTER_CITY", regency(unique("Kabupaten"), "13.01"), partner).statusCode(201);
        }

        @Test
        void friendshipAndOtherRegionalTakeAnyLevelOfLocalGovernment() {
            String partner = foreignCity();
            post("FRIENDSHIP", province(unique("Banten"), "36"), partner).statusCode(201);
            post("FRIENDSHIP", city(unique("Kota"), "36.74"), partner).statusCode(201);
            post("OTHER_REGIONAL", province(unique("Banten"), "36"), partner).statusCode(201);
            post("OTHER_REGIONAL", regency(unique("Kabupaten"), "36.03"), partner)
                    .statusCode(201);
        }

        @Test
        void partnerMustBeOutsideIndonesia() {
            String local = city(unique("Kota"), "36.74");
            invalid(post("FRIENDSHIP", local, city(unique("Kota"), "32.71")), "partnerId")
                    .body("errors[0].message", containsString("outside Indonesia"));
            invalid(post("INSTITUTIONAL", local, actor("ACADEMIC", unique("Universitas"), "ID")), "partnerId");
        }

        @Test
        void regionalTypesNeedAForeignGovernmentPartner() {
            String university = actor("ACADEMIC", unique("Chungnam National University"), "KR");
            invalid(post("SISTER_PROVINCE", province(unique("Prov"), "53"), university), "partnerId")
                    .body("errors[0].message", containsString("INSTITUTIONAL"));
            for (String type : new String[] {"SISTER_CITY", "FRIENDSHIP", "OTHER_REGIONAL"}) {
                invalid(post(type, city(unique("Kota"), "53.71"), university), "partnerId");
            }
            invalid(
                    post("FRIENDSHIP", city(unique("Kota"), "53.71"), actor("BUSINESS", unique("Corp"), "KR")),
                    "partnerId");
        }

        @Test
        void institutionalTakesAForeignInstitutionButNotAPerson() {
            String local = city(unique("Kota"), "32.71");
            post("INSTITUTIONAL", local, actor("ACADEMIC", unique("Chiba University"), "JP"))
                    .statusCode(201)
                    .body("partner.kind", equalTo("ACADEMIC"));
            post("INSTITUTIONAL", local, actor("NGO", unique("JICA Alumni"), "JP"))
                    .statusCode(201);
            invalid(post("INSTITUTIONAL", local, actor("PERSON", unique("Mayor"), "JP")), "partnerId")
                    .body("errors[0].message", containsString("PERSON"));
        }

        @Test
        void bothSidesAreCheckedAtOnce() {
            invalid(
                    post("SISTER_PROVINCE", city(unique("Kota"), "32.71"), actor("PERSON", unique("Mr"), "JP")),
                    "localGovernmentId",
                    "partnerId");
        }
    }

    @Nested
    class Duplicates {

        @Test
        void duplicatePartnershipIs409NamingTheExistingOne() {
            String local = city(unique("Kota"), "36.74");
            String partner = foreignGovernment(unique("Daejeon"), "KR", "CITY");
            String existing = partnership(local, partner, "FRIENDSHIP");
            problem(post("FRIENDSHIP", local, partner), 409)
                    .body("existingId", equalTo(existing))
                    .body("detail", containsString(existing));
        }

        @Test
        void theSamePairWithAnotherTypeIsAnotherPartnership() {
            String local = city(unique("Kota"), "36.74");
            String partner = foreignGovernment(unique("Daejeon"), "KR", "CITY");
            partnership(local, partner, "FRIENDSHIP");
            post("SISTER_CITY", local, partner).statusCode(201).body("type", equalTo("SISTER_CITY"));
            post("OTHER_REGIONAL", local, partner).statusCode(201);
        }

        @Test
        void replaceThatWouldDuplicateIs409AndChangesNothing() {
            String local = city(unique("Kota"), "36.74");
            String partner = foreignGovernment(unique("Daejeon"), "KR", "CITY");
            String sister = partnership(local, partner, "SISTER_CITY");
            String friendship = partnership(local, partner, "FRIENDSHIP");
            problem(
                            given().contentType(ContentType.JSON)
                                    .body(body(
                                            "title",
                                            "Upgraded",
                                            "type",
                                            "SISTER_CITY",
                                            "localGovernmentId",
                                            local,
                                            "partnerId",
                                            partner))
                                    .put("/api/v1/partnerships/" + friendship)
                                    .then(),
                            409)
                    .body("existingId", equalTo(sister));
            given().get("/api/v1/partnerships/" + friendship)
                    .then()
                    .body("type", equalTo("FRIENDSHIP"))
                    .body("version", equalTo(0));
        }

        @Test
        void patchThatWouldDuplicateIs409() {
            String local = city(unique("Kota"), "36.74");
            String partner = foreignGovernment(unique("Daejeon"), "KR", "CITY");
            String otherPartner = foreignGovernment(unique("Daegu"), "KR", "CITY");
            String existing = partnership(local, partner, "FRIENDSHIP");
            String other = partnership(local, otherPartner, "FRIENDSHIP");
            problem(
                            given().contentType("application/merge-patch+json")
                                    .body("{\"partnerId\": \"" + partner + "\"}")
                                    .patch("/api/v1/partnerships/" + other)
                                    .then(),
                            409)
                    .body("existingId", equalTo(existing));
            given().get("/api/v1/partnerships/" + other).then().body("partnerId", equalTo(otherPartner));
        }

        @Test
        void replacingAPartnershipWithItsOwnSidesAndTypeIsNoDuplicate() {
            String local = city(unique("Kota"), "36.74");
            String partner = foreignGovernment(unique("Daejeon"), "KR", "CITY");
            String id = partnership(local, partner, "FRIENDSHIP");
            given().contentType(ContentType.JSON)
                    .body(body(
                            "title",
                            "Same sides",
                            "type",
                            "FRIENDSHIP",
                            "localGovernmentId",
                            local,
                            "partnerId",
                            partner))
                    .put("/api/v1/partnerships/" + id)
                    .then()
                    .statusCode(200)
                    .body("title", equalTo("Same sides"));
        }
    }
}
