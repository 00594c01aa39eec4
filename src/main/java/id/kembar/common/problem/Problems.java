package id.kembar.common.problem;

import id.kembar.common.KembarConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem details; used by the exception mappers and by the HTTP edge that answers before JAX-RS. */
@ApplicationScoped
public class Problems {

    /** The {@code Retry-After} of a 503: the lock timeout is 5 s by default, and a wait slot frees within seconds. */
    private static final int RETRY_UNAVAILABLE_AFTER_SECONDS = 1;

    private final String typeBase;

    Problems(KembarConfig config) {
        this.typeBase = config.api().problemTypeBase();
    }

    public Problem of(ProblemType type, String detail, String instance, String requestId) {
        return new Problem(uri(type), type.title, type.status, detail, instance, List.of(), null, List.of(), requestId);
    }

    public Problem of(ProblemException e, String instance, String requestId) {
        return new Problem(
                uri(e.type),
                e.type.title,
                e.type.status,
                e.detail,
                instance,
                e.errors,
                e.existingId,
                e.references,
                requestId);
    }

    /** A status we have no kind of our own for (for example from a framework layer). */
    public Problem ofStatus(int status, String detail, String instance, String requestId) {
        for (ProblemType type : ProblemType.values()) {
            if (type.status == status) {
                return of(type, detail, instance, requestId);
            }
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : family == Response.Status.Family.SERVER_ERROR ? "Server error" : "Client error";
        return new Problem("about:blank", title, status, detail, instance, List.of(), null, List.of(), requestId);
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder response =
                Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            // every 503 of the service is a moment's contention (a locked record, a full wait list): RFC 9110 10.2.3
            response.header(HttpHeaders.RETRY_AFTER, RETRY_UNAVAILABLE_AFTER_SECONDS);
        }
        return response.build();
    }

    private String uri(ProblemType type) {
        return typeBase + type.slug;
    }
}
