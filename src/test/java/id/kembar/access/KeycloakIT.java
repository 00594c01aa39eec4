package id.kembar.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import id.kembar.support.Keycloak;
import id.kembar.support.PackagedService;
import id.kembar.support.TestDatabases;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kembar behind a real OpenID Connect provider: a Keycloak with the repository's realm, where a province's system gets
 * tokens by the client-credentials grant and people by the password grant, their roles in {@code realm_access.roles}
 * and their regions as the groups they belong to ({@code kembar_regions}). The packaged service is configured only
 * with the issuer; it discovers the keys. Token verification does not depend on the database: on PostgreSQL this
 * suite is not run again.
 */
class KeycloakIT {

    private static Keycloak keycloak;
    private static PackagedService service;
    private static final List<String> tokens = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        assumeFalse(TestDatabases.isPostgresql(), "the H2 suite runs it");
        Path folder = PackagedService.freshFolder(Path.of("target", "keycloak-it"));
        keycloak = new Keycloak(folder.resolve("keycloak.log"));
        keycloak.start();
        service = new PackagedService(
                folder,
                Map.of(
                        "KEMBAR_OIDC_ENABLED", "true",
                        "KEMBAR_OIDC_ISSUER", keycloak.issuer(),
                        "KEMBAR_DEMO_DATA", "false",
                        "KEMBAR_WARM_UP", "false"));
        service.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
            String log = Files.readString(service.log());
            for (String token : tokens) {
                assertThat("no token in the service's log", log, not(containsString(token)));
            }
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aProvincesSystemWritesItsOwnRegionWithAClientCredentialsToken() throws Exception {
        String jabar = remember(keycloak.clientCredentials("sipd-jabar", "sipd-jabar-secret"));
        String city = create(jabar, "/api/v1/actors", city("Kota Bogor", "32.71"))
                .statusCode(201)
                .extract()
                .path("id");
        String partner = create(jabar, "/api/v1/actors", foreign())
                .statusCode(201)
                .extract()
                .path("id");
        create(jabar, "/api/v1/partnerships", partnership(city, partner)).statusCode(201);
        create(jabar, "/api/v1/actors", city("Kota Mataram", "52.71"))
                .statusCode(403)
                .body("detail", containsString("your regions: 32"));
    }

    @Test
    void aPersonWritesOnlyTheirRegionWithAPasswordGrantToken() throws Exception {
        String jabar = remember(keycloak.clientCredentials("sipd-jabar", "sipd-jabar-secret"));
        String ntb = remember(keycloak.password("kembar-portal", "editor-ntb", "editor-ntb-password"));
        String ministry =
                remember(keycloak.password("kembar-portal", "ministry-official", "ministry-official-password"));

        String bogor = create(jabar, "/api/v1/actors", city("Kota Bogor", "32.71"))
                .extract()
                .path("id");
        String partnership = create(
                        jabar,
                        "/api/v1/partnerships",
                        partnership(
                                bogor,
                                create(jabar, "/api/v1/actors", foreign())
                                        .extract()
                                        .path("id")))
                .statusCode(201)
                .extract()
                .path("id");
        String url = "/api/v1/partnerships/" + partnership;
        String etag = given().port(service.port()).get(url).then().extract().header("ETag");

        // the editor of NTB may not touch West Java's partnership, nor add to it
        patch(ntb, url, etag).statusCode(403);
        create(ntb, url + "/milestones", Map.of("type", "MEETING", "title", "Rapat", "status", "ACHIEVED"))
                .statusCode(403);
        // its own region it writes
        String mataram = create(ntb, "/api/v1/actors", city("Kota Mataram", "52.71"))
                .statusCode(201)
                .extract()
                .path("id");
        create(
                        ntb,
                        "/api/v1/partnerships",
                        partnership(
                                mataram,
                                create(ntb, "/api/v1/actors", foreign())
                                        .extract()
                                        .path("id")))
                .statusCode(201);
        // the ministry writes everywhere
        patch(ministry, url, etag).statusCode(200);
    }

    @Test
    void aTokenOfTheProviderForAnotherServiceIsRefused() throws Exception {
        String other = remember(keycloak.clientCredentials("other-service", "other-service-secret"));
        create(other, "/api/v1/actors", foreign())
                .statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void keysFromAConfiguredUrlWithoutDiscoveryAndTheIssuerMustThenBeNamed() throws Exception {
        Map<String, String> withoutDiscovery = Map.of(
                "KEMBAR_OIDC_ENABLED", "true",
                "KEMBAR_OIDC_ISSUER", keycloak.issuer(),
                "KEMBAR_OIDC_DISCOVERY", "false",
                "KEMBAR_OIDC_JWKS_URL", keycloak.issuer() + "/protocol/openid-connect/certs",
                "KEMBAR_DEMO_DATA", "false",
                "KEMBAR_WARM_UP", "false");
        PackagedService unnamed = new PackagedService(
                PackagedService.freshFolder(Path.of("target", "keycloak-it-unnamed-issuer")), withoutDiscovery);
        try {
            assertThrows(IllegalStateException.class, unnamed::start);
            assertThat(Files.readString(unnamed.log()), containsString("KEMBAR_OIDC_TOKEN_ISSUER"));
        } finally {
            unnamed.close();
        }
        Map<String, String> named = new HashMap<>(withoutDiscovery);
        named.put("KEMBAR_OIDC_TOKEN_ISSUER", keycloak.issuer());
        try (PackagedService configured = new PackagedService(
                PackagedService.freshFolder(Path.of("target", "keycloak-it-configured-keys")), named)) {
            configured.start();
            String jabar = remember(keycloak.clientCredentials("sipd-jabar", "sipd-jabar-secret"));
            given().port(configured.port())
                    .auth()
                    .oauth2(jabar)
                    .contentType(ContentType.JSON)
                    .body(city("Kota Depok", "32.76"))
                    .post("/api/v1/actors")
                    .then()
                    .statusCode(201);
        }
    }

    private static String remember(String token) {
        tokens.add(token);
        return token;
    }

    private static ValidatableResponse create(String token, String path, Object body) {
        return given().port(service.port())
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    private static ValidatableResponse patch(String token, String url, String etag) {
        return given().port(service.port())
                .auth()
                .oauth2(token)
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"description\":\"Diubah " + UUID.randomUUID() + "\"}")
                .patch(url)
                .then();
    }

    private static Map<String, Object> city(String name, String code) {
        return Map.of(
                "kind", "GOVERNMENT",
                "name", name + " " + UUID.randomUUID().toString().substring(0, 8),
                "country", "ID",
                "governmentLevel", "CITY",
                "regionCode", code);
    }

    private static Map<String, Object> foreign() {
        return Map.of(
                "kind", "GOVERNMENT",
                "name", "Busan " + UUID.randomUUID().toString().substring(0, 8),
                "country", "KR",
                "governmentLevel", "CITY",
                "regionCode", "KR-26");
    }

    private static Map<String, Object> partnership(String local, String partner) {
        return Map.of(
                "title",
                "Kerja sama " + UUID.randomUUID().toString().substring(0, 8),
                "type",
                "SISTER_CITY",
                "localGovernmentId",
                local,
                "partnerId",
                partner);
    }
}
