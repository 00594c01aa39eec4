package id.kembar.apikey;

import id.kembar.access.Callers;
import id.kembar.access.Role;
import id.kembar.common.KembarConfig;
import id.kembar.common.persistence.LockFailures;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * The first ADMIN key, made on the first start on a database that never had one, so that a newcomer without an identity
 * provider can write: printed once in the log (or taken from {@code kembar.auth.bootstrap-key}, for automated set-ups),
 * stored hashed like every key, never made again (V16's row records that it was decided, also when several instances
 * start at once).
 */
@ApplicationScoped
class BootstrapKey {

    static final String NAME = "bootstrap";

    private final ApiKeyService service;
    private final ApiKeyRepository keys;
    private final KembarConfig config;
    private final Clock clock;

    BootstrapKey(ApiKeyService service, ApiKeyRepository keys, KembarConfig config, Clock clock) {
        this.service = service;
        this.keys = keys;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.auth().bootstrapKey().enabled()) {
            return;
        }
        Optional<ApiKeySecrets.Presented> given = config.auth()
                .bootstrapKey()
                .value()
                .map(value -> ApiKeySecrets.parse(value)
                        .orElseThrow(() -> new IllegalStateException(
                                "kembar.auth.bootstrap-key.value (KEMBAR_AUTH_BOOTSTRAP_KEY) is not an API key: it must read "
                                        + "kmb_<16 hex digits>_<32 to 128 letters, digits, - or _>")));
        try {
            Callers.asService(() -> create(given.orElse(null)));
        } catch (RuntimeException e) {
            if (!LockFailures.isOrCausedBy(e)) {
                throw e;
            }
            Log.info("API keys: another instance is making the first key");
        }
    }

    // ArC intercepts the self-invocation above: one transaction decides and creates
    @Transactional
    boolean create(ApiKeySecrets.Presented given) {
        if (!decide()) {
            return false;
        }
        ApiKeyResponse key = service.issue(
                NAME, Set.of(Role.ADMIN), Set.of(), null, Callers.SERVICE.name(), given, OffsetDateTime.now(clock));
        if (given == null) {
            Log.warnf(
                    "API keys: the first ADMIN key, shown this once and stored only hashed: %s  Send it as X-API-Key to "
                            + "create keys for people and systems (POST /api/v1/api-keys), then revoke it "
                            + "(DELETE /api/v1/api-keys/%s).",
                    key.key(), key.id());
        } else {
            Log.infof(
                    "API keys: the first ADMIN key is the one kembar.auth.bootstrap-key.value gave (id %s)", key.id());
        }
        return true;
    }

    private boolean decide() {
        return keys.getEntityManager()
                        .createNativeQuery(
                                "insert into api_key_bootstrap (id, decided_at) values (1, current_timestamp) on "
                                        + "conflict do nothing")
                        .executeUpdate()
                == 1;
    }
}
