package id.kembar.common.web;

import id.kembar.common.KembarConfig;
import io.quarkus.logging.Log;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;

/**
 * Reads a request body on the event loop, before JAX-RS sees it (JAX-RS then reads the buffer): no worker thread waits
 * for a client that sends its body slowly, so that a few hundred such clients cannot hold every worker while the API
 * stops answering. A body must arrive within {@code kembar.api.body-timeout}, at no less than
 * {@code kembar.api.body-min-rate} over every {@value #WINDOW_MILLIS} ms (a smaller rest is due in full), and within
 * the size limit; otherwise the request is cut. A client that goes away before its body has arrived is one INFO line.
 */
final class BodyReader {

    /** How an unfinished body ends: the edge answers each as a problem. */
    interface Cut {
        void tooLarge(RoutingContext ctx);

        void tooSlow(RoutingContext ctx, String detail);
    }

    static final long WINDOW_MILLIS = 5_000;
    private static final long TICK_MILLIS = 500;

    private final long maxSize;
    private final long timeoutMillis;
    private final long minBytesPerWindow;
    private final Cut cut;

    BodyReader(KembarConfig.Api config, Cut cut) {
        this.maxSize = config.maxBodySize().asLongValue();
        this.timeoutMillis = config.bodyTimeout().toMillis();
        this.minBytesPerWindow = config.bodyMinRate().asLongValue() * WINDOW_MILLIS / 1000;
        this.cut = cut;
    }

    /** Reads the body of {@code declared} bytes (-1: unknown) into the context, then passes the request on. */
    void read(RoutingContext ctx, long declared) {
        HttpServerRequest request = ctx.request();
        if (request.isEnded()) {
            ctx.next();
            return;
        }
        new Reading(ctx, declared).start();
    }

    private final class Reading {
        private final RoutingContext ctx;
        private final long declared;
        private final Buffer body;
        private final long started = System.currentTimeMillis();
        private long windowStarted = started;
        private long receivedAtWindowStart;
        private long timer;
        private boolean over;

        Reading(RoutingContext ctx, long declared) {
            this.ctx = ctx;
            this.declared = declared;
            this.body = Buffer.buffer((int) Math.min(declared > 0 ? declared : 1024, 64 * 1024));
        }

        void start() {
            HttpServerRequest request = ctx.request();
            ((RoutingContextInternal) ctx).visitHandler(RoutingContextInternal.BODY_HANDLER);
            if (request.version() == HttpVersion.HTTP_1_1
                    && "100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
                ctx.response().writeContinue();
            }
            timer = ctx.vertx().setPeriodic(TICK_MILLIS, id -> check());
            request.handler(chunk -> {
                if (over) {
                    return;
                }
                if (body.length() + (long) chunk.length() > maxSize) {
                    end();
                    cut.tooLarge(ctx);
                    return;
                }
                body.appendBuffer(chunk);
            });
            request.endHandler(ignored -> {
                if (end()) {
                    ((RoutingContextInternal) ctx).setBody(body);
                    ctx.next();
                }
            });
            request.exceptionHandler(failure -> {
                if (end()) {
                    Log.infof(
                            "The client went away before its request body arrived (%d of %s bytes after %d ms): %s",
                            body.length(), declared < 0 ? "unknown" : declared, elapsed(), failure.getMessage());
                }
            });
            request.resume();
        }

        private void check() {
            if (over) {
                return;
            }
            long now = System.currentTimeMillis();
            if (now - started >= timeoutMillis) {
                tooSlow("The request body did not arrive within " + timeoutMillis + " ms");
            } else if (now - windowStarted >= WINDOW_MILLIS) {
                long rest = declared < 0 ? minBytesPerWindow : declared - receivedAtWindowStart;
                if (body.length() - receivedAtWindowStart < Math.min(minBytesPerWindow, rest)) {
                    tooSlow("The request body arrived slower than " + minBytesPerWindow * 1000 / WINDOW_MILLIS
                            + " bytes a second");
                } else {
                    windowStarted = now;
                    receivedAtWindowStart = body.length();
                }
            }
        }

        private void tooSlow(String detail) {
            end();
            Log.infof(
                    "Cut a slow request body (%d of %s bytes after %d ms)",
                    body.length(), declared < 0 ? "unknown" : declared, elapsed());
            cut.tooSlow(ctx, detail);
        }

        /** Ends the reading once; false when it had ended already. */
        private boolean end() {
            if (over) {
                return false;
            }
            over = true;
            ctx.vertx().cancelTimer(timer);
            return true;
        }

        private long elapsed() {
            return System.currentTimeMillis() - started;
        }
    }
}
