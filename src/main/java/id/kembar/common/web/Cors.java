package id.kembar.common.web;

import id.kembar.common.problem.AllowedMethods;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.List;
import java.util.Set;

/**
 * Cross-origin requests (the Fetch standard's CORS) from the frontends a deployment names ({@code kembar.cors.origins}):
 * only they get {@code Access-Control-Allow-Origin} (their own origin, never {@code *}) and may send credentials; a
 * preflight is answered with the methods its path really has, the same list as {@code Allow}. Every other origin gets
 * no CORS header (the contract excepted, which anyone may read, without credentials).
 */
final class Cors {

    static final String ALLOWED_HEADERS =
            "Accept, Accept-Language, Authorization, Content-Type, If-Match, If-None-Match, X-API-Key, X-Request-Id";
    static final String EXPOSED_HEADERS =
            "API-Version, Content-Language, ETag, Link, Location, Retry-After, WWW-Authenticate, X-Request-Id";
    private static final String MAX_AGE = "600";

    private final Set<String> origins;
    private final AllowedMethods methods;

    Cors(List<String> origins, AllowedMethods methods) {
        this.origins = Set.copyOf(origins);
        this.methods = methods;
    }

    /** Whether the request is a preflight: OPTIONS with an origin that asks for a method. */
    static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS
                && request.getHeader(HttpHeaders.ORIGIN) != null
                && request.getHeader("Access-Control-Request-Method") != null;
    }

    /** The methods a preflight to this path may be told; only OPTIONS where nothing is served. */
    Set<String> methodsAt(String path) {
        return methods.at(path);
    }

    boolean allows(String origin) {
        return origin != null && origins.contains(origin);
    }

    /** Answers an allowed origin's preflight; the caller answers the others (a 403 problem). */
    void answerPreflight(HttpServerRequest request, HttpServerResponse response, Set<String> allowed) {
        allow(request.getHeader(HttpHeaders.ORIGIN), response);
        response.putHeader("Access-Control-Allow-Methods", String.join(", ", allowed));
        response.putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        response.putHeader("Access-Control-Max-Age", MAX_AGE);
        response.setStatusCode(204).end();
    }

    /** The headers of an actual response to an allowed origin (problems included, so that a frontend can read them). */
    void decorate(HttpServerRequest request, HttpServerResponse response) {
        if (origins.isEmpty()) {
            return;
        }
        response.headers().add(HttpHeaders.VARY, "Origin");
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (allows(origin) && !response.headers().contains("Access-Control-Allow-Origin")) {
            allow(origin, response);
            response.putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
    }

    private static void allow(String origin, HttpServerResponse response) {
        response.putHeader("Access-Control-Allow-Origin", origin);
        response.putHeader("Access-Control-Allow-Credentials", "true");
    }
}
