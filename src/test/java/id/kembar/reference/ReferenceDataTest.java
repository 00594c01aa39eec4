package id.kembar.reference;

import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceDataTest {

    /** The names frontends hard-code: changing one breaks them. */
    private static final List<String> NAMES = List.of(
            "partnership-types",
            "partnership-stages",
            "milestone-types",
            "milestone-statuses",
            "sides",
            "sectors",
            "program-statuses",
            "obstacles",
            "actor-kinds",
            "government-levels",
            "participant-roles",
            "finding-codes",
            "finding-severities",
            "roles",
            "api-key-statuses",
            "resource-types",
            "change-operations",
            "author-kinds",
            "region-levels");

    private static final String NOT_BLANK = "(?s).*\\S.*";

    private static JsonPath list(String name) {
        return given().get("/api/v1/reference/" + name)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void indexListsEveryCodeListWithItsCodeCount() {
        JsonPath index = given().get("/api/v1/reference")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .header("ETag", notNullValue())
                .extract()
                .jsonPath();
        assertThat(index.getList("items.name"), contains(NAMES.toArray()));
        for (String name : NAMES) {
            String item = "items.find { it.name == '" + name + "' }.";
            JsonPath list = list(name);
            assertThat(index.getString(item + "schema"), equalTo(list.getString("schema")));
            assertThat(index.getString(item + "englishTitle"), equalTo(list.getString("englishTitle")));
            assertThat(index.getString(item + "indonesianTitle"), equalTo(list.getString("indonesianTitle")));
            assertThat(
                    index.getInt(item + "codeCount"),
                    equalTo(list.getList("codes").size()));
        }
    }

    @Test
    void everyCodeHasBothLabelsAndADescriptionAndNoLabelRepeats() {
        for (String name : NAMES) {
            JsonPath list = list(name);
            assertThat(name, list.getString("name"), equalTo(name));
            for (String field : List.of("schema", "englishTitle", "indonesianTitle", "description")) {
                assertThat(name + " " + field, list.getString(field), matchesPattern(NOT_BLANK));
            }
            assertThat(name, list.getList("codes"), not(hasSize(0)));
            for (String field : List.of("code", "englishLabel", "indonesianLabel", "description")) {
                List<String> values = list.getList("codes." + field);
                assertThat(name + " " + field, values, everyItem(matchesPattern(NOT_BLANK)));
                if (!field.equals("description")) {
                    // two codes with one label could not be told apart in a drop-down
                    assertThat(name + " " + field + " repeats", new HashSet<>(values).size(), equalTo(values.size()));
                }
            }
        }
    }

    @Test
    void aListGivesItsCodesInDeclarationOrderWithTheirLabels() {
        given().get("/api/v1/reference/partnership-types")
                .then()
                .statusCode(200)
                .body("schema", equalTo("PartnershipType"))
                .body("indonesianTitle", equalTo("Jenis kerja sama"))
                .body(
                        "codes.code",
                        contains("SISTER_PROVINCE", "SISTER_CITY", "FRIENDSHIP", "OTHER_REGIONAL", "INSTITUTIONAL"))
                .body("codes.find { it.code == 'SISTER_CITY' }.englishLabel", equalTo("Sister city"))
                .body("codes.find { it.code == 'SISTER_CITY' }.indonesianLabel", equalTo("Kota/kabupaten kembar"));
        given().get("/api/v1/reference/obstacles")
                .then()
                .statusCode(200)
                .body("codes.find { it.code == 'NO_BUDGET' }.indonesianLabel", equalTo("Tidak ada anggaran"));
    }

    @Test
    void getWithTheCurrentEtagInIfNoneMatchIs304() {
        for (String path : List.of("/api/v1/reference", "/api/v1/reference/sectors")) {
            String etag = given().get(path).then().statusCode(200).extract().header("ETag");
            assertThat(etag, matchesPattern("\"[0-9]+\""));
            given().header("If-None-Match", etag)
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", etag);
            given().header("If-None-Match", "\"1\"").get(path).then().statusCode(200);
        }
        assertThat(
                given().get("/api/v1/reference/sides").then().extract().header("ETag"),
                not(equalTo(given().get("/api/v1/reference/sectors")
                        .then()
                        .extract()
                        .header("ETag"))));
    }

    @Test
    void unknownListIs404NamingTheLists() {
        problem(given().get("/api/v1/reference/currencies").then(), 404)
                .body("detail", containsString("currencies"))
                .body("detail", containsString("partnership-types"))
                .body("detail", containsString("finding-severities"));
    }

    @Test
    void malformedListNameIs400NamingTheLists() {
        for (String name : List.of("Sides", "PARTNERSHIP-TYPES", "partnership_types", "a..b", "sides-", "-sides")) {
            invalid(
                            given().urlEncodingEnabled(false)
                                    .get("/api/v1/reference/" + name)
                                    .then(),
                            "name")
                    .body("errors[0].allowedValues", contains(NAMES.toArray()));
        }
    }

    @Test
    void pathsThatLeaveTheListAreProblemsNotErrors() {
        for (String path : List.of(
                "/api/v1/reference/..",
                "/api/v1/reference/../actors/x",
                "/api/v1/reference/sides/x",
                "/api/v1/reference/%2e%2e%2fsides")) {
            int status = given().noFilters()
                    .urlEncodingEnabled(false)
                    .get(path)
                    .then()
                    .extract()
                    .statusCode();
            assertThat(path, status, either(equalTo(400)).or(equalTo(404)));
            problem(given().noFilters().urlEncodingEnabled(false).get(path).then(), status);
        }
    }

    @Test
    void unknownQueryParameterIs400() {
        invalid(given().get("/api/v1/reference?lang=id").then(), "lang");
        invalid(given().get("/api/v1/reference/sides?page=1").then(), "page");
    }
}
