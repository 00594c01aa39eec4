package id.kembar.common.web;

import id.kembar.common.problem.ProblemException;
import id.kembar.common.problem.ProblemType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body without {@code Content-Type} is a 415 naming the media types the operation accepts, before anything
 * reads it: JAX-RS would take it for whatever the operation consumes (and a PATCH for a merge patch), so a client that
 * forgot the header got its body written as if it had said JSON.
 */
class MediaTypeGuard {

    @ServerRequestFilter
    void requireContentType(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null || !hasBody(request)) {
            return;
        }
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
        }
        if (consumes == null) {
            return;
        }
        throw ProblemException.of(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "The request body has no Content-Type; this operation accepts " + String.join(", ", consumes.value()));
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length == null
                ? request.getHeaderString("Transfer-Encoding") != null
                : !length.trim().equals("0");
    }
}
