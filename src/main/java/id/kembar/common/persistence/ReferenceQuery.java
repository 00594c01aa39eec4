package id.kembar.common.persistence;

import id.kembar.common.problem.Reference;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Counts the records that refer to one id, and names the first of them, for a 409 on delete. */
public final class ReferenceQuery {

    private static final int NAMED = 20;

    private ReferenceQuery() {}

    /**
     * @param entity    the referring entity and its alias, such as {@code "Partnership p"}
     * @param condition the reference, with {@code :id} for the referred id
     */
    public static Optional<Reference> find(
            EntityManager em, String resource, String entity, String condition, UUID id) {
        String alias = entity.substring(entity.indexOf(' ') + 1);
        String from = " from " + entity + " where " + condition;
        long count = em.createQuery("select count(" + alias + ")" + from, Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (count == 0) {
            return Optional.empty();
        }
        List<UUID> ids = em.createQuery("select " + alias + ".id" + from + " order by " + alias + ".id", UUID.class)
                .setParameter("id", id)
                .setMaxResults(NAMED)
                .getResultList();
        return Optional.of(new Reference(resource, count, ids));
    }
}
