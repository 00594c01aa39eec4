package id.kembar.access;

import id.kembar.apikey.ApiKeyAuthentication;
import id.kembar.apikey.ApiKeyMechanism;
import id.kembar.common.KembarConfig;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.problem.ProblemType;
import id.kembar.common.problem.Problems;
import id.kembar.common.web.Api;
import id.kembar.common.web.RequestIds;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The answers of authentication and authorization, as problems like every other error: 401 with a
 * {@code WWW-Authenticate} challenge for no or bad credentials, 403 for a caller whose role does not allow the
 * operation, 429 for an address that failed too often. Neither the token nor the key appears in a detail or a log.
 */
class AuthenticationProblems {

    static final String CHALLENGE = "Bearer realm=\"kembar\", ApiKey realm=\"kembar\"";

    private final Problems problems;
    private final FailedAuthentications failures;
    private final CurrentIdentityAssociation identities;
    private final boolean readsRequireAuthentication;

    AuthenticationProblems(
            Problems problems,
            FailedAuthentications failures,
            CurrentIdentityAssociation identities,
            KembarConfig config) {
        this.problems = problems;
        this.failures = failures;
        this.identities = identities;
        this.readsRequireAuthentication = config.auth().readsRequireAuthentication();
    }

    /**
     * Where reads require an authenticated caller, a read without one is a 401 (writes are refused by their declared
     * roles). The contract stays readable by anyone: it holds no data.
     */
    @ServerRequestFilter
    Uni<Response> requireCallerToRead(HttpServerRequest request) {
        if (!readsRequireAuthentication
                || !(request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD)
                || request.path().equals(Api.BASE + "/openapi.json")) {
            return Uni.createFrom().nullItem();
        }
        return identities
                .getDeferredIdentity()
                .map(identity -> identity.isAnonymous() ? unauthenticated(null, request) : null)
                .onFailure(AuthenticationFailedException.class)
                .recoverWithItem(e -> failed((AuthenticationFailedException) e, request));
    }

    /** An address over its limit of failures is refused before its credentials are checked again. */
    @ServerRequestFilter(preMatching = true)
    Response limitFailures(ContainerRequestContext context, HttpServerRequest request) {
        if (!presentsCredentials(request)) {
            return null;
        }
        Optional<Duration> wait = failures.blocked(address(request));
        if (wait.isEmpty()) {
            return null;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        return Response.fromResponse(problem(
                        ProblemException.of(
                                ProblemType.TOO_MANY_REQUESTS,
                                "Too many failed authentications from this address; retry in " + seconds + " s"),
                        request))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }

    @ServerExceptionMapper
    Response unauthenticated(UnauthorizedException e, HttpServerRequest request) {
        return challenge(
                CHALLENGE,
                "This operation needs an authenticated caller: send a bearer token of the identity provider "
                        + "(Authorization: Bearer …) or an API key (X-API-Key)",
                request);
    }

    @ServerExceptionMapper
    Response failed(AuthenticationFailedException e, HttpServerRequest request) {
        failures.failed(address(request));
        boolean key = ApiKeyAuthentication.refusedKey(e);
        String detail = key
                ? "The API key was refused: it is unknown, revoked, expired or not in Kembar's format"
                : "The bearer token was refused: it is expired, not yet valid, not signed by the configured identity "
                        + "provider, or issued for another audience or issuer";
        String challenge = key
                ? "ApiKey realm=\"kembar\", error=\"invalid_key\""
                : "Bearer realm=\"kembar\", error=\"invalid_token\"";
        return challenge(challenge, detail, request);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return problem(
                ProblemException.of(
                        ProblemType.FORBIDDEN,
                        "Your roles do not allow " + request.method() + " " + request.path()
                                + "; writes need EDITOR, MINISTRY or ADMIN, API keys ADMIN"),
                request);
    }

    private Response challenge(String challenge, String detail, HttpServerRequest request) {
        return Response.fromResponse(problem(ProblemException.of(ProblemType.UNAUTHORIZED, detail), request))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    private Response problem(ProblemException e, HttpServerRequest request) {
        return Problems.response(problems.of(e, request.path(), RequestIds.of(request)));
    }

    static boolean presentsCredentials(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getHeader(ApiKeyMechanism.HEADER) != null;
    }

    private static String address(HttpServerRequest request) {
        return request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
    }
}
