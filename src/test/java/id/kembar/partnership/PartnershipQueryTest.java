package id.kembar.partnership;

import static id.kembar.support.ETagMatchers.tagOfVersion;
import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.partnership;
import static id.kembar.support.Fixtures.province;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnershipQueryTest {

    static List<String> ids(String query) {
        return given().when()
                .get("/api/v1/partnerships?" + query)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @Test
    void getReturnsThePartnershipWithItsEtag() {
        String id = partnership();
        given().when()
                .get("/api/v1/partnerships/" + id)
                .then()
                .statusCode(200)
                .header("ETag", tagOfVersion(0))
                .header("Cache-Control", "no-store")
                .body("id", equalTo(id))
                .body("type", equalTo("SISTER_CITY"));
        given().header(
                        "If-None-Match",
                        given().get("/api/v1/partnerships/" + id).header("ETag"))
                .get("/api/v1/partnerships/" + id)
                .then()
                .statusCode(304);
    }

    @Test
    void unknownIdIs404AndMalformedIdIs400NamingIt() {
        problem(
                given().get("/api/v1/partnerships/" + PartnershipCreateTest.UNKNOWN)
                        .then(),
                404);
        invalid(given().get("/api/v1/partnerships/not-a-uuid").then(), "partnershipId");
        problem(given().get("/api/v1/partnerships/" + partnership() + "/").then(), 404);
    }

    @Test
    void filtersByTypeRepeatable() {
        String tag = unique("Type");
        String local = city(tag + " kota", "32.71");
        String partner = foreignGovernment(tag + " city", "JP", "CITY");
        String sister = partnership(local, partner, "SISTER_CITY");
        String friendship = partnership(local, partner, "FRIENDSHIP");
        String other = partnership(local, partner, "OTHER_REGIONAL");
        assertThat(ids("q=" + tag + "&type=FRIENDSHIP"), contains(friendship));
        assertThat(ids("q=" + tag + "&type=FRIENDSHIP&type=SISTER_CITY"), containsInAnyOrder(friendship, sister));
        assertThat(ids("q=" + tag), containsInAnyOrder(friendship, sister, other));
        assertThat(ids("q=" + tag + "&type=SISTER_PROVINCE"), empty());
        invalid(given().get("/api/v1/partnerships?type=TWINNING").then(), "type")
                .body("errors[0].allowedValues", hasItems("SISTER_PROVINCE", "SISTER_CITY", "INSTITUTIONAL"));
    }

    @Test
    void filtersByLocalGovernmentAndPartner() {
        String tag = unique("Sides");
        String bogor = city(tag + " bogor", "32.71");
        String tangsel = city(tag + " tangsel", "36.74");
        String kisarazu = foreignGovernment(tag + " kisarazu", "JP", "CITY");
        String daejeon = foreignGovernment(tag + " daejeon", "KR", "CITY");
        String bogorKisarazu = partnership(bogor, kisarazu, "FRIENDSHIP");
        String bogorDaejeon = partnership(bogor, daejeon, "FRIENDSHIP");
        String tangselDaejeon = partnership(tangsel, daejeon, "FRIENDSHIP");
        assertThat(ids("localGovernmentId=" + bogor), containsInAnyOrder(bogorKisarazu, bogorDaejeon));
        assertThat(ids("partnerId=" + daejeon), containsInAnyOrder(bogorDaejeon, tangselDaejeon));
        assertThat(ids("localGovernmentId=" + tangsel + "&partnerId=" + daejeon), contains(tangselDaejeon));
        assertThat(ids("localGovernmentId=" + tangsel + "&partnerId=" + kisarazu), empty());
        invalid(given().get("/api/v1/partnerships?localGovernmentId=42").then(), "localGovernmentId");
        invalid(given().get("/api/v1/partnerships?partnerId=xyz").then(), "partnerId");
    }

    @Test
    void provinceRegionCodeAlsoMatchesItsCitiesAndRegencies() {
        String tag = unique("Region");
        String partner = foreignGovernment(tag + " zhejiang", "CN", "PROVINCE");
        String jabar = partnership(province(tag + " jabar", "32"), partner, "FRIENDSHIP");
        String bogor = partnership(city(tag + " bogor", "32.71"), partner, "FRIENDSHIP");
        String tangsel = partnership(city(tag + " tangsel", "36.74"), partner, "FRIENDSHIP");
        String ntt = partnership(province(tag + " ntt", "53"), partner, "FRIENDSHIP");
        assertThat(ids("q=" + tag + "&localRegionCode=32"), containsInAnyOrder(jabar, bogor));
        assertThat(ids("q=" + tag + "&localRegionCode=32.71"), contains(bogor));
        assertThat(ids("q=" + tag + "&localRegionCode=36"), contains(tangsel));
        assertThat(ids("q=" + tag + "&localRegionCode=53"), contains(ntt));
    }

    @Test
    void malformedRegionCodeIs400() {
        for (String bad : new String[] {"3", "32.7", "ID-JB", "32.71.01.1001", "32-71"}) {
            invalid(given().get("/api/v1/partnerships?localRegionCode=" + bad).then(), "localRegionCode");
        }
    }

    @Test
    void filtersByPartnerCountryRepeatable() {
        String tag = unique("Country");
        String local = province(tag + " prov", "52");
        String japan = partnership(local, foreignGovernment(tag + " chiba", "JP", "PREFECTURE"), "FRIENDSHIP");
        String korea = partnership(local, foreignGovernment(tag + " daejeon", "KR", "CITY"), "FRIENDSHIP");
        String china = partnership(local, foreignGovernment(tag + " zhejiang", "CN", "PROVINCE"), "SISTER_PROVINCE");
        assertThat(ids("q=" + tag + "&partnerCountry=CN"), contains(china));
        assertThat(ids("q=" + tag + "&partnerCountry=JP&partnerCountry=KR"), containsInAnyOrder(japan, korea));
        assertThat(ids("q=" + tag + "&partnerCountry=DE"), empty());
        // lists of each length, which the query binds a value per parameter, padded to 4 and 8 with the last one
        assertThat(
                ids("q=" + tag + "&partnerCountry=KR&partnerCountry=DE&partnerCountry=CN"),
                containsInAnyOrder(korea, china));
        given().get("/api/v1/partnerships?q=" + tag
                        + "&partnerCountry=DE&partnerCountry=FR&partnerCountry=JP&partnerCountry=US&partnerCountry=CN")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", containsInAnyOrder(japan, china));
        invalid(given().get("/api/v1/partnerships?partnerCountry=XX").then(), "partnerCountry");
        invalid(
                given().get("/api/v1/partnerships?partnerCountry=JP&partnerCountry=JPN")
                        .then(),
                "partnerCountry");
    }

    @Test
    void textSearchCoversEveryTextFieldAndBothSidesCaseInsensitively() {
        String local = city(unique("Kota"), "36.74");
        String partner = foreignGovernment(unique("City"), "KR", "CITY");
        String inTitle = unique("title");
        String inDescription = unique("description");
        String inObjectives = unique("objectives");
        String inReference = unique("ref");
        String byTitle = partnership(local, partner, "FRIENDSHIP", "title", "Kerja sama " + inTitle);
        String byDescription = partnership(local, partner, "SISTER_CITY", "description", "About " + inDescription);
        String byObjectives = partnership(local, partner, "OTHER_REGIONAL", "objectives", inObjectives + " goals");
        String byReference = partnership(
                local, foreignGovernment(unique("City"), "KR", "CITY"), "FRIENDSHIP", "referenceNumber", inReference);
        assertThat(ids("q=" + inTitle.toUpperCase()), contains(byTitle));
        assertThat(ids("q=" + inDescription.toUpperCase()), contains(byDescription));
        assertThat(ids("q=" + inObjectives), contains(byObjectives));
        assertThat(ids("q=" + inReference.toUpperCase()), contains(byReference));

        String localName = unique("Kota Tangerang Selatan");
        String partnerName = unique("Daejeon Metropolitan City");
        String bySides =
                partnership(city(localName, "36.74"), foreignGovernment(partnerName, "KR", "CITY"), "FRIENDSHIP");
        assertThat(ids("q=" + localName.toLowerCase()), contains(bySides));
        assertThat(ids("q=" + partnerName.toUpperCase()), contains(bySides));
        // whole words: part of one finds nothing
        assertThat(ids("q=" + inTitle.substring(0, inTitle.length() - 1)), empty());
    }

    @Test
    void filtersByUpdatedSince() {
        String tag = unique("Since");
        String local = city(tag + " kota", "32.71");
        String partner = foreignGovernment(tag + " city", "JP", "CITY");
        String first = partnership(local, partner, "FRIENDSHIP");
        String second = partnership(local, partner, "SISTER_CITY");
        String since =
                given().get("/api/v1/partnerships/" + second).then().extract().path("updatedAt");
        assertThat(ids("q=" + tag + "&updatedSince=" + since), contains(second));
        given().contentType("application/merge-patch+json")
                .body("{\"objectives\": \"touched\"}")
                .patch("/api/v1/partnerships/" + first)
                .then()
                .statusCode(200);
        assertThat(ids("q=" + tag + "&updatedSince=" + since), containsInAnyOrder(first, second));
        assertThat(ids("q=" + tag + "&updatedSince=2000-01-01T00:00:00Z"), hasSize(2));
        assertThat(ids("q=" + tag + "&updatedSince=2999-01-01T00:00:00Z"), empty());
        invalid(given().get("/api/v1/partnerships?updatedSince=2026-01-01").then(), "updatedSince");
    }

    @Test
    void pagesCarryTheEnvelopeAndLinksThatKeepTheFilters() {
        String tag = unique("Page");
        String local = city(tag + " kota", "32.71");
        String partner = actor("ACADEMIC", tag + " univ", "JP");
        for (int i = 1; i <= 3; i++) {
            partnership(local, foreignGovernment(unique("City"), "JP", "CITY"), "FRIENDSHIP", "title", tag + " " + i);
        }
        partnership(local, partner, "INSTITUTIONAL", "title", tag + " 4");
        Response page2 = given().when().get("/api/v1/partnerships?q=" + tag + "&type=FRIENDSHIP&pageSize=2&page=2");
        page2.then()
                .statusCode(200)
                .body("items.title", contains(tag + " 3"))
                .body("page", equalTo(2))
                .body("pageSize", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        List<String> links = page2.headers().getValues("Link");
        String base = "/api/v1/partnerships?q=" + tag.replace(" ", "%20") + "&type=FRIENDSHIP&pageSize=2&page=";
        assertThat(
                links.stream().map(l -> l.replaceAll("^<https?://[^/]+", "<")).toList(),
                containsInAnyOrder(
                        "<" + base + "1>; rel=\"first\"",
                        "<" + base + "1>; rel=\"prev\"",
                        "<" + base + "2>; rel=\"last\""));
        given().get("/api/v1/partnerships?q=" + tag)
                .then()
                .statusCode(200)
                .body("items.title", contains(tag + " 1", tag + " 2", tag + " 3", tag + " 4"))
                .body("page", equalTo(1))
                .body("pageSize", equalTo(20))
                .body("totalItems", equalTo(4))
                .body("totalPages", equalTo(1));
    }

    @Test
    void unknownFilterAndOutOfRangePagingAre400() {
        invalid(given().get("/api/v1/partnerships?country=JP").then(), "country")
                .body(
                        "errors[0].allowedValues",
                        hasItems(
                                "partnerCountry",
                                "localRegionCode",
                                "type",
                                "q",
                                "validFromFrom",
                                "updatedSince",
                                "sort"));
        invalid(given().get("/api/v1/partnerships?pageSize=201").then(), "pageSize");
        invalid(given().get("/api/v1/partnerships?page=0").then(), "page");
        invalid(given().get("/api/v1/partnerships?q=" + "x".repeat(201)).then(), "q");
    }
}
