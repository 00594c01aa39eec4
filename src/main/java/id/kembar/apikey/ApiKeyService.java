package id.kembar.apikey;

import id.kembar.access.Callers;
import id.kembar.access.Role;
import id.kembar.common.KembarConfig;
import id.kembar.common.problem.FieldError;
import id.kembar.common.validation.RequestValidator;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ApiKeyService {

    private final ApiKeyRepository keys;
    private final RequestValidator validator;
    private final Callers callers;
    private final Clock clock;
    private final int iterations;

    ApiKeyService(
            ApiKeyRepository keys, RequestValidator validator, Callers callers, Clock clock, KembarConfig config) {
        this.keys = keys;
        this.validator = validator;
        this.callers = callers;
        this.clock = clock;
        this.iterations = config.auth().keyHashIterations();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<ApiKeyResponse> list(PageRequest page) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return keys.search(page).map(key -> ApiKeyResponse.of(key, null, now));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    ApiKeyResponse get(UUID id) {
        return ApiKeyResponse.of(keys.require(id), null, OffsetDateTime.now(clock));
    }

    /** A new key; its whole value is in this response only. */
    ApiKeyResponse create(ApiKeyRequest request) {
        List<FieldError> errors = validator.check(request);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            errors.add(new FieldError("expiresAt", "must be in the future"));
        }
        RequestValidator.throwIfAny(errors);
        Set<Role> roles = EnumSet.copyOf(request.roles());
        return issue(
                request.name(), roles, new TreeSet<>(request.regions()), request.expiresAt(), creator(), null, now);
    }

    /** Revoking a revoked key changes nothing; an expired key can be revoked too. */
    void revoke(UUID id) {
        keys.require(id).revoke(OffsetDateTime.now(clock), creator());
    }

    /**
     * A key with {@code secret} (a new random one when null), stored as its hash; the response carries the whole key.
     */
    ApiKeyResponse issue(
            String name,
            Set<Role> roles,
            Set<String> regions,
            OffsetDateTime expiresAt,
            String createdBy,
            ApiKeySecrets.Presented given,
            OffsetDateTime now) {
        String keyId = given == null ? ApiKeySecrets.newKeyId() : given.keyId();
        String secret = given == null ? ApiKeySecrets.newSecret() : given.secret();
        ApiKey key = new ApiKey();
        key.define(name, roles, regions, expiresAt, createdBy);
        key.secret(keyId, ApiKeySecrets.hash(secret, iterations));
        keys.persist(key);
        keys.flush();
        return ApiKeyResponse.of(key, ApiKeySecrets.format(keyId, secret), now);
    }

    private String creator() {
        return callers.current().name();
    }
}
