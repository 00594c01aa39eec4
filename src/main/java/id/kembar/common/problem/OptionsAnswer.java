package id.kembar.common.problem;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code OPTIONS} on an API path answers 204 with the methods that path really has (RFC 9110 9.3.7), from the same
 * source as the 405's {@code Allow}; RESTEasy Reactive's own answer listed every method on every path. A CORS
 * preflight ({@code Access-Control-Request-Method}) is left to the CORS handling.
 */
class OptionsAnswer {

    private final AllowedMethods allowedMethods;

    OptionsAnswer(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerRequestFilter(preMatching = true)
    Response answer(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())
                || request.getHeaderString("Access-Control-Request-Method") != null) {
            return null;
        }
        Set<String> allowed = allowedMethods.at(request.getUriInfo().getPath());
        if (allowed.size() == 1) {
            // only OPTIONS itself: nothing is served here, which the 404 says
            return null;
        }
        return Response.noContent()
                .header(HttpHeaders.ALLOW, String.join(", ", allowed))
                .build();
    }
}
