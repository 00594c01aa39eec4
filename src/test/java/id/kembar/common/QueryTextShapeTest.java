package id.kembar.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.kembar.support.ProgramFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lists keep their query text per shape (which filters, order and page form a request has) and bind each request's
 * values to it: pages of every size and position, asked in any order and between requests of the same shape for other
 * values, are the slices of the whole list, each with its own values' total.
 */
@QuarkusTest
class QueryTextShapeTest {

    @Test
    void pagesOfEverySizeAndPositionAreSlicesOfTheWholeListWhateverCameBefore() {
        List<String> solomon = new ArrayList<>();
        List<String> kiribati = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            solomon.add(ProgramFixtures.partnershipIn("35.78", "SB"));
        }
        for (int i = 0; i < 3; i++) {
            kiribati.add(ProgramFixtures.partnershipIn("34", "KI"));
        }
        for (String sort : List.of("title", "-title")) {
            List<String> wholeSolomon = ids("/api/v1/partnerships?partnerCountry=SB&pageSize=100&sort=" + sort);
            List<String> wholeKiribati = ids("/api/v1/partnerships?partnerCountry=KI&pageSize=100&sort=" + sort);
            assertThat(
                    wholeSolomon.stream().sorted().toList(),
                    equalTo(solomon.stream().sorted().toList()));
            assertThat(
                    wholeKiribati.stream().sorted().toList(),
                    equalTo(kiribati.stream().sorted().toList()));
            for (int size = 1; size <= 3; size++) {
                for (int page = 3; page >= 1; page--) {
                    // the same shape for the other country between the pages of one
                    JsonPath other = page("KI", sort, size, page);
                    assertThat(other.getList("items.id"), equalTo(slice(wholeKiribati, size, page)));
                    assertThat(other.getInt("totalItems"), equalTo(3));
                    JsonPath own = page("SB", sort, size, page);
                    assertThat(own.getList("items.id"), equalTo(slice(wholeSolomon, size, page)));
                    assertThat(own.getInt("totalItems"), equalTo(5));
                }
            }
            // past the last page: no items, and still the total of its own values
            assertThat(page("SB", sort, 2, 4).getList("items"), hasSize(0));
            assertThat(page("SB", sort, 2, 4).getInt("totalItems"), equalTo(5));
            assertThat(page("KI", sort, 2, 4).getInt("totalItems"), equalTo(3));
        }
    }

    private static JsonPath page(String country, String sort, int size, int page) {
        return given().queryParam("partnerCountry", country)
                .queryParam("sort", sort)
                .queryParam("pageSize", size)
                .queryParam("page", page)
                .get("/api/v1/partnerships")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> ids(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static List<String> slice(List<String> whole, int size, int page) {
        int from = Math.min(whole.size(), (page - 1) * size);
        return whole.subList(from, Math.min(whole.size(), from + size));
    }
}
