package id.kembar.common.web;

import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One line per request, written as its response ends (logger {@code id.kembar.request}): INFO for the API and the
 * contract, DEBUG for health probes and metric scrapes, which would otherwise drown it. Besides the message, the
 * request id, method, route template, status and duration are MDC fields of their own, so that JSON logs (the
 * production profile) carry each as a field to filter and aggregate on. The route is the template the metrics count
 * by ({@code /api/v1/partnerships/{partnershipId}}), the one Quarkus keeps for its observability; requests that no
 * resource served (answered at the edge, unknown paths) have none.
 */
final class RequestLog {

    private static final Logger LOG = Logger.getLogger("id.kembar.request");
    // where Quarkus REST leaves the matched template for metrics and tracing (the http_server_requests uri label)
    private static final String ROUTE_TEMPLATE = "UrlPathTemplate";
    private static final String ANSWERED_AT_EDGE = "kembar.answered-at-edge";
    private static final String OPERATIONS = "/q/";
    private static final List<String> FIELDS = List.of("method", "path", "route", "status", "durationMs");

    private RequestLog() {}

    /** Logs the request when its response has ended (or the connection closed before). */
    static void follow(RoutingContext ctx, String requestId) {
        long start = System.nanoTime();
        ctx.addEndHandler(ended -> write(ctx, requestId, System.nanoTime() - start));
    }

    private static void write(RoutingContext ctx, String requestId, long nanos) {
        write(
                requestId,
                ctx.request().method().name(),
                ctx.normalizedPath(),
                ctx,
                ctx.response().getStatusCode(),
                nanos);
    }

    /** A request the HTTP server's decoder refused (MalformedRequests): no route, and the path as far as it was read. */
    static void writeRefused(String requestId, String method, String path, int status) {
        write(requestId, method, path, null, status, 0);
    }

    private static void write(
            String requestId, String method, String path, RoutingContext ctx, int status, long nanos) {
        Logger.Level level = path.startsWith(OPERATIONS) ? Logger.Level.DEBUG : Logger.Level.INFO;
        if (!LOG.isEnabled(level)) {
            return;
        }
        String route = ctx == null ? null : route(ctx);
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        MDC.put(RequestIds.MDC_KEY, requestId);
        MDC.put("method", method);
        MDC.put("path", path);
        MDC.put("route", route == null ? "" : route);
        MDC.put("status", Integer.toString(status));
        MDC.put("durationMs", Long.toString(millis));
        try {
            // concatenated, not logf: a Formatter per request cost more than the rest of the line
            LOG.log(level, method + " " + path + " " + status + " " + millis + " ms");
        } finally {
            FIELDS.forEach(MDC::remove);
        }
    }

    /** Marks a request the edge answered itself: no resource took it, so it has no route, whatever matched it. */
    static void answeredAtEdge(RoutingContext ctx) {
        ctx.put(ANSWERED_AT_EDGE, Boolean.TRUE);
    }

    private static String route(RoutingContext ctx) {
        if (Boolean.TRUE.equals(ctx.get(ANSWERED_AT_EDGE))) {
            return null;
        }
        if (ctx.request() instanceof HttpServerRequestInternal request) {
            return (String) request.context().getLocal(ROUTE_TEMPLATE);
        }
        return null;
    }
}
