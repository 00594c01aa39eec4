package id.kembar.common.web;

import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** The request id: taken from {@code X-Request-Id} when the caller sends a sensible one, made up otherwise. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {}

    static String accept(String given) {
        return given != null && ACCEPTED.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }

    /** The id the edge assigned to this request (it replaces the request header with it). */
    public static String of(HttpServerRequest request) {
        String id = request.getHeader(HEADER);
        return id == null ? "unknown" : id;
    }
}
