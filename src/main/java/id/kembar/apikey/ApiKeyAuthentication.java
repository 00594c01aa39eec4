package id.kembar.apikey;

import id.kembar.access.Callers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a presented API key into the caller's identity: the stored key is read on every request (so a revocation or
 * an expiry holds at once, on every instance), the secret is checked against its slow hash once per process and key,
 * then recognised by a fast digest kept in memory.
 */
@ApplicationScoped
public class ApiKeyAuthentication {

    /** How many keys' proven secrets a process remembers; beyond, it forgets them all and proves them again. */
    private static final int REMEMBERED = 10_000;

    /** A key's last use is written at most this often, so that requests with it do not each write its row. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final ApiKeyRepository keys;
    private final Clock clock;
    private final Map<String, byte[]> proven = new ConcurrentHashMap<>();

    ApiKeyAuthentication(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    // a read, in no transaction of its own (the request-scoped session reads the key); a use is written at most once a
    // minute, in a transaction of its own
    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    SecurityIdentity authenticate(String presented) {
        ApiKeySecrets.Presented key =
                ApiKeySecrets.parse(presented).orElseThrow(() -> refused("the API key is not in Kembar's format"));
        ApiKey stored = keys.byKeyId(key.keyId())
                .filter(candidate -> isSecretOf(candidate, key))
                .orElseThrow(() -> refused("the API key is not known"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        String unusable = stored.unusableBecause(now);
        if (unusable != null) {
            throw refused("the API key is " + unusable);
        }
        if (stored.lastUsedAt == null || stored.lastUsedAt.isBefore(now.minus(USE_RECORDED_EVERY))) {
            QuarkusTransaction.requiringNew().run(() -> keys.used(stored.id(), now, USE_RECORDED_EVERY));
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(Callers.API_KEY_PRINCIPAL + stored.name()))
                .addAttribute(Callers.REGIONS, stored.regions())
                .addAttribute(Callers.API_KEY_ID, stored.keyId());
        stored.roles().forEach(role -> identity.addRole(role.name()));
        return identity.build();
    }

    /** The attribute that marks a refused API key (a refused bearer token is the OIDC extension's, without it). */
    public static final String REFUSED_KEY = "kembar.api-key-refused";

    /** Whether the failure is a refused API key's. */
    public static boolean refusedKey(AuthenticationFailedException e) {
        return Boolean.TRUE.equals(e.getAttribute(REFUSED_KEY));
    }

    private static AuthenticationFailedException refused(String why) {
        return new AuthenticationFailedException(why, Map.of(REFUSED_KEY, Boolean.TRUE));
    }

    private boolean isSecretOf(ApiKey stored, ApiKeySecrets.Presented key) {
        byte[] fingerprint = ApiKeySecrets.fingerprint(key.secret());
        byte[] known = proven.get(stored.keyId);
        if (known != null) {
            return ApiKeySecrets.sameBytes(known, fingerprint);
        }
        if (!ApiKeySecrets.matches(key.secret(), stored.secretHash)) {
            return false;
        }
        if (proven.size() >= REMEMBERED) {
            proven.clear();
        }
        proven.put(stored.keyId, fingerprint);
        return true;
    }
}
