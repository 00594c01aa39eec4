package id.kembar.apikey;

import id.kembar.common.persistence.Criteria;
import id.kembar.common.problem.ProblemException;
import id.kembar.common.web.Page;
import id.kembar.common.web.PageRequest;
import id.kembar.common.web.SortFields;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    static final SortFields SORT =
            SortFields.of("k", "createdAt", "createdAt", "k.createdAt", "name", "k.name", "expiresAt", "k.expiresAt");

    ApiKey require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("API key", id));
    }

    Optional<ApiKey> byKeyId(String keyId) {
        return find("keyId", keyId).firstResultOptional();
    }

    Page<ApiKey> search(PageRequest page) {
        return new Criteria().page(getEntityManager(), ApiKey.class, "k", "", page);
    }

    /** Records a use, unless another request recorded one within {@code every}. */
    void used(UUID id, OffsetDateTime now, Duration every) {
        update("lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)", now, id, now.minus(every));
    }
}
