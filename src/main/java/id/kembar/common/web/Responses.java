package id.kembar.common.web;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** The headers success responses carry: {@code ETag}, {@code Location} on create, {@code Link} on pages. */
public final class Responses {

    private Responses() {}

    public static <T extends Versioned> RestResponse<T> ok(T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(ETags.of(body)).build();
    }

    public static <T extends Versioned> RestResponse<T> created(T body, UriInfo uri) {
        URI location = uri.getAbsolutePathBuilder().path(body.id().toString()).build();
        return RestResponse.ResponseBuilder.<T>created(location)
                .entity(body)
                .tag(ETags.of(body))
                .build();
    }

    public static <T> RestResponse<T> noContent() {
        return RestResponse.noContent();
    }

    /** RFC 8288 links to the first, previous, next and last page, built from the request URI so filters are kept. */
    public static <T> RestResponse<Page<T>> page(Page<T> page, UriInfo uri) {
        long last = Math.max(1, page.totalPages());
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 1, "first"));
        if (page.page() > 1) {
            links.add(link(uri, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < page.totalPages()) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return RestResponse.ResponseBuilder.ok(page)
                .links(links.toArray(Link[]::new))
                .build();
    }

    private static Link link(UriInfo uri, long page, String rel) {
        return Link.fromUri(uri.getRequestUriBuilder()
                        .replaceQueryParam("page", page)
                        .build())
                .rel(rel)
                .build();
    }
}
