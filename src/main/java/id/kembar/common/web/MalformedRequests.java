package id.kembar.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.kembar.common.problem.Problem;
import id.kembar.common.problem.ProblemType;
import id.kembar.common.problem.Problems;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Handler;
import io.vertx.core.Verticle;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.impl.Deployment;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.TCPServerBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Requests the HTTP server's decoder refuses before any route sees them get a problem response with the common
 * headers, like every other error: a request line over the server's own limit
 * ({@code quarkus.http.limits.max-initial-line-length}, 16 times the API's) a 414, a header block over its limit a 431,
 * anything that is not HTTP/1.x a 400. Left to Vert.x they are answered with a bare status line and no body.
 *
 * <p>Vert.x lets the creator of a server choose the handler of these requests ({@link
 * HttpServer#invalidRequestHandler}), but Quarkus 3.33 creates its servers without a way to reach that choice
 * (quarkusio/quarkus#55082; a fix is proposed upstream, not released). So once the servers listen, the handler each of
 * them handed its connections is replaced here, through Vert.x 4.5's fields. If a later Vert.x lays its servers out
 * otherwise, a warning says so, the bare answers come back, and MalformedRequestTest fails: remove this class when
 * Quarkus offers the hook.
 */
@Readiness
@ApplicationScoped
class MalformedRequests implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(MalformedRequests.class);
    private static final Duration WAIT_FOR_LISTENING = Duration.ofSeconds(10);
    // Netty's stand-in for a request whose first line could not be read
    private static final String UNREAD_PATH = "/bad-request";

    private final Vertx vertx;
    private final HttpEdge edge;
    private final Problems problems;
    private final int maxLine;
    private final long maxHeaders;
    private final Handler<HttpServerRequest> answer = this::answer;
    // readiness waits until the servers answer as problems (or it is known that they cannot)
    private volatile boolean settled;

    MalformedRequests(
            Vertx vertx,
            HttpEdge edge,
            Problems problems,
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length") int maxLine,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size") MemorySize maxHeaders) {
        this.vertx = vertx;
        this.edge = edge;
        this.problems = problems;
        this.maxLine = maxLine;
        this.maxHeaders = maxHeaders.asLongValue();
    }

    void install(@ObservesAsync HttpServerStart start) throws InterruptedException {
        try {
            List<HttpServer> servers = servers();
            for (HttpServer server : servers) {
                // the server's own choice, for any later listen, and the one its connections were given
                server.invalidRequestHandler(answer);
                Object connections = read(read(server, TCPServerBase.class, "childHandler"), "connectionHandler");
                write(connections, "invalidRequestHandler", answer);
            }
            LOG.debugf("Requests the HTTP decoder refuses are answered as problems on %d servers", servers.size());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf(
                    "Requests over the HTTP server's own limits are answered without a problem body (%s): "
                            + "this version of Vert.x is laid out differently",
                    e.toString());
        } finally {
            settled = true;
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("malformed-requests").status(settled).build();
    }

    private void answer(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        ProblemType type;
        String detail;
        if (cause instanceof TooLongHttpLineException) {
            type = ProblemType.URI_TOO_LONG;
            detail = "The request line is longer than " + maxLine + " bytes; send fewer or shorter query parameters";
        } else if (cause instanceof TooLongHttpHeaderException) {
            type = ProblemType.HEADERS_TOO_LARGE;
            detail = "The request headers are larger than " + maxHeaders + " bytes";
        } else {
            type = ProblemType.INVALID_REQUEST;
            detail = "The request is no well-formed HTTP/1.1 message: its request line or a header could not be read";
        }
        String path = UNREAD_PATH.equals(request.path()) || request.path() == null ? "" : request.path();
        String requestId = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        HttpServerResponse response = request.response();
        edge.decorate(request, response, path, requestId);
        RequestLog.writeRefused(requestId, request.method().name(), path, type.status);
        Problem problem = problems.of(type, detail, path.isEmpty() ? null : path, requestId);
        try {
            // what follows on this connection cannot be read: it ends with the answer, as Vert.x ends it
            response.setStatusCode(type.status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    // a 414 may be cached heuristically, and the path it belongs to is not known
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(edge.body(problem))
                    .onComplete(ended -> request.connection().close());
        } catch (JsonProcessingException e) {
            HttpServerRequest.DEFAULT_INVALID_REQUEST_HANDLER.handle(request);
        }
    }

    /**
     * The HTTP servers of Quarkus's verticles (plain, TLS, domain socket: whichever it created), once all of them
     * listen: the first to listen fires the event, their deployment is known when the last has started.
     */
    private List<HttpServer> servers() throws ReflectiveOperationException, InterruptedException {
        long deadline = System.nanoTime() + WAIT_FOR_LISTENING.toNanos();
        List<HttpServer> servers = deployedServers();
        while (servers.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            servers = deployedServers();
        }
        if (servers.isEmpty()) {
            throw new IllegalStateException("no HTTP server among the verticles deployed within " + WAIT_FOR_LISTENING);
        }
        return servers;
    }

    private List<HttpServer> deployedServers() throws ReflectiveOperationException {
        VertxInternal internal = (VertxInternal) vertx;
        List<HttpServer> servers = new ArrayList<>();
        for (String id : internal.deploymentIDs()) {
            Deployment deployment = internal.getDeployment(id);
            if (deployment != null) {
                for (Verticle verticle : deployment.getVerticles()) {
                    servers.addAll(serversOf(verticle));
                }
            }
        }
        return servers;
    }

    /** The servers a verticle of Quarkus's HTTP extension holds in its fields. */
    private static List<HttpServer> serversOf(Verticle verticle) throws ReflectiveOperationException {
        List<HttpServer> servers = new ArrayList<>();
        if (!verticle.getClass().getName().startsWith("io.quarkus.vertx.http.")) {
            return servers;
        }
        for (Field field : verticle.getClass().getDeclaredFields()) {
            if (field.getType() == HttpServer.class) {
                field.setAccessible(true);
                if (field.get(verticle) instanceof HttpServer server) {
                    servers.add(server);
                }
            }
        }
        return servers;
    }

    private static Object read(Object target, String name) throws ReflectiveOperationException {
        return read(target, target.getClass(), name);
    }

    private static Object read(Object target, Class<?> declaring, String name) throws ReflectiveOperationException {
        Field field = declaring.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }

    private static void write(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}
