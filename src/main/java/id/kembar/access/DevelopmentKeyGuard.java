package id.kembar.access;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key dev mode and the tests verify tokens with (its private half is in the repository, src/test/resources/auth)
 * never verifies a token of a deployment: one configured with it refuses to start.
 */
@ApplicationScoped
class DevelopmentKeyGuard {

    /** SHA-256 of the test key's DER bytes; {@code DevelopmentKeyGuardTest} checks it against the key's file. */
    static final String TEST_KEY_SHA256 = "7e93a9027bebd3056e6239a40e6303c238465b83e58a048a1de2ee2519c9eaae";

    private final Optional<String> publicKey;

    DevelopmentKeyGuard(@ConfigProperty(name = "quarkus.oidc.public-key") Optional<String> publicKey) {
        this.publicKey = publicKey;
    }

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL
                && publicKey.filter(DevelopmentKeyGuard::isTestKey).isPresent()) {
            throw new IllegalStateException("quarkus.oidc.public-key is the development and test key, whose private "
                    + "half is public in Kembar's repository: anyone could sign tokens for this deployment. Configure "
                    + "your identity provider's issuer (KEMBAR_OIDC_ISSUER) or its own key instead.");
        }
    }

    static boolean isTestKey(String key) {
        return fingerprint(key).equals(TEST_KEY_SHA256);
    }

    /** The SHA-256 of a base64 key (PEM markers and white space ignored), in hex. */
    static String fingerprint(String key) {
        String base64 = key.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (IllegalArgumentException e) {
            return HexFormat.of().formatHex(base64.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
