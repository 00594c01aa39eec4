package id.kembar.actor;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * At start-up, marks the actors whose stored region code is in neither reference list, which the lists of this
 * release may no longer have (a region split or renumbered by a new Kepmendagri), or which were stored before codes
 * were checked. The service starts all the same: the log says how many there are and where the operator lists them
 * ({@code GET /api/v1/actors?regionCodeKnown=false}); each is corrected by a write of its {@code regionCode}.
 */
@ApplicationScoped
class RegionCodeCheck {

    private final EntityManager em;
    private final RegionRules rules;

    RegionCodeCheck(EntityManager em, RegionRules rules) {
        this.em = em;
        this.rules = rules;
    }

    void onStart(@Observes StartupEvent start) {
        check();
    }

    /** Marks every actor by its code; returns the codes in neither list. */
    @Transactional
    List<String> check() {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery(
                        "select distinct region_code from actor where region_code is not null")
                .getResultList();
        List<String> unknown =
                codes.stream().filter(code -> !rules.known(code)).sorted().toList();
        // those a list now has (a correction by SQL, a newer list), then those it has not: both touch few rows
        if (unknown.isEmpty()) {
            em.createNativeQuery("update actor set region_code_known = true where region_code_known = false")
                    .executeUpdate();
            return unknown;
        }
        em.createNativeQuery("update actor set region_code_known = true where region_code_known = false "
                        + "and region_code not in (:unknown)")
                .setParameter("unknown", unknown)
                .executeUpdate();
        em.createNativeQuery("update actor set region_code_known = false where region_code_known = true "
                        + "and region_code in (:unknown)")
                .setParameter("unknown", unknown)
                .executeUpdate();
        long count = ((Number) em.createNativeQuery("select count(*) from actor where region_code_known = false")
                        .getSingleResult())
                .longValue();
        Log.warnf(
                "%d actors have a region code in neither reference list (%s%s): GET /api/v1/actors?regionCodeKnown=false"
                        + " lists them; correct each one's regionCode (README, \"Reference data\")",
                count,
                String.join(", ", unknown.subList(0, Math.min(unknown.size(), 20))),
                unknown.size() > 20 ? ", ..." : "");
        return unknown;
    }
}
