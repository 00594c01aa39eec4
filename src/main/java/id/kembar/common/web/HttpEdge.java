package id.kembar.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kembar.common.KembarConfig;
import id.kembar.common.problem.AllowedMethods;
import id.kembar.common.problem.Problem;
import id.kembar.common.problem.ProblemType;
import id.kembar.common.problem.Problems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.MDC;

/**
 * What every response gets, whichever layer answers it (API-GUIDE "Every response"), and the answers given before
 * JAX-RS is reached: a trailing slash, a body over the size limit and a path nothing serves, all as problems.
 *
 * <p>A body that declares a length over the limit is refused by the header. Every HTTP/1.x body is read here, on the
 * event loop ({@link BodyReader}), before JAX-RS sees it: left to Quarkus, a body is read by a worker thread that waits
 * for the client (a few hundred slow clients held them all), and an overlong chunked body gets a bare 413 and an error
 * in the log. HTTP/2 bodies (only over TLS: the clear-text port does not upgrade, see ClearTextHttp) are read by
 * JAX-RS.
 */
@ApplicationScoped
class HttpEdge {

    static final String API_PREFIX = "/api/";
    // before Quarkus's own body-size check (order -2), so that the 413 carries a problem body
    private static final int FIRST = -10;
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final ObjectMapper json;
    private final Problems problems;
    private final String apiVersion;
    private final long maxBodySize;
    private final long maxRequestLine;
    private final long maxHeaderSize;
    private final BodyReader bodies;
    private final Cors cors;

    HttpEdge(ObjectMapper json, Problems problems, KembarConfig config, AllowedMethods allowedMethods) {
        this.json = json;
        this.problems = problems;
        this.apiVersion = config.api().version();
        this.maxBodySize = config.api().maxBodySize().asLongValue();
        this.maxRequestLine = config.api().maxRequestLine().asLongValue();
        this.maxHeaderSize = config.api().maxHeaderSize().asLongValue();
        this.cors = new Cors(config.cors().origins().orElse(List.of()), allowedMethods);
        this.bodies = new BodyReader(config.api(), new BodyReader.Cut() {
            @Override
            public void tooLarge(RoutingContext ctx) {
                HttpEdge.this.tooLarge(ctx);
            }

            @Override
            public void tooSlow(RoutingContext ctx, String detail) {
                // the rest of the body is not waited for: the connection (HTTP/1.x, see read) ends with the answer
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                ctx.response().endHandler(ended -> ctx.request().connection().close());
                answer(ctx, ProblemType.REQUEST_TIMEOUT, detail);
            }
        });
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(this::enter).failureHandler(this::bodyTooLarge);
        router.route().last().handler(ctx -> answer(ctx, ProblemType.NOT_FOUND, "Nothing is found at this path"));
    }

    private void enter(RoutingContext ctx) {
        String requestId = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
        ctx.request().headers().set(RequestIds.HEADER, requestId);
        MDC.put(RequestIds.MDC_KEY, requestId);
        RequestLog.follow(ctx, requestId);
        ctx.addHeadersEndHandler(ignored -> decorate(ctx.request(), ctx.response(), ctx.normalizedPath(), requestId));
        if (!withinLimits(ctx)) {
            return;
        }
        String path = ctx.normalizedPath();
        if (Cors.isPreflight(ctx.request()) && preflight(ctx, path)) {
            return;
        }
        if (path.startsWith(API_PREFIX) && path.endsWith("/")) {
            // API-GUIDE: a trailing slash is a 404, not a redirect and not the same resource
            answer(ctx, ProblemType.NOT_FOUND, "Nothing is found at this path (remove the trailing slash)");
            return;
        }
        long declared = declaredLength(ctx);
        if (declared > maxBodySize) {
            tooLarge(ctx);
            return;
        }
        // HTTP/2 (over TLS; the clear-text port does not upgrade) is left to JAX-RS: it pauses every request it takes
        // over, which an HTTP/2 request that has ended refuses
        if (WITH_BODY.contains(ctx.request().method())
                && declared != 0
                && ctx.request().version() != HttpVersion.HTTP_2) {
            bodies.read(ctx, declared);
            return;
        }
        ctx.next();
    }

    /**
     * A preflight to a path that serves something: answered for a configured origin, a 403 problem for any other.
     * One to a path that serves nothing goes on to its 404.
     */
    private boolean preflight(RoutingContext ctx, String path) {
        Set<String> allowed = cors.methodsAt(path);
        if (allowed.size() <= 1) {
            return false;
        }
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (cors.allows(origin)) {
            RequestLog.answeredAtEdge(ctx);
            cors.answerPreflight(ctx.request(), ctx.response(), allowed);
        } else {
            answer(
                    ctx,
                    ProblemType.FORBIDDEN,
                    "Requests from " + origin + " are not allowed here; a deployment names the frontends it serves "
                            + "(kembar.cors.origins)");
        }
        return true;
    }

    /**
     * A request line or header block over the API's limits is a 414 or 431 problem, and the connection ends with it
     * (as the HTTP server ends it for one over its own, far larger limits).
     */
    private boolean withinLimits(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        long line = request.method().name().length() + 1 + request.uri().length() + " HTTP/1.1".length();
        if (line > maxRequestLine) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            answer(
                    ctx,
                    ProblemType.URI_TOO_LONG,
                    "The request line is " + line + " bytes, more than " + maxRequestLine
                            + "; send fewer or shorter query parameters");
            return false;
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + 2 + header.getValue().length() + 2;
        }
        if (headers > maxHeaderSize) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            answer(
                    ctx,
                    ProblemType.HEADERS_TOO_LARGE,
                    "The request headers are " + headers + " bytes, more than " + maxHeaderSize);
            return false;
        }
        return true;
    }

    private void bodyTooLarge(RoutingContext ctx) {
        if (ctx.statusCode() == ProblemType.PAYLOAD_TOO_LARGE.status
                && !ctx.response().headWritten()) {
            tooLarge(ctx);
        } else {
            ctx.next();
        }
    }

    private void tooLarge(RoutingContext ctx) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        answer(ctx, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBodySize + " bytes");
    }

    /** The headers every response carries; also those the HTTP server's decoder refused (MalformedRequests). */
    void decorate(HttpServerRequest request, HttpServerResponse response, String path, String requestId) {
        response.putHeader("API-Version", apiVersion);
        response.putHeader(RequestIds.HEADER, requestId);
        response.putHeader("X-Content-Type-Options", "nosniff");
        response.putHeader("X-Frame-Options", "DENY");
        if (!response.headers().contains("Content-Security-Policy")) {
            response.putHeader("Content-Security-Policy", "frame-ancestors 'none'");
        }
        // unless the resource says for how long it may be kept (reference data that changes only with a release)
        if (path.startsWith(API_PREFIX) && !response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
            response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        if (request.isSSL()) {
            response.putHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        cors.decorate(request, response);
    }

    private void answer(RoutingContext ctx, ProblemType type, String detail) {
        RequestLog.answeredAtEdge(ctx);
        Problem problem =
                problems.of(type, detail, ctx.normalizedPath(), ctx.request().getHeader(RequestIds.HEADER));
        try {
            ctx.response()
                    .setStatusCode(type.status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(body(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    String body(Problem problem) throws JsonProcessingException {
        return json.writeValueAsString(problem);
    }

    private static long declaredLength(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
