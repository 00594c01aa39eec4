package id.kembar.support;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** What every error answer must be (API-GUIDE "Errors"): RFC 9457 problem details with the common headers. */
public final class ProblemAssert {

    private ProblemAssert() {}

    public static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .header("API-Version", notNullValue())
                .body("status", equalTo(status))
                .body("type", startsWith("https://"))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("requestId", notNullValue());
    }

    /** A 400 that names exactly these fields. */
    public static ValidatableResponse invalid(ValidatableResponse response, String... fields) {
        return problem(response, 400).body("errors.field", containsInAnyOrder((Object[]) fields));
    }
}
