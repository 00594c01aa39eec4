package id.kembar.apikey;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.unique;
import static id.kembar.support.ProblemAssert.invalid;
import static id.kembar.support.ProblemAssert.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.kembar.support.TestClock;
import id.kembar.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * API keys: an ADMIN creates one for a named client, sees its secret once, lists it without; the key authenticates
 * until it is revoked or expires, and its last use is recorded.
 */
@QuarkusTest
class ApiKeyTest {

    static final String KEYS = "/api/v1/api-keys";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSecretIsShownOnceAndNeverListed() {
        String name = unique("SIPD");
        var created = create(body("name", name, "roles", List.of("MINISTRY")))
                .statusCode(201)
                .header("Location", containsString(KEYS + "/"))
                .body("key", startsWith("kmb_"))
                .body("status", equalTo("ACTIVE"))
                .body("roles", equalTo(List.of("MINISTRY")))
                .body("regions", equalTo(List.of()))
                .body("createdBy", equalTo("test-ministry"))
                .body("lastUsedAt", nullValue())
                .extract();
        String key = created.path("key");
        String id = created.path("id");
        assertThatKeyStartsWithItsPrefix(key, created.path("prefix"));
        given().get(KEYS + "/" + id)
                .then()
                .statusCode(200)
                .body("key", nullValue())
                .body("name", equalTo(name));
        given().queryParam("pageSize", 200)
                .get(KEYS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.key", everyItem(nullValue()))
                .body(not(containsString(key.substring(21))));
    }

    @Test
    void aKeyAuthenticatesWithItsRolesAndRecordsItsUse() {
        var created = create(body("name", unique("Skrip"), "roles", List.of("MINISTRY")))
                .extract();
        String key = created.path("key");
        given().header("X-API-Key", key)
                .contentType(ContentType.JSON)
                .body(body("kind", "NGO", "name", unique("Lewat kunci"), "country", "ID"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201);
        given().get(KEYS + "/" + created.path("id")).then().body("lastUsedAt", notNullValue());
        // MINISTRY is not ADMIN: the key cannot make keys
        problem(
                given().header("X-API-Key", key)
                        .contentType(ContentType.JSON)
                        .body(body("name", unique("Lagi"), "roles", List.of("ADMIN")))
                        .post(KEYS)
                        .then(),
                403);
    }

    @Test
    void aRevokedKeyIsRefusedAndStaysListed() {
        var created = create(body("name", unique("Dicabut"), "roles", List.of("ADMIN")))
                .extract();
        String key = created.path("key");
        String id = created.path("id");
        given().header("X-API-Key", key).get(KEYS + "/" + id).then().statusCode(200);
        given().delete(KEYS + "/" + id).then().statusCode(204);
        given().delete(KEYS + "/" + id).then().statusCode(204);
        problem(given().header("X-API-Key", key).get(KEYS + "/" + id).then(), 401)
                .header("WWW-Authenticate", containsString("error=\"invalid_key\""))
                .body("detail", not(containsString(key)));
        given().get(KEYS + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedAt", notNullValue())
                .body("revokedBy", equalTo("test-ministry"));
    }

    @Test
    void aKeyExpires() {
        OffsetDateTime tomorrow = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1);
        var created = create(
                        body("name", unique("Sementara"), "roles", List.of("ADMIN"), "expiresAt", tomorrow.toString()))
                .extract();
        String key = created.path("key");
        String id = created.path("id");
        given().header("X-API-Key", key).get(KEYS + "/" + id).then().statusCode(200);
        clock.fixAt(LocalDate.now(ZoneOffset.UTC).plusDays(3));
        problem(given().header("X-API-Key", key).get(KEYS + "/" + id).then(), 401);
        given().get(KEYS + "/" + id).then().statusCode(200).body("status", equalTo("EXPIRED"));
    }

    @Test
    void keysThatAreNotKembarsAreRefused() {
        for (String key : List.of("kmb_0123456789abcdef_" + "x".repeat(43), "not-a-key", "Bearer kmb_")) {
            problem(given().header("X-API-Key", key).get(KEYS).then(), 401);
        }
    }

    @Test
    void onlyAnAdminManagesKeys() {
        for (String token : List.of(Tokens.withRoles("MINISTRY"), Tokens.editor("32"), Tokens.reader())) {
            problem(given().auth().oauth2(token).get(KEYS).then(), 403);
            problem(
                    given().auth()
                            .oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(body("name", unique("Bukan admin"), "roles", List.of("READER")))
                            .post(KEYS)
                            .then(),
                    403);
        }
        problem(given().header("X-Test-Anonymous", "yes").get(KEYS).then(), 401);
    }

    @Test
    void aKeyMustSayWhatItMayDo() {
        invalid(create(body("name", unique("Editor"), "roles", List.of("EDITOR"))), "regions");
        invalid(
                create(body("name", unique("Wilayah"), "roles", List.of("MINISTRY"), "regions", List.of("32"))),
                "regions");
        invalid(
                create(body("name", unique("Kode"), "roles", List.of("EDITOR"), "regions", List.of("32.71.01"))),
                "regions[0]");
        invalid(
                create(body("name", unique("Lalu"), "roles", List.of("ADMIN"), "expiresAt", "2020-01-01T00:00:00Z")),
                "expiresAt");
        invalid(create(body("name", " ", "roles", List.of("ADMIN"))), "name");
        invalid(create(body("name", unique("Tanpa peran"), "roles", List.of())), "roles");
        invalid(create(body("name", unique("Peran"), "roles", List.of("ROOT"))), "roles[0]");
    }

    @Test
    void anEditorKeyWritesForItsRegions() {
        String key = create(body("name", unique("Editor Jabar"), "roles", List.of("EDITOR"), "regions", List.of("32")))
                .statusCode(201)
                .body("regions", equalTo(List.of("32")))
                .extract()
                .path("key");
        given().header("X-API-Key", key)
                .contentType(ContentType.JSON)
                .body(body("kind", "ACADEMIC", "name", unique("Universitas"), "country", "ID", "regionCode", "32.73"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201);
        problem(
                given().header("X-API-Key", key)
                        .contentType(ContentType.JSON)
                        .body(body(
                                "kind",
                                "ACADEMIC",
                                "name",
                                unique("Universitas"),
                                "country",
                                "ID",
                                "regionCode",
                                "52.01"))
                        .post("/api/v1/actors")
                        .then(),
                403);
    }

    static ValidatableResponse create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(KEYS).then();
    }

    private static void assertThatKeyStartsWithItsPrefix(String key, String prefix) {
        if (!key.startsWith(prefix + "_")) {
            throw new AssertionError(key + " does not start with " + prefix);
        }
    }
}
