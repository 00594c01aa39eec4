package id.kembar.reference;

import id.kembar.common.web.ETags;
import id.kembar.common.web.Languages;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.Responses;
import id.kembar.common.web.SortFields;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A page of reference data, which is held in memory and changes only with a release: sorted and cut as every
 * collection is, with an ETag of its content and a {@code Cache-Control} that lets clients and proxies keep it for a
 * day (and revalidate it with {@code If-None-Match} after that).
 */
final class Listing {

    /** How long reference data may be kept without asking again. */
    static final String CACHE_CONTROL = "public, max-age=86400";

    private Listing() {}

    /**
     * The page of {@code matches} that {@code request} asks for, in its order: each sort field has its comparator in
     * {@code fields}; the code breaks ties (the reference data's id).
     */
    static <T> Page<T> page(
            List<T> matches, PageRequest request, Map<String, Comparator<T>> fields, Comparator<T> byCode) {
        Comparator<T> order = null;
        for (SortFields.Order field : request.orders()) {
            Comparator<T> next = fields.get(field.field());
            next = field.descending() ? next.reversed() : next;
            order = order == null ? next : order.thenComparing(next);
        }
        order = order == null ? byCode : order.thenComparing(byCode);
        List<T> items = matches.stream()
                .sorted(order)
                .skip(request.offset())
                .limit(request.pageSize())
                .toList();
        return Page.of(items, request, matches.size());
    }

    /** The page with its links, ETag and caching headers. */
    static <T> RestResponse<Page<T>> respond(Page<T> page, UriInfo uri) {
        return cached(page, uri, page.toString()).build();
    }

    /** The page of names in one language, saying which, for caches too. */
    static <T> RestResponse<Page<T>> respond(Page<T> page, UriInfo uri, Locale language) {
        return cached(page, uri, Languages.tag(language) + page)
                .header(HttpHeaders.CONTENT_LANGUAGE, Languages.tag(language))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    private static <T> RestResponse.ResponseBuilder<Page<T>> cached(Page<T> page, UriInfo uri, String representation) {
        return RestResponse.ResponseBuilder.fromResponse(Responses.page(page, uri))
                .tag(ETags.ofText(representation))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }
}
