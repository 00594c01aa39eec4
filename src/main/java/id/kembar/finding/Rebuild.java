package id.kembar.finding;

import id.kembar.common.KembarConfig;
import id.kembar.common.text.WordCounts;
import id.kembar.common.time.Today;
import id.kembar.partnership.Partnership;
import id.kembar.partnership.PartnershipRepository;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
 *
 * <p>Each batch of partnerships commits on its own. One transaction for a national registry made the embedded
 * database's file grow by tens of gigabytes (H2 keeps every page a transaction replaces until it ends). The fingerprint
 * changes only after the last batch, so a rebuild that stops half-way (a crash, a kill) starts again from the
 * beginning at the next start; until then the kept values are a mix of old and new, which nobody reads: the service
 * is not ready yet, and other instances wait for the lock.
 */
@ApplicationScoped
class Rebuild {

    /**
     * Raise it with any change to FindingRules or Tally that changes what is kept, unless a migration back-fills the
     * change (V26: the partnerships by the year of validFrom as measures of all partnerships).
     */
    static final int RULES_VERSION = 5;

    private static final int PROGRESS_EVERY = 10_000;

    private final KeptValues kept;
    private final PartnershipRepository partnerships;
    private final Tally tally;
    private final KembarConfig config;
    private final Today today;
    private final EntityManager em;
    private final WordCounts words;

    Rebuild(
            KeptValues kept,
            PartnershipRepository partnerships,
            Tally tally,
            KembarConfig config,
            Today today,
            EntityManager em,
            WordCounts words) {
        this.kept = kept;
        this.partnerships = partnerships;
        this.tally = tally;
        this.config = config;
        this.today = today;
        this.em = em;
        this.words = words;
    }

    // before the demo data (which is written through the services, so it keeps its own values either way)
    void onStart(@Observes @Priority(1) StartupEvent event) {
        rebuildIfOutdated();
    }

    // the lock on kept_state is held until the fingerprint changes: minutes for a national registry, far beyond the
    // default timeout, whose expiry would interrupt the thread in the middle of its database writes
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

    /**
     * Computes every partnership's kept values again, each batch of partnerships in a transaction of its own (the one
     * holding the lock waits), and then the tally; how many partnerships there were.
     */
    private long rebuildAll() {
        Tally.Delta delta = new Tally.Delta();
        LocalDate day = today.date();
        int size = config.keptValues().rebuildBatch();
        long count = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> rebuildBatch(from, size, day, delta));
            if (ids.isEmpty()) {
                break;
            }
            if ((count + ids.size()) / PROGRESS_EVERY > count / PROGRESS_EVERY) {
                Log.infof("Kept values of %d partnerships computed so far", count + ids.size());
            }
            count += ids.size();
            after = ids.get(ids.size() - 1);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("delete from TallyRow").executeUpdate();
            tally.insertAll(delta);
        });
        return count;
    }

    /**
     * Computes the kept values of the next batch of partnerships anew (what was kept of them goes first, so that their
     * counts are added to the delta, not changed); their ids.
     */
    private List<UUID> rebuildBatch(UUID after, int size, LocalDate day, Tally.Delta delta) {
        List<UUID> ids = Batches.nextIds(em, after, size);
        if (!ids.isEmpty()) {
            List<Partnership> batch = partnerships.lockAll(ids);
            for (String kept : List.of("CurrentFinding", "KeptFacts")) {
                em.createQuery("delete from " + kept + " k where k.partnershipId in :ids")
                        .setParameter("ids", ids)
                        .executeUpdate();
            }
            // the copies of the sides too: rows written by other means than the service (a migration, a load)
            batch.forEach(Partnership::copyParties);
            words.count(batch);
            kept.keep(batch, day, delta);
        }
        return ids;
    }
}
