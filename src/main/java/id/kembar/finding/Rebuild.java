package id.kembar.finding;

import id.kembar.common.KembarConfig;
import id.kembar.common.time.Today;
import id.kembar.partnership.Partnership;
import id.kembar.partnership.PartnershipRepository;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Computes every partnership's kept values and the tally from the records: the back-fill after migration V3, and
 * again whenever what they are computed with changes (the rules' version, the thresholds, the time zone), at start-up
 * before the service reports ready. The fingerprint of those settings is kept in kept_state; its row lock makes
 * instances that start together do the work once.
 */
@ApplicationScoped
class Rebuild {

    /** Raise it with any change to FindingRules or Tally that changes what is kept. */
    static final int RULES_VERSION = 4;

    private static final int BATCH = 500;

    private final KeptValues kept;
    private final PartnershipRepository partnerships;
    private final Tally tally;
    private final KembarConfig config;
    private final Today today;
    private final EntityManager em;

    Rebuild(
            KeptValues kept,
            PartnershipRepository partnerships,
            Tally tally,
            KembarConfig config,
            Today today,
            EntityManager em) {
        this.kept = kept;
        this.partnerships = partnerships;
        this.tally = tally;
        this.config = config;
        this.today = today;
        this.em = em;
    }

    // before the demo data (which is written through the services, so it keeps its own values either way)
    void onStart(@Observes @Priority(1) StartupEvent event) {
        rebuildIfOutdated();
    }

    // one transaction, so that other instances and readers see all old values or all new ones; it takes minutes for
    // a national registry, far beyond the default timeout, whose expiry would interrupt the thread in the middle of
    // its database writes
    @Transactional
    @TransactionConfiguration(timeout = 4 * 3600)
    void rebuildIfOutdated() {
        em.createNativeQuery(
                        "insert into kept_state (id, fingerprint, rebuilt_at) values (1, '', ?1) on conflict do nothing")
                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        String stored = (String) em.createNativeQuery("select fingerprint from kept_state where id = 1 for update")
                .getSingleResult();
        String current = fingerprint();
        if (current.equals(stored)) {
            return;
        }
        long started = System.nanoTime();
        Log.infof(
                "Computing the kept values of every partnership: they were computed with [%s], the service now uses [%s]",
                stored, current);
        long count = rebuildAll();
        em.createNativeQuery("update kept_state set fingerprint = ?1, rebuilt_at = ?2 where id = 1")
                .setParameter(1, current)
                .setParameter(2, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        Log.infof("Kept values of %d partnerships computed in %d ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    /** What the kept values depend on besides the records. */
    String fingerprint() {
        KembarConfig.Findings f = config.findings();
        return "rules=" + RULES_VERSION + " shards=" + Tally.SHARDS + " zone=" + config.timeZone()
                + " stagnantAfterDays=" + f.stagnantAfterDays() + " oneSidedMinActivities=" + f.oneSidedMinActivities()
                + " oneSidedBalance=" + f.oneSidedBalance() + " expiringWithinDays=" + f.expiringWithinDays()
                + " noAgreementAfterDays=" + f.noAgreementAfterDays();
    }

    /** Empties the kept values and computes them all again, a batch of partnerships at a time; how many there were. */
    private long rebuildAll() {
        em.createQuery("delete from CurrentFinding").executeUpdate();
        em.createQuery("delete from KeptFacts").executeUpdate();
        em.createQuery("delete from TallyRow").executeUpdate();
        Tally.Delta delta = new Tally.Delta();
        LocalDate day = today.date();
        long count = 0;
        UUID after = null;
        while (true) {
            List<UUID> ids = Batches.nextIds(em, after, BATCH);
            if (ids.isEmpty()) {
                break;
            }
            List<Partnership> batch = partnerships.lockAll(ids);
            // the copies of the sides too: rows written by other means than the service (a migration, a load)
            batch.forEach(Partnership::copyParties);
            kept.keep(batch, day, delta);
            count += batch.size();
            after = ids.get(ids.size() - 1);
            em.clear();
        }
        tally.insertAll(delta);
        return count;
    }
}
