package id.kembar.common.web;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The clear-text port speaks HTTP/1.1 only: a client that asks to upgrade to HTTP/2 ({@code Upgrade: h2c}) goes on in
 * HTTP/1.1, as the protocol lets it. The edge reads HTTP/1.x bodies on the event loop ({@link BodyReader}), which
 * keeps slow clients from holding the worker threads; HTTP/2 bodies could not be read that way, and a hostile client
 * would have upgraded to get around it. (Proxies speak HTTP/1.1 to the service anyway; HTTP/2 over TLS, when the
 * service itself terminates TLS, is left as Quarkus has it.)
 */
@ApplicationScoped
class ClearTextHttp implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
