package id.kembar.actor;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.create;
import static id.kembar.support.Fixtures.etag;
import static id.kembar.support.Fixtures.participant;
import static id.kembar.support.Fixtures.partnership;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An actor's region code must be real: an Indonesian one in the Kemendagri list and of the government's level, a
 * foreign one in ISO 3166-2 and of the actor's country. The 400 says what the code is and which one is near; nothing
 * is written. Filters refuse codes that do not exist; actors stored with one are listed for the operator.
 */
@QuarkusTest
class RegionCodeTest {

    @Inject
    EntityManager em;

    @Inject
    RegionCodeCheck check;

    private static Map<String, Object> government(String name, String country, String level, String code) {
        return body(
                "kind", "GOVERNMENT", "name", name, "country", country, "governmentLevel", level, "regionCode", code);
    }

    /** A refused write: 400 on regionCode with the message, and no actor of that name afterwards. */
    private static void refused(Map<String, Object> actor, String... says) {
        var response = invalid(
                given().contentType(ContentType.JSON)
                        .body(actor)
                        .post("/api/v1/actors")
                        .then(),
                "regionCode");
        for (String text : says) {
            response.body("errors[0].message", containsString(text));
        }
        given().queryParam("q", actor.get("name"))
                .get("/api/v1/actors")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void anIndonesianCodeMustBeInTheKemendagriList() {
        refused(government(unique("Prov"), "ID", "PROVINCE", "99"), "99 is no Indonesian province", "level=PROVINCE");
        refused(
                government(unique("Kota"), "ID", "CITY", "32.99"),
                "32.99 is no regency or city of Jawa Barat (32)",
                "/api/v1/reference/regions?parent=32");
    }

    @Test
    void aGovernmentsCodeMustBeOfItsLevel() {
        refused(
                government(unique("Kab"), "ID", "REGENCY", "32.71"),
                "32.71 is Kota Bogor, a city (governmentLevel CITY)",
                "Kabupaten Bogor is 32.01");
        refused(government(unique("Kota"), "ID", "CITY", "32.01"), "32.01 is Kabupaten Bogor", "Kota Bogor is 32.71");
        refused(
                government(unique("Kota"), "ID", "CITY", "36.03"),
                "36.03 is Kabupaten Tangerang",
                "Kota Tangerang is 36.71");
        refused(government(unique("Prov"), "ID", "PROVINCE", "32.71"), "lies in Jawa Barat, which is 32");
        refused(
                government(unique("Kota"), "ID", "CITY", "32"),
                "32 is the province Jawa Barat",
                "?parent=32&level=CITY");
        refused(government(unique("Kota"), "ID", "CITY", "32.71.01"), "not a district's or village's");
        refused(
                government(unique("Kab"), "ID", "REGENCY", "52"),
                "52 is the province Nusa Tenggara Barat",
                "?parent=52&level=REGENCY");
        refused(government(unique("Prov"), "ID", "PROVINCE", "52.01.01"), "which is 52");
        // a regency without a city of its name is pointed to the list
        refused(government(unique("Kota"), "ID", "CITY", "32.05"), "the cities of Jawa Barat are at");
        String kota = create("/api/v1/actors", government(unique("Kota"), "ID", "CITY", "32.71"));
        String kabupaten = create("/api/v1/actors", government(unique("Kab"), "ID", "REGENCY", "32.01"));
        assertThat(kota.equals(kabupaten), equalTo(false));
    }

    @Test
    void aForeignCodeMustBeInIso3166OfItsCountry() {
        refused(
                government(unique("Sheng"), "CN", "PROVINCE", "CN-ZZ"),
                "CN-ZZ is no ISO 3166-2 subdivision of China",
                "CN-ZJ",
                "/api/v1/reference/countries/CN/subdivisions");
        refused(
                government(unique("Ken"), "JP", "PREFECTURE", "CN-ZJ"),
                "must start with the actor's country code (JP-)");
        create("/api/v1/actors", government(unique("Zhejiang"), "CN", "PROVINCE", "CN-ZJ"));
    }

    @Test
    void otherActorsMayNameADistrictOfARealRegency() {
        create(
                "/api/v1/actors",
                body("kind", "NGO", "name", unique("Yayasan"), "country", "ID", "regionCode", "32.71.01"));
        refused(
                body("kind", "NGO", "name", unique("Yayasan"), "country", "ID", "regionCode", "32.99.01"),
                "32.99 is no regency or city of Jawa Barat");
        refused(
                body("kind", "ACADEMIC", "name", unique("Daigaku"), "country", "JP", "regionCode", "JP-99"),
                "JP-99 is no ISO 3166-2 subdivision of Japan");
    }

    @Test
    void summariesNameTheRegionBesideItsCode() {
        String bogor = create("/api/v1/actors", government(unique("Pemerintah Kota Bogor"), "ID", "CITY", "32.71"));
        String zhejiang = create("/api/v1/actors", government(unique("Zhejiang"), "CN", "PROVINCE", "CN-ZJ"));
        String ngo = create(
                "/api/v1/actors",
                body("kind", "NGO", "name", unique("Yayasan"), "country", "ID", "regionCode", "32.71.01"));
        String partnership = partnership(bogor, zhejiang, "FRIENDSHIP");
        participant(partnership, ngo, "IMPLEMENTER");
        // a stalled program without budget: a finding to show
        create(
                "/api/v1/partnerships/" + partnership + "/sector-programs",
                body("sector", "AGRICULTURE", "title", "Padi", "status", "STALLED", "obstacles", List.of("NO_BUDGET")));
        given().get("/api/v1/partnerships/" + partnership)
                .then()
                .statusCode(200)
                .body("localGovernment.regionCode", equalTo("32.71"))
                .body("localGovernment.regionName", equalTo("Kota Bogor"))
                .body("partner.regionName", equalTo("Zhejiang Sheng"));
        // a district's code has no name in the lists
        given().get("/api/v1/partnerships/" + partnership + "/participants")
                .then()
                .statusCode(200)
                .body("items.find { it.actorId == '" + ngo + "' }.actor.regionCode", equalTo("32.71.01"))
                .body("items.find { it.actorId == '" + ngo + "' }.actor.regionName", equalTo(null));
        given().header("Accept-Language", "id")
                .queryParam("partnershipId", partnership)
                .get("/api/v1/findings")
                .then()
                .statusCode(200)
                .body("items.size()", greaterThan(0))
                .body("items.localRegionName", everyItem(equalTo("Kota Bogor")))
                .body("items.partnerCountryName", everyItem(equalTo("Tiongkok")));
    }

    @Test
    void filtersRefuseCodesThatDoNotExist() {
        invalid(given().queryParam("regionCode", "99").get("/api/v1/actors").then(), "regionCode")
                .body("errors[0].message", containsString("99 is no Indonesian province"));
        invalid(given().queryParam("regionCode", "CN-ZZ").get("/api/v1/actors").then(), "regionCode");
        invalid(
                given().queryParam("localRegionCode", "32.99")
                        .get("/api/v1/partnerships")
                        .then(),
                "localRegionCode");
        invalid(
                given().queryParam("localRegionCode", "99")
                        .get("/api/v1/changes")
                        .then(),
                "localRegionCode");
        given().queryParam("localRegionCode", "32.71")
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200);
        given().queryParam("regionCode", "32.71.01")
                .get("/api/v1/actors")
                .then()
                .statusCode(200);
    }

    @Test
    void anActorStoredWithACodeNoListHasIsListedAndCanStillBeEdited() {
        String actor = city(unique("Kota lama"), "32.73");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update actor set region_code = '32.98' where id = ?1")
                        .setParameter(1, UUID.fromString(actor))
                        .executeUpdate());
        assertThat(check.check(), hasItem("32.98"));
        unknownCodes()
                .body("items.id", hasItem(actor))
                .body("items.find { it.id == '" + actor + "' }.regionCode", equalTo("32.98"));
        // an edit that leaves the code as it is goes through, also one that sends it again; the actor stays listed
        patch(actor, Map.of("email", "kerjasama@example.go.id")).statusCode(200);
        patch(actor, Map.of("regionCode", "32.98")).statusCode(200);
        unknownCodes().body("items.id", hasItem(actor));
        // another unknown code is refused; a real one takes it off the list
        invalid(patch(actor, Map.of("regionCode", "32.97")), "regionCode");
        patch(actor, Map.of("regionCode", "32.73")).statusCode(200);
        unknownCodes().body("items.id", not(hasItem(actor)));
        given().queryParam("regionCodeKnown", true)
                .queryParam("regionCode", "32.73")
                .queryParam("pageSize", 200)
                .get("/api/v1/actors")
                .then()
                .body("items.id", hasItem(actor));
    }

    private static ValidatableResponse unknownCodes() {
        return given().queryParam("regionCodeKnown", false)
                .queryParam("pageSize", 200)
                .get("/api/v1/actors")
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse patch(String actor, Map<String, Object> patch) {
        return given().contentType("application/merge-patch+json")
                .header("If-Match", etag("/api/v1/actors/" + actor))
                .body(patch)
                .patch("/api/v1/actors/" + actor)
                .then();
    }
}
