package id.kembar.common.web;

import id.kembar.common.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A GET whose {@code If-None-Match} names the current ETag is answered 304 without a body (RFC 9110 13.1.2); the tag
 * is the representation's, so a version alone never matches it.
 */
class ConditionalGet {

    @ServerResponseFilter
    void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (etag == null || ifNoneMatch == null || response.getStatus() != 200 || !"GET".equals(request.getMethod())) {
            return;
        }
        EntityTag tag = etag instanceof EntityTag t ? t : EntityTag.valueOf(etag.toString());
        try {
            if (ifNoneMatch.trim().equals("*") || ETags.anyMatches(ifNoneMatch, Set.of(tag.getValue()), true)) {
                response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
                response.setEntity(null);
            }
        } catch (ProblemException e) {
            // a malformed If-None-Match is ignored: the full response is always a correct answer to a GET
        }
    }
}
