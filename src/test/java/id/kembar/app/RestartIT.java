package id.kembar.app;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.kembar.support.PackagedService;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged service as a user would (java -jar, the embedded H2 file database, demo data on) and restarts it
 * on the same database: what a user entered survives, and the demo data is loaded once, not again on restart.
 */
class RestartIT {

    private PackagedService service;
    private int port;

    @BeforeEach
    void freshDatabase() throws Exception {
        service = new PackagedService(
                PackagedService.freshFolder(Path.of("target", "restart-it")), Map.of("KEMBAR_DEMO_DATA", "true"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        service.close();
    }

    @Test
    void dataSurvivesARestartAndTheDemoDataIsLoadedOnce() throws Exception {
        start();
        given().port(port).get("/api/v1/partnerships").then().statusCode(200).body("totalItems", equalTo(5));
        String id = given().port(port)
                .contentType(ContentType.JSON)
                .body(Map.of("kind", "NGO", "name", "Lembaga Kerja Sama Daerah", "country", "ID"))
                .post("/api/v1/actors")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        int actors = given().port(port).get("/api/v1/actors").then().extract().path("totalItems");

        restart();

        given().port(port)
                .get("/api/v1/actors/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Lembaga Kerja Sama Daerah"));
        given().port(port).get("/api/v1/partnerships").then().body("totalItems", equalTo(5));
        given().port(port).get("/api/v1/actors").then().body("totalItems", equalTo(actors));
    }

    private void start() throws Exception {
        service.start();
        port = service.port();
    }

    private void restart() throws Exception {
        service.restart();
        port = service.port();
    }
}
