package id.kembar.access;

import static id.kembar.support.Fixtures.body;
import static id.kembar.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import id.kembar.support.DefaultCaller;
import id.kembar.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every operation the contract says needs a caller, as every kind of caller: the status each must get, and nothing
 * written where it is refused. The operations come from the contract ({@code x-roles}, which the service's own
 * {@code @RolesAllowed} produce), the records lie in region 32.71.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** A kind of caller, and whether it may send the operation. */
    private record Caller(String name, Function<RequestSpecification, RequestSpecification> credentials, int refusal) {

        boolean allowed(WriteOperations.Operation operation) {
            return switch (name) {
                case "EDITOR of 32" -> operation.roles().contains("EDITOR");
                case "MINISTRY" -> operation.roles().contains("MINISTRY");
                case "ADMIN" -> operation.roles().contains("ADMIN");
                default -> false;
            };
        }
    }

    @Test
    void everyOperationThatNeedsACallerAsEveryCaller() {
        // an ADMIN key, revoked: the whole key is only in the response that created it
        var made = given().contentType("application/json")
                .body(body("name", unique("Dicabut"), "roles", List.of("ADMIN")))
                .post("/api/v1/api-keys")
                .then()
                .statusCode(201)
                .extract();
        given().delete("/api/v1/api-keys/" + made.path("id")).then().statusCode(204);
        String key = made.path("key");

        List<Caller> callers = List.of(
                new Caller("anonymous", r -> r.header(DefaultCaller.ANONYMOUS, "yes"), 401),
                new Caller("READER", r -> r.auth().oauth2(Tokens.reader()), 403),
                new Caller("EDITOR of 32", r -> r.auth().oauth2(Tokens.editor("32")), 403),
                new Caller("EDITOR of 52", r -> r.auth().oauth2(Tokens.editor("52")), 403),
                new Caller("MINISTRY", r -> r.auth().oauth2(Tokens.withRoles("MINISTRY")), 403),
                new Caller("ADMIN", r -> r.auth().oauth2(Tokens.withRoles("ADMIN")), 403),
                new Caller("expired token", r -> r.auth().oauth2(Tokens.expired()), 401),
                new Caller("token for another audience", r -> r.auth().oauth2(Tokens.forAudience("sipd")), 401),
                new Caller("revoked API key", r -> r.header("X-API-Key", key), 401));

        List<WriteOperations.Operation> operations = WriteOperations.fromContract();
        // 15 writes of the five resources (three each, POST, PUT, PATCH, DELETE less the flat ones), the repair, keys
        assertThat(operations.size(), greaterThanOrEqualTo(24));
        List<String> wrong = new ArrayList<>();
        for (WriteOperations.Operation operation : operations) {
            for (Caller caller : callers) {
                WriteOperations.Prepared prepared = WriteOperations.prepare(operation);
                String before = prepared.state();
                Response response = prepared.send(caller.credentials().apply(given()));
                int status = response.statusCode();
                String cell = operation + " as " + caller.name() + ": ";
                if (caller.allowed(operation)) {
                    if (status / 100 != 2) {
                        wrong.add(cell + status + " " + response.asString());
                    }
                } else {
                    if (status != caller.refusal()) {
                        wrong.add(cell + status + ", expected " + caller.refusal() + " " + response.asString());
                    }
                    String after = prepared.state();
                    if (!after.equals(before)) {
                        wrong.add(
                                cell + "refused, yet " + prepared.watched() + " went from " + before + " to " + after);
                    }
                }
            }
        }
        assertThat(wrong, empty());
    }
}
