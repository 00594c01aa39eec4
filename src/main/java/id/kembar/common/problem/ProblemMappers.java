package id.kembar.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.kembar.common.persistence.LockFailures;
import id.kembar.common.validation.Violations;
import id.kembar.common.web.RequestIds;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every exception, from every layer, becomes {@code application/problem+json} (RFC 9457) here. Each mapper
 * names its exception type so that it wins over the framework's own mappers; all of them end in
 * {@link #classify}, which also looks through wrappers (a transaction rollback around a stale-version error).
 */
class ProblemMappers {

    private final Problems problems;
    private final AllowedMethods allowedMethods;

    ProblemMappers(Problems problems, AllowedMethods allowedMethods) {
        this.problems = problems;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    Response problem(ProblemException e, HttpServerRequest request) {
        return Problems.response(problems.of(e, request.path(), RequestIds.of(request)));
    }

    @ServerExceptionMapper
    Response beanValidation(jakarta.validation.ConstraintViolationException e, HttpServerRequest request) {
        return problem(ProblemException.invalid(Violations.toFieldErrors(e.getConstraintViolations())), request);
    }

    // named as well: Quarkus maps this subclass itself (to a report of its own format) unless we do. It comes from
    // query parameters, so a field is the parameter's name, whichever of its repeated values was wrong and however
    // deep the bean that declares it is nested (PartnershipScope inside a filter: scope.localRegionCode)
    @ServerExceptionMapper
    Response parameterValidation(ResteasyReactiveViolationException e, HttpServerRequest request) {
        List<FieldError> errors = Violations.toFieldErrors(e.getConstraintViolations()).stream()
                .map(error -> new FieldError(
                        error.field().replaceAll("\\[\\d+]$", "").replaceAll("^.*\\.", ""), error.message()))
                .toList();
        return problem(ProblemException.invalid(errors), request);
    }

    @ServerExceptionMapper
    Response jsonParsing(JsonProcessingException e, HttpServerRequest request) {
        return problem(JsonProblems.toProblem(e), request);
    }

    @ServerExceptionMapper
    Response jsonMapping(JsonMappingException e, HttpServerRequest request) {
        return problem(JsonProblems.toProblem(e), request);
    }

    // named as well: Quarkus has a built-in mapper for exactly this type, which would otherwise win
    @ServerExceptionMapper
    Response jsonInput(MismatchedInputException e, HttpServerRequest request) {
        return problem(JsonProblems.toProblem(e), request);
    }

    @ServerExceptionMapper
    Response noRoute(NotFoundException e, HttpServerRequest request) {
        if (e.getCause() instanceof IllegalArgumentException) {
            // a path or query value the framework could not convert: the request is wrong, not the address
            return problem(ProblemException.invalid(request.path(), "a parameter has an invalid value"), request);
        }
        // RESTEasy Reactive answers a wrong method on a path below another resource's (/partnerships/{id}/...) with
        // a 404 rather than a 405; the path is known if some method is routed there
        Set<String> routed = allowedMethods.at(request.path());
        if (routed.size() > 1 && !routed.contains(request.method().name())) {
            return methodNotAllowed(request);
        }
        return problem(ProblemException.of(ProblemType.NOT_FOUND, "Nothing is found at this path"), request);
    }

    @ServerExceptionMapper
    Response wrongMethod(NotAllowedException e, HttpServerRequest request) {
        return methodNotAllowed(request);
    }

    private Response methodNotAllowed(HttpServerRequest request) {
        // RFC 9110 15.5.6: a 405 names the methods the resource does support
        String allowed = String.join(", ", allowedMethods.at(request.path()));
        Problem problem = problems.of(
                ProblemType.METHOD_NOT_ALLOWED,
                request.method() + " is not allowed here; allowed: " + allowed,
                request.path(),
                RequestIds.of(request));
        return Response.fromResponse(Problems.response(problem))
                .header(HttpHeaders.ALLOW, allowed)
                .build();
    }

    @ServerExceptionMapper
    Response notAcceptable(NotAcceptableException e, HttpServerRequest request) {
        return problem(
                ProblemException.of(ProblemType.NOT_ACCEPTABLE, "This resource is available as application/json only"),
                request);
    }

    @ServerExceptionMapper
    Response unsupportedMediaType(NotSupportedException e, HttpServerRequest request) {
        return problem(
                ProblemException.of(
                        ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "Content type " + request.getHeader(HttpHeaders.CONTENT_TYPE) + " is not accepted here"),
                request);
    }

    @ServerExceptionMapper
    Response web(WebApplicationException e, HttpServerRequest request) {
        return classify(e, request);
    }

    @ServerExceptionMapper
    Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return classify(e, request);
    }

    @ServerExceptionMapper
    Response staleState(StaleStateException e, HttpServerRequest request) {
        return classify(e, request);
    }

    @ServerExceptionMapper
    Response constraint(ConstraintViolationException e, HttpServerRequest request) {
        return classify(e, request);
    }

    // Quarkus answers any other ValidationException (a validator that itself failed) with a bare text/plain 500
    @ServerExceptionMapper
    Response validatorFailure(ValidationException e, HttpServerRequest request) {
        return classify(e, request);
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, HttpServerRequest request) {
        return classify(e, request);
    }

    private Response classify(Throwable thrown, HttpServerRequest request) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof ProblemException p) {
                return problem(p, request);
            }
            if (e instanceof OptimisticLockException || e instanceof StaleStateException) {
                // RFC 9110 13.1.1: a concurrent writer changed the resource since it was read
                return problem(
                        ProblemException.of(
                                ProblemType.PRECONDITION_FAILED,
                                "The resource was changed by another request; read it again and retry"),
                        request);
            }
            if (e instanceof ConstraintViolationException c) {
                return problem(DatabaseConstraints.toProblem(c), request);
            }
            if (LockFailures.is(e)) {
                return problem(
                        ProblemException.of(
                                ProblemType.SERVICE_UNAVAILABLE,
                                "The resource is locked by another request; retry shortly"),
                        request);
            }
            if (e instanceof JsonProcessingException j) {
                return problem(JsonProblems.toProblem(j), request);
            }
        }
        if (thrown instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            int status = w.getResponse().getStatus();
            return Problems.response(problems.ofStatus(status, w.getMessage(), request.path(), RequestIds.of(request)));
        }
        String requestId = RequestIds.of(request);
        Log.errorf(
                thrown, "Unexpected error answering %s %s [requestId=%s]", request.method(), request.path(), requestId);
        return Problems.response(problems.of(
                ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred; report the request id " + requestId,
                request.path(),
                requestId));
    }
}
