package id.kembar.finding;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Walking all partnerships a batch at a time, in the database's order of their ids. */
final class Batches {

    private Batches() {}

    /** The ids of up to {@code size} partnerships after {@code after} (from the first when null). */
    static List<UUID> nextIds(EntityManager em, UUID after, int size) {
        var query = after == null
                ? em.createQuery("select p.id from Partnership p order by p.id", UUID.class)
                : em.createQuery("select p.id from Partnership p where p.id > :after order by p.id", UUID.class)
                        .setParameter("after", after);
        return query.setMaxResults(size).getResultList();
    }
}
