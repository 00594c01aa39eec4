package id.kembar.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.kembar.support.PackagedService;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as a newcomer and an operator meet it: the first start prints an ADMIN key once, with which
 * further keys are made; no secret is logged after that; and the development key never verifies a deployment's tokens.
 */
class AccessIT {

    private static final Pattern KEY = Pattern.compile("kmb_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");

    private final List<PackagedService> services = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        for (PackagedService service : services) {
            service.close();
        }
    }

    @Test
    void theFirstStartPrintsAnAdminKeyOnceAndItMakesFurtherKeys() throws Exception {
        PackagedService service = new PackagedService(
                PackagedService.freshFolder(Path.of("target", "access-it")),
                Map.of("KEMBAR_AUTH_BOOTSTRAP_KEY", "", "KEMBAR_WARM_UP", "false"));
        services.add(service);
        service.start();
        String log = Files.readString(service.log());
        Matcher printed = KEY.matcher(log);
        assertThat("the log prints the first key", printed.find(), equalTo(true));
        String bootstrap = printed.group();

        String made = given().port(service.port())
                .header("X-API-Key", bootstrap)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Skrip Bappeda", "roles", List.of("MINISTRY")))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .extract()
                .path("key");
        given().port(service.port())
                .header("X-API-Key", made)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "NGO", "name", "Lembaga lewat kunci", "country", "ID"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201);

        service.restart();
        given().port(service.port())
                .header("X-API-Key", bootstrap)
                .get("/api/v1/api-keys")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        String whole = Files.readString(service.log());
        assertThat("printed once, never again", count(whole, bootstrap), equalTo(1));
        assertThat("a key made later is never logged", whole, not(containsString(made.substring(21))));
        assertThat(whole, not(containsString(PackagedService.ADMIN_KEY)));
    }

    @Test
    void aDeploymentConfiguredWithTheDevelopmentKeyRefusesToStart() throws Exception {
        String testKey = Files.readString(Path.of("src", "test", "resources", "auth", "test-public-key.pem"))
                .replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        PackagedService service = new PackagedService(
                PackagedService.freshFolder(Path.of("target", "access-dev-key-it")),
                Map.of("KEMBAR_OIDC_ENABLED", "true", "QUARKUS_OIDC_PUBLIC_KEY", testKey, "KEMBAR_WARM_UP", "false"));
        services.add(service);
        assertThrows(IllegalStateException.class, service::start);
        assertThat(Files.readString(service.log()), containsString("is the development and test key"));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
