package id.kembar.access;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the identity provider that would let tokens through unchecked are refused at start-up: without discovery
 * (keys from {@code KEMBAR_OIDC_JWKS_URL}) nothing says which issuer a token must name, so it must be configured, or any
 * token those keys verify would pass, whoever issued it.
 */
@ApplicationScoped
class ProviderSettings {

    private final boolean enabled;
    private final boolean discovery;
    private final Optional<String> issuer;

    ProviderSettings(
            @ConfigProperty(name = "quarkus.oidc.tenant-enabled") boolean enabled,
            @ConfigProperty(name = "quarkus.oidc.discovery-enabled") boolean discovery,
            @ConfigProperty(name = "quarkus.oidc.token.issuer") Optional<String> issuer) {
        this.enabled = enabled;
        this.discovery = discovery;
        this.issuer = issuer;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled && !discovery && issuer.isEmpty()) {
            throw new IllegalStateException(
                    "Without discovery (KEMBAR_OIDC_DISCOVERY=false) set the issuer tokens must "
                            + "name, KEMBAR_OIDC_TOKEN_ISSUER: otherwise a token of any issuer that the configured keys "
                            + "verify would be accepted.");
        }
    }
}
