package id.kembar.reference;

import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real regions as reference data: Indonesia's provinces, regencies and cities, the countries with their English
 * and official Indonesian names, and their subdivisions, each list filtered, paged and cacheable as the pickers of a
 * frontend need them.
 */
@QuarkusTest
class GeographyTest {

    @Test
    void theProvincesAreTheThirtyEightOfTheKemendagriList() {
        given().queryParam("level", "PROVINCE")
                .queryParam("pageSize", 200)
                .get("/api/v1/reference/regions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(38))
                .body("items.level", everyItem(equalTo("PROVINCE")))
                .body("items.parent", everyItem(equalTo(null)))
                .body("items.find { it.code == '96' }.name", equalTo("Papua Barat Daya"))
                .body("items.find { it.code == '52' }.name", equalTo("Nusa Tenggara Barat"))
                .body("items.find { it.code == '53' }.name", equalTo("Nusa Tenggara Timur"));
        given().queryParam("pageSize", 1)
                .get("/api/v1/reference/regions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(38 + 514));
    }

    @Test
    void aProvincesRegenciesAndCitiesAreListedUnderIt() {
        Response west =
                given().queryParam("parent", "32").queryParam("pageSize", 200).get("/api/v1/reference/regions");
        west.then()
                .statusCode(200)
                .body("items.parent", everyItem(equalTo("32")))
                .body("items.code", everyItem(startsWith("32.")))
                .body("items.find { it.code == '32.71' }.name", equalTo("Kota Bogor"))
                .body("items.find { it.code == '32.71' }.level", equalTo("CITY"))
                .body("items.find { it.code == '32.01' }.name", equalTo("Kabupaten Bogor"))
                .body("items.find { it.code == '32.01' }.level", equalTo("REGENCY"));
        given().queryParam("parent", "32")
                .queryParam("level", "CITY")
                .queryParam("pageSize", 200)
                .get("/api/v1/reference/regions")
                .then()
                .statusCode(200)
                .body("items.level", everyItem(equalTo("CITY")))
                .body("items.code", hasItems("32.71", "32.73"))
                .body("items.code", not(hasItem("32.01")));
        for (String[] known : List.of(
                new String[] {"36.74", "Kota Tangerang Selatan"},
                new String[] {"13.71", "Kota Padang"},
                new String[] {"52.71", "Kota Mataram"})) {
            given().queryParam("parent", known[0].substring(0, 2))
                    .queryParam("pageSize", 200)
                    .get("/api/v1/reference/regions")
                    .then()
                    .statusCode(200)
                    .body("items.find { it.code == '" + known[0] + "' }.name", equalTo(known[1]));
        }
    }

    @Test
    void regionsAreFoundByNameIgnoringCaseAndSortedAsAsked() {
        given().queryParam("q", "BOGOR")
                .get("/api/v1/reference/regions")
                .then()
                .statusCode(200)
                .body("items.code", contains("32.01", "32.71"));
        given().queryParam("q", "bogor")
                .queryParam("sort", "-name")
                .get("/api/v1/reference/regions")
                .then()
                .statusCode(200)
                .body("items.name", contains("Kota Bogor", "Kabupaten Bogor"));
        invalid(
                given().queryParam("sort", "population")
                        .get("/api/v1/reference/regions")
                        .then(),
                "sort");
    }

    @Test
    void aParentThatIsNoProvinceIsA400NotAnEmptyPage() {
        invalid(
                        given().queryParam("parent", "99")
                                .get("/api/v1/reference/regions")
                                .then(),
                        "parent")
                .body("errors[0].message", containsString("99 is no Indonesian province"))
                .body("errors[0].message", containsString("/api/v1/reference/regions?level=PROVINCE"));
        invalid(
                given().queryParam("parent", "3")
                        .get("/api/v1/reference/regions")
                        .then(),
                "parent");
        invalid(
                given().queryParam("parent", "32.71")
                        .get("/api/v1/reference/regions")
                        .then(),
                "parent");
        invalid(
                given().queryParam("level", "TOWN")
                        .get("/api/v1/reference/regions")
                        .then(),
                "level");
        invalid(
                given().queryParam("pageSize", 201)
                        .get("/api/v1/reference/regions")
                        .then(),
                "pageSize");
    }

    @Test
    void countriesAreNamedInEnglishOrInOfficialIndonesian() {
        given().queryParam("q", "china")
                .get("/api/v1/reference/countries")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("items.code", contains("CN"))
                .body("items[0].name", equalTo("China"))
                .body("items[0].subdivisions", equalTo(34));
        // Keppres 12/2014: Tiongkok, not Cina; the other names CLDR and iso-codes disagree on follow CLDR as well
        given().header("Accept-Language", "id")
                .queryParam("q", "tiongkok")
                .get("/api/v1/reference/countries")
                .then()
                .statusCode(200)
                .header("Content-Language", "id")
                .body("items.code", hasItem("CN"))
                .body("items.find { it.code == 'CN' }.name", equalTo("Tiongkok"));
        given().header("Accept-Language", "id")
                .queryParam("q", "cina")
                .get("/api/v1/reference/countries")
                .then()
                .statusCode(200)
                .body("items.code", not(hasItem("CN")));
        given().header("Accept-Language", "id")
                .queryParam("q", "korea selatan")
                .get("/api/v1/reference/countries")
                .then()
                .statusCode(200)
                .body("items.code", contains("KR"));
        // where CLDR's short form reads badly in a list, the name the foreign ministry writes
        given().header("Accept-Language", "id")
                .queryParam("q", "gading")
                .get("/api/v1/reference/countries")
                .then()
                .statusCode(200)
                .body("items.code", contains("CI"))
                .body("items[0].name", equalTo("Pantai Gading"));
        given().header("Accept-Language", "id")
                .queryParam("q", "hong kong")
                .get("/api/v1/reference/countries")
                .then()
                .statusCode(200)
                .body("items.name", contains("Hong Kong"));
        given().queryParam("q", "turkiye")
                .get("/api/v1/reference/countries")
                .then()
                .statusCode(200)
                .body("items.code", contains("TR"))
                .body("items[0].name", equalTo("Türkiye"));
        given().queryParam("pageSize", 200)
                .queryParam("page", 2)
                .get("/api/v1/reference/countries")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(249))
                .body("items.size()", equalTo(49));
    }

    @Test
    void aCountrysSubdivisionsAreItsIso3166Codes() {
        given().queryParam("pageSize", 200)
                .get("/api/v1/reference/countries/CN/subdivisions")
                .then()
                .statusCode(200)
                .body("items.country", everyItem(equalTo("CN")))
                .body("items.find { it.code == 'CN-ZJ' }.name", equalTo("Zhejiang Sheng"))
                .body("items.find { it.code == 'CN-JX' }.type", equalTo("Province"));
        given().queryParam("q", "wurttemberg")
                .get("/api/v1/reference/countries/DE/subdivisions")
                .then()
                .statusCode(200)
                .body("items.code", contains("DE-BW"));
        given().queryParam("parent", "FR-ARA")
                .queryParam("pageSize", 200)
                .get("/api/v1/reference/countries/FR/subdivisions")
                .then()
                .statusCode(200)
                .body("items.code", hasItem("FR-01"))
                .body("items.parent", everyItem(equalTo("FR-ARA")));
        for (String[] known :
                List.of(new String[] {"KR", "KR-30"}, new String[] {"JP", "JP-12"}, new String[] {"DE", "DE-NI"})) {
            given().queryParam("pageSize", 200)
                    .get("/api/v1/reference/countries/" + known[0] + "/subdivisions")
                    .then()
                    .statusCode(200)
                    .body("items.code", hasItem(known[1]));
        }
    }

    @Test
    void anUnknownCountryIsA404AndAWrongParentA400() {
        problem(given().get("/api/v1/reference/countries/XX/subdivisions").then(), 404)
                .body("detail", containsString("/api/v1/reference/countries"));
        invalid(given().get("/api/v1/reference/countries/cn/subdivisions").then(), "countryCode");
        invalid(
                        given().queryParam("parent", "DE-NI")
                                .get("/api/v1/reference/countries/FR/subdivisions")
                                .then(),
                        "parent")
                .body("errors[0].message", containsString("FR-"));
        invalid(
                        given().queryParam("parent", "FR-ZZZ")
                                .get("/api/v1/reference/countries/FR/subdivisions")
                                .then(),
                        "parent")
                .body("errors[0].message", containsString("no ISO 3166-2 subdivision of France"));
    }

    @Test
    void theListsMayBeKeptForADayAndRevalidated() {
        Response first = given().queryParam("parent", "52").get("/api/v1/reference/regions");
        first.then().statusCode(200).header("Cache-Control", "public, max-age=86400");
        String etag = first.header("ETag");
        given().queryParam("parent", "52")
                .header("If-None-Match", etag)
                .get("/api/v1/reference/regions")
                .then()
                .statusCode(304)
                .header("Cache-Control", "public, max-age=86400");
        assertThat(
                "another page has another tag",
                given().queryParam("parent", "53")
                        .get("/api/v1/reference/regions")
                        .header("ETag"),
                not(equalTo(etag)));
        String english = given().get("/api/v1/reference/countries").header("ETag");
        Response indonesian = given().header("Accept-Language", "id").get("/api/v1/reference/countries");
        indonesian.then().statusCode(200).header("Vary", containsString("Accept-Language"));
        assertThat("each language has its own tag", indonesian.header("ETag"), not(equalTo(english)));
        // the registry's own data is never kept
        given().get("/api/v1/partnerships").then().statusCode(200).header("Cache-Control", "no-store");
    }

    @Test
    void aCountryWithoutSubdivisionsListsNone() {
        given().get("/api/v1/reference/countries/VA/subdivisions")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("totalItems", equalTo(0));
    }
}
