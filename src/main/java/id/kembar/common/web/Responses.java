package id.kembar.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestResponse;

/** The headers success responses carry: {@code ETag}, {@code Location} on create, {@code Link} on pages. */
public final class Responses {

    private Responses() {}

    public static <T extends Versioned> RestResponse<T> ok(T body) {
        return sent(RestResponse.ResponseBuilder.ok(), Representation.of(body));
    }

    public static <T extends Versioned> RestResponse<T> created(T body, UriInfo uri) {
        URI location = uri.getAbsolutePathBuilder().path(body.id().toString()).build();
        return sent(RestResponse.ResponseBuilder.created(location), Representation.of(body));
    }

    /**
     * The response sends the representation's bytes, the ones its tag is a digest of. The resource method still
     * declares the record (the contract's schema comes from it); the entity is the JSON that the record was written as
     * ({@link Representation.AsWritten}).
     */
    @SuppressWarnings("unchecked")
    private static <T> RestResponse<T> sent(RestResponse.ResponseBuilder<?> response, Representation representation) {
        return (RestResponse<T>) ((RestResponse.ResponseBuilder<Object>) response)
                .entity(representation)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .tag(representation.tag())
                .build();
    }

    public static <T> RestResponse<T> noContent() {
        return RestResponse.noContent();
    }

    /**
     * RFC 8288 links to the first, previous, next and last page: the request's URI with its {@code page} parameter
     * replaced, so that the filters are kept as the client wrote them.
     */
    public static <T> RestResponse<Page<T>> page(Page<T> page, UriInfo uri) {
        long last = Math.max(1, page.totalPages());
        URI request = uri.getRequestUri();
        String base = request.getScheme() + "://" + request.getRawAuthority() + request.getRawPath() + "?"
                + withoutPage(request.getRawQuery());
        RestResponse.ResponseBuilder<Page<T>> response = RestResponse.ResponseBuilder.ok(page);
        response.header(HttpHeaders.LINK, link(base, 1, "first"));
        if (page.page() > 1) {
            response.header(HttpHeaders.LINK, link(base, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < page.totalPages()) {
            response.header(HttpHeaders.LINK, link(base, page.page() + 1, "next"));
        }
        response.header(HttpHeaders.LINK, link(base, last, "last"));
        return response.build();
    }

    // written as text: RESTEasy's URI and link builders parsed and encoded the URI again, with regular expressions,
    // for each of the links (a few percent of a list request's time in the service)
    private static String link(String base, long page, String rel) {
        return "<" + base + "page=" + page + ">; rel=\"" + rel + "\"";
    }

    /** The raw query's parameters other than {@code page}, each followed by {@code &}. */
    private static String withoutPage(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String parameter : rawQuery.split("&")) {
            if (!parameter.isEmpty() && !"page".equals(name(parameter))) {
                kept.append(parameter).append('&');
            }
        }
        return kept.toString();
    }

    private static String name(String parameter) {
        int equals = parameter.indexOf('=');
        String raw = equals < 0 ? parameter : parameter.substring(0, equals);
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncodedWell) {
            return raw;
        }
    }
}
