package id.kembar.apikey;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** An API key in {@code X-API-Key} authenticates the request (a bearer token is the OpenID Connect extension's). */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {

    public static final String HEADER = "X-API-Key";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String presented = context.request().getHeader(HEADER);
        if (presented == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(new Presented(presented));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "ApiKey realm=\"kembar\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Presented.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, HEADER));
    }

    /** The key a request presented. */
    static final class Presented extends BaseAuthenticationRequest {
        final String value;

        Presented(String value) {
            this.value = value;
        }
    }

    /** Checks the key on a worker thread: it reads the database and may compute the slow hash. */
    @ApplicationScoped
    static class Provider implements IdentityProvider<Presented> {

        private final ApiKeyAuthentication authentication;

        Provider(ApiKeyAuthentication authentication) {
            this.authentication = authentication;
        }

        @Override
        public Class<Presented> getRequestType() {
            return Presented.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Presented request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> authentication.authenticate(request.value));
        }
    }
}
