package id.kembar.actor;

import static id.kembar.support.ETagMatchers.tagOfVersion;
import static id.kembar.support.Fixtures.actor;
import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.city;
import static id.kembar.support.Fixtures.create;
import static id.kembar.support.Fixtures.foreignGovernment;
import static id.kembar.support.Fixtures.province;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActorQueryTest {

    private static List<String> names(String query) {
        return given().when()
                .get("/api/v1/actors?" + query)
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
    }

    @Test
    void getReturnsTheActorWithItsEtag() {
        String parent = province(unique("Prov"), "52");
        String id = create(
                "/api/v1/actors", body("kind", "AGENCY", "name", unique("Dinas"), "country", "ID", "parentId", parent));
        given().when()
                .get("/api/v1/actors/" + id)
                .then()
                .statusCode(200)
                .header("ETag", tagOfVersion(0))
                .header("Cache-Control", "no-store")
                .body("id", equalTo(id))
                .body("parentId", equalTo(parent))
                .body("parent.id", equalTo(parent))
                .body("parent.kind", equalTo("GOVERNMENT"));
    }

    @Test
    void getWithCurrentEtagInIfNoneMatchIs304() {
        String id = actor("NGO", unique("LSM"), "ID");
        String etag = given().get("/api/v1/actors/" + id).header("ETag");
        given().header("If-None-Match", etag)
                .when()
                .get("/api/v1/actors/" + id)
                .then()
                .statusCode(304)
                .header("ETag", tagOfVersion(0));
        // the version alone is not the representation's tag
        given().header("If-None-Match", "\"0\"")
                .when()
                .get("/api/v1/actors/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void unknownIdIs404AndMalformedIdIs400() {
        problem(
                given().get("/api/v1/actors/3fa85f64-5717-4562-b3fc-2c963f66afa6")
                        .then(),
                404);
        invalid(given().get("/api/v1/actors/not-a-uuid").then(), "actorId");
    }

    @Test
    void filtersByKindCountryAndLevel() {
        String tag = unique("Filter");
        actor("NGO", tag + " lsm", "ID");
        actor("ACADEMIC", tag + " univ", "JP");
        foreignGovernment(tag + " kisarazu", "JP", "CITY");
        assertThat(names("q=" + tag + "&kind=NGO"), contains(tag + " lsm"));
        assertThat(names("q=" + tag + "&kind=NGO&kind=ACADEMIC"), containsInAnyOrder(tag + " lsm", tag + " univ"));
        assertThat(names("q=" + tag + "&country=JP"), contains(tag + " kisarazu", tag + " univ"));
        assertThat(names("q=" + tag + "&country=JP&sort=-name"), contains(tag + " univ", tag + " kisarazu"));
        assertThat(names("q=" + tag + "&country=JP&sort=kind"), contains(tag + " univ", tag + " kisarazu"));
        assertThat(
                names("q=" + tag + "&country=JP&country=ID"), contains(tag + " kisarazu", tag + " lsm", tag + " univ"));
        assertThat(names("q=" + tag + "&governmentLevel=CITY"), contains(tag + " kisarazu"));
    }

    @Test
    void regionCodeOfAProvinceMatchesItsCitiesAndRegencies() {
        String tag = unique("Region");
        province(tag + " jabar", "32");
        city(tag + " bogor", "32.71");
        city(tag + " tangsel", "36.74");
        foreignGovernment(tag + " zhejiang", "CN", "PROVINCE");
        assertThat(names("q=" + tag + "&regionCode=32"), containsInAnyOrder(tag + " jabar", tag + " bogor"));
        assertThat(names("q=" + tag + "&regionCode=32.71"), contains(tag + " bogor"));
        invalid(given().get("/api/v1/actors?regionCode=3").then(), "regionCode");
    }

    @Test
    void filtersByParentAndUpdatedSince() {
        String tag = unique("Parent");
        String parent = province(tag + " prov", "53");
        create("/api/v1/actors", body("kind", "AGENCY", "name", tag + " dinas", "country", "ID", "parentId", parent));
        assertThat(names("parentId=" + parent), contains(tag + " dinas"));
        String future = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(names("q=" + tag + "&updatedSince=" + future), hasSize(0));
        assertThat(names("q=" + tag + "&updatedSince=2020-01-01T00:00:00Z"), hasSize(2));
        invalid(given().get("/api/v1/actors?updatedSince=yesterday").then(), "updatedSince");
    }

    @Test
    void textSearchIsCaseInsensitiveAndCoversAlternativeNames() {
        String tag = unique("Search");
        create(
                "/api/v1/actors",
                body(
                        "kind",
                        "GOVERNMENT",
                        "name",
                        tag + " Daejeon Metropolitan City",
                        "alternativeNames",
                        List.of("대전광역시 " + tag),
                        "country",
                        "KR",
                        "governmentLevel",
                        "CITY"));
        assertThat(names("q=" + tag.toUpperCase() + " DAEJEON"), contains(tag + " Daejeon Metropolitan City"));
        assertThat(names("q=대전광역시 " + tag), contains(tag + " Daejeon Metropolitan City"));
        assertThat(names("q=" + tag + "%25"), hasSize(0));
    }

    @Test
    void unknownFilterOrBadValueIs400NamingWhatIsAllowed() {
        invalid(given().get("/api/v1/actors?knd=NGO").then(), "knd")
                .body("errors[0].allowedValues", hasItems("kind", "country", "q", "page"));
        invalid(given().get("/api/v1/actors?kind=SKPD").then(), "kind")
                .body("errors[0].allowedValues", hasItems("AGENCY", "GOVERNMENT"));
        invalid(given().get("/api/v1/actors?country=XX").then(), "country");
        invalid(given().get("/api/v1/actors?parentId=42").then(), "parentId");
    }

    @Test
    void pagesCarryTheEnvelopeAndLinksThatKeepTheFilters() {
        String tag = unique("Page");
        for (int i = 1; i <= 5; i++) {
            actor("NGO", tag + " " + i, "ID");
        }
        Response page2 = given().when().get("/api/v1/actors?q=" + tag + "&pageSize=2&page=2");
        page2.then()
                .statusCode(200)
                .body("items.name", contains(tag + " 3", tag + " 4"))
                .body("page", equalTo(2))
                .body("pageSize", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3));
        List<String> links = page2.headers().getValues("Link");
        assertThat(links, hasSize(4));
        String base = "/api/v1/actors?q=" + tag.replace(" ", "%20") + "&pageSize=2&page=";
        assertThat(
                links.stream().map(l -> l.replaceAll("^<https?://[^/]+", "<")).toList(),
                containsInAnyOrder(
                        "<" + base + "1>; rel=\"first\"", "<" + base + "1>; rel=\"prev\"",
                        "<" + base + "3>; rel=\"next\"", "<" + base + "3>; rel=\"last\""));
        given().get("/api/v1/actors?q=" + tag + "&pageSize=2&page=4")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("totalItems", equalTo(5));
    }

    /** The links keep the filters as the client wrote them and carry one page each, however the page was written. */
    @Test
    void linksReplaceThePageAsTheClientWroteItAndKeepTheRest() {
        String tag = unique("Tautan");
        for (int i = 1; i <= 3; i++) {
            actor("NGO", tag + " " + i, "ID");
        }
        Response page2 = given().urlEncodingEnabled(false)
                .get("/api/v1/actors?q=" + tag.replace(" ", "+") + "&pageSize=1&pag%65=2");
        page2.then().statusCode(200).body("page", equalTo(2)).body("items.name", contains(tag + " 2"));
        String base = "/api/v1/actors?q=" + tag.replace(" ", "+") + "&pageSize=1&page=";
        assertThat(
                page2.headers().getValues("Link").stream()
                        .map(l -> l.replaceAll("^<https?://[^/]+", "<"))
                        .toList(),
                containsInAnyOrder(
                        "<" + base + "1>; rel=\"first\"", "<" + base + "1>; rel=\"prev\"",
                        "<" + base + "3>; rel=\"next\"", "<" + base + "3>; rel=\"last\""));
    }

    @Test
    void outOfRangePagingIs400NotClamped() {
        invalid(given().get("/api/v1/actors?pageSize=201").then(), "pageSize");
        invalid(given().get("/api/v1/actors?pageSize=0").then(), "pageSize");
        invalid(given().get("/api/v1/actors?page=0").then(), "page");
        invalid(given().get("/api/v1/actors?page=abc").then(), "page");
    }

    @Test
    void sortsByAnyAllowedFieldWithIdBreakingTies() {
        String tag = unique("Sort");
        actor("NGO", tag + " b", "ID");
        actor("BUSINESS", tag + " a", "JP");
        actor("ACADEMIC", tag + " c", "DE");
        assertThat(names("q=" + tag + "&sort=-name"), contains(tag + " c", tag + " b", tag + " a"));
        assertThat(names("q=" + tag + "&sort=country"), contains(tag + " c", tag + " b", tag + " a"));
        assertThat(names("q=" + tag + "&sort=kind,name"), contains(tag + " c", tag + " a", tag + " b"));
        invalid(given().get("/api/v1/actors?sort=colour").then(), "sort")
                .body("errors[0].allowedValues", hasItems("name", "kind", "country", "regionCode", "createdAt"));
    }
}
