package id.kembar.common.web;

import id.kembar.common.KembarConfig;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.problem.ProblemType;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A write to an existing resource (an operation that takes {@link IfMatch}) without {@code If-Match} is a 428 that says
 * how to get the tag, before anything is read or written: two systems writing the same record without it silently
 * lose each other's changes. {@code kembar.api.require-if-match=false} lets the last writer win instead.
 */
class IfMatchRequired {

    private static final Set<String> WRITES = Set.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final boolean required;

    IfMatchRequired(KembarConfig config) {
        this.required = config.api().requireIfMatch();
    }

    @ServerRequestFilter
    void requireIfMatch(ContainerRequestContext request, ResourceInfo resource) {
        if (!required
                || !WRITES.contains(request.getMethod())
                || request.getHeaderString(HttpHeaders.IF_MATCH) != null) {
            return;
        }
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        if (Arrays.stream(method.getParameterTypes()).anyMatch(IfMatch.class::equals)) {
            throw ProblemException.of(
                    ProblemType.PRECONDITION_REQUIRED,
                    request.getMethod() + " needs If-Match with the resource's current ETag, so that it cannot "
                            + "overwrite a change it has not seen: GET "
                            + request.getUriInfo().getPath()
                            + ", then send its ETag header as If-Match");
        }
    }
}
